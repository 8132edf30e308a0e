/**
 * Caches a one-argument function for the life of one scoring run. Explanations repeat across
 * customers (the same last-contact day, amount or label), so each distinct one is built once and
 * shared; parts are read-only, so sharing them is safe.
 */
export function memoize<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    // One lookup on a hit; `has` only settles a cached undefined.
    const cached = cache.get(key);
    if (cached !== undefined || cache.has(key)) return cached as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

/**
 * One shared instance per pair of number keys, for read-only results that repeat across customers
 * (a profile 30 days old, a contact due on the same day). The caller's keys must determine the
 * value. A million rows then hold a few thousand such objects, which the collector never copies;
 * nested maps keep the lookup free of key strings.
 */
export function sharedByKeys<V>(): (first: number, second: number, value: V) => V {
  const byFirst = new Map<number, Map<number, V>>();
  return (first, second, value) => {
    let bySecond = byFirst.get(first);
    if (bySecond === undefined) {
      bySecond = new Map();
      byFirst.set(first, bySecond);
    }
    const shared = bySecond.get(second);
    if (shared !== undefined) return shared;
    bySecond.set(second, value);
    return value;
  };
}
