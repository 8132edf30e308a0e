/**
 * Caches a one-argument function for the life of one scoring run. Explanations repeat across
 * customers (the same last-contact day, amount or label), so each distinct one is built once and
 * shared; parts are read-only, so sharing them is safe.
 */
export function memoize<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  // Small whole-number keys (day numbers, counts, days) are the commonest: an array answers them
  // without hashing. Equal keys land in the same place either way (the Map treats -0 as 0 too).
  let byInteger: (V | undefined)[] | null = null;
  // Amounts with a decimal or two (50.5 万): by the nearest tenth, the key kept to confirm a hit.
  let byTenth: ({ readonly key: number; readonly value: V } | undefined)[] | null = null;
  // Blank cells (null) are as common, and a Map hashes null on every call.
  let forNull: { value: V } | null = null;
  return (key) => {
    if (key === null) {
      forNull ??= { value: compute(key) };
      return forNull.value;
    }
    if (typeof key === "number" && key >= 0 && key < MAX_ARRAY_KEY) {
      if (Number.isInteger(key)) {
        // Allocated at full length once, so the array stays a fast one rather than a sparse dictionary.
        byInteger ??= new Array<V | undefined>(MAX_ARRAY_KEY);
        let value = byInteger[key];
        if (value === undefined && !(key in byInteger)) {
          value = compute(key);
          byInteger[key] = value;
        }
        return value as V;
      }
      const tenth = Math.round(key * 10);
      if (tenth < MAX_ARRAY_KEY) {
        byTenth ??= new Array<{ readonly key: number; readonly value: V } | undefined>(MAX_ARRAY_KEY);
        const entry = byTenth[tenth];
        if (entry !== undefined && entry.key === key) return entry.value;
        // A different key near the same tenth keeps the first one's place and goes to the Map.
        if (entry === undefined) {
          const value = compute(key);
          byTenth[tenth] = { key, value };
          return value;
        }
      }
    }
    // One lookup on a hit; `has` only settles a cached undefined.
    const cached = cache.get(key);
    if (cached !== undefined || cache.has(key)) return cached as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

/** Whole-number keys (and tenths) below this are cached by index (today's day number is about 20,500). */
const MAX_ARRAY_KEY = 65_536;

/**
 * One shared instance per pair of number keys, for read-only results that repeat across customers
 * (a profile 30 days old, a contact due on the same day). The caller's keys must determine the
 * value. A million rows then hold a few thousand such objects, which the collector never copies;
 * nested maps keep the lookup free of key strings. Asked first, so a result is only built for a
 * new pair.
 */
export class PairCache<V> {
  private readonly byFirst = new Map<number, Map<number, V>>();
  /** The inner map of the last first key: consecutive customers mostly share it. */
  private lastFirst = Number.NaN;
  private lastMap: Map<number, V> | undefined;

  get(first: number, second: number): V | undefined {
    return this.inner(first)?.get(second);
  }

  /** Stores `value` for the pair and returns it. */
  set(first: number, second: number, value: V): V {
    let bySecond = this.inner(first);
    if (bySecond === undefined) {
      bySecond = new Map();
      this.byFirst.set(first, bySecond);
      this.lastFirst = first;
      this.lastMap = bySecond;
    }
    bySecond.set(second, value);
    return value;
  }

  private inner(first: number): Map<number, V> | undefined {
    if (first === this.lastFirst) return this.lastMap;
    const bySecond = this.byFirst.get(first);
    if (bySecond !== undefined) {
      this.lastFirst = first;
      this.lastMap = bySecond;
    }
    return bySecond;
  }
}
