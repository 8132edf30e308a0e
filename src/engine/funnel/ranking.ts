/**
 * Orders keys by their UTF-16 code units, which is the same on every machine (locale-aware
 * collation differs between Excel hosts), with the blank key last so "not filled in" trails.
 */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  if (a === "") return 1;
  if (b === "") return -1;
  return a < b ? -1 : 1;
}

export interface KeyCount {
  readonly key: string;
  readonly count: number;
}

/** Adds one to `key` in a tally. */
export function increment(tally: Map<string, number>, key: string): void {
  tally.set(key, (tally.get(key) ?? 0) + 1);
}

/** Every key of a tally, larger counts first; equal counts are ordered by key (see `compareKeys`). */
export function rankCounts(tally: ReadonlyMap<string, number>): KeyCount[] {
  const rows = Array.from(tally, ([key, count]) => ({ key, count }));
  return rows.sort((a, b) => b.count - a.count || compareKeys(a.key, b.key));
}

/** The `limit` largest counts; ties at the cut are decided by key, so they cut the same way every time. */
export function topCounts(tally: ReadonlyMap<string, number>, limit: number): KeyCount[] {
  return rankCounts(tally).slice(0, Math.max(0, limit));
}
