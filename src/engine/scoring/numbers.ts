/**
 * Number helpers shared by the scoring rules. Inputs are read from cells and divided by
 * configured windows, so a value that is "exactly on the threshold" may arrive a binary hair
 * below it (0.1 + 0.7 = 0.7999…); comparisons here absorb that noise and nothing more.
 */

/** Relative tolerance for threshold comparisons: far below any difference a cell can express. */
const RELATIVE_TOLERANCE = 1e-9;
const INFINITY = Number.POSITIVE_INFINITY;

function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  const gap = a > b ? a - b : b - a;
  // Infinity means "unreachable" (see segments.ts): only Infinity itself is near it.
  if (gap === INFINITY) return false;
  const larger = a > b ? a : b;
  const smaller = a > b ? b : a;
  // The larger magnitude of the two, and at least 1, so the tolerance is never below 1e-9.
  const scale = larger > -smaller ? larger : -smaller;
  return gap <= RELATIVE_TOLERANCE * (scale > 1 ? scale : 1);
}

/** `value ≥ bound`, counting a value within floating-point noise of the bound as on it. */
export function atLeast(value: number, bound: number): boolean {
  return value >= bound || nearlyEqual(value, bound);
}

/** `value ≤ bound`, counting a value within floating-point noise of the bound as on it. */
export function atMost(value: number, bound: number): boolean {
  return value <= bound || nearlyEqual(value, bound);
}

/**
 * Rounds half up on the decimal value the user would write: 72.25 → 72.3, and a product that
 * lands on 724.9999999 because of binary fractions is first snapped back to 725.
 */
export function roundHalfUp(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = value * factor;
  const snapped = Math.round(scaled * 1e6) / 1e6;
  return Math.floor(snapped + 0.5) / factor;
}

/** A number for an explanation: at most two decimals, no trailing zeros (1.67, 50, 0.3). */
export function formatNumber(value: number): string {
  return String(roundHalfUp(value, 2));
}

/** A fraction as percent points for an explanation: 0.8 → "80%". */
export function formatPercent(fraction: number): string {
  return `${formatNumber(fraction * 100)}%`;
}
