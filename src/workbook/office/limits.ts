/**
 * Request sizing. Excel on the web rejects a request or response over 5 MB, and every platform
 * refuses to read more than 5,000,000 cells at once. The adapter plans each request from an
 * estimate of its JSON size and stays well under both, then halves a block if Excel still says no.
 */

const MEGABYTE = 1024 * 1024;

export interface RequestLimits {
  /** Estimated bytes one request (or its response) may carry. */
  readonly maxBytes: number;
  /** Cells one request may read or write. */
  readonly maxCells: number;
  /** Rows in one block, whatever the estimate allows. */
  readonly maxBlockRows: number;
}

/** 80 % of Excel's limits, leaving room for what the estimate cannot see (object paths, ids). */
export const DEFAULT_LIMITS: RequestLimits = {
  maxBytes: 4 * MEGABYTE,
  maxCells: 4_000_000,
  maxBlockRows: 10_000,
};

/** UTF-8 bytes of a string, without building an encoder (also runs in old WebViews). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes a value takes in a JSON array, separator included. */
export function jsonCellBytes(value: unknown): number {
  if (typeof value === "string") return utf8Length(value) + 3 + countEscapes(value);
  if (typeof value === "number") return String(value).length + 1;
  if (typeof value === "boolean") return value ? 5 : 6;
  return 5;
}

function countEscapes(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c || code < 0x20) count += 1;
  }
  return count;
}

/** The largest k ≥ 1 with `fixed + Σ cost[start..start+k) ≤ budget`, from prefix sums. */
export function rowsWithin(prefix: readonly number[], start: number, budget: number, cap: number): number {
  const limit = Math.min(cap, prefix.length - 1 - start);
  let low = 1;
  let high = limit;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (prefix[start + mid] - prefix[start] <= budget) low = mid;
    else high = mid - 1;
  }
  return Math.max(1, low);
}

export function prefixSums(costs: readonly number[]): number[] {
  const prefix = new Array<number>(costs.length + 1);
  prefix[0] = 0;
  for (let i = 0; i < costs.length; i++) prefix[i + 1] = prefix[i] + costs[i];
  return prefix;
}
