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

