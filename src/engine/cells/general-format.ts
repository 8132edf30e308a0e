/**
 * Numbers as Excel's General format shows them in a default-width column: at most 11
 * characters (sign aside), switching to scientific notation for magnitudes it cannot fit.
 */

/** Characters General uses for a number before it rounds or switches to scientific. */
const GENERAL_WIDTH = 11;
/** Decimal exponent from which General writes `1.23457E+11`. */
const SCIENTIFIC_FROM_EXPONENT = GENERAL_WIDTH;
/** Below 10^-4 General writes `1E-05` rather than a run of zeros. */
const SCIENTIFIC_BELOW_EXPONENT = -4;
/** Significant digits after the point in General's scientific notation. */
const SCIENTIFIC_DECIMALS = 5;
const DIGIT_0 = 48;
const DOT = 46;

export function formatGeneral(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n === 0) return "0";
  const sign = n < 0 ? "-" : "";
  const magnitude = Math.abs(n);
  const exponent = Math.floor(Math.log10(magnitude));
  if (exponent >= SCIENTIFIC_FROM_EXPONENT || exponent < SCIENTIFIC_BELOW_EXPONENT) {
    return sign + scientific(magnitude);
  }
  // Whole digits, the point and the decimals share the width; numbers below 1 show `0.`.
  const wholeDigits = Math.max(exponent + 1, 1);
  const decimals = Math.max(GENERAL_WIDTH - wholeDigits - 1, 0);
  const fixed = trimFraction(magnitude.toFixed(decimals));
  const pointAt = fixed.indexOf(".");
  // Rounding can carry into a twelfth whole digit (99999999999.6): then General goes scientific.
  if ((pointAt < 0 ? fixed.length : pointAt) > GENERAL_WIDTH) return sign + scientific(magnitude);
  return sign + fixed;
}

function scientific(magnitude: number): string {
  const text = magnitude.toExponential(SCIENTIFIC_DECIMALS);
  const e = text.indexOf("e");
  const exponent = Number(text.slice(e + 1));
  const digits = String(Math.abs(exponent)).padStart(2, "0");
  return `${trimFraction(text.slice(0, e))}E${exponent < 0 ? "-" : "+"}${digits}`;
}

/** `1.500` → `1.5`, `2.000` → `2`. */
function trimFraction(text: string): string {
  if (text.indexOf(".") < 0) return text;
  let end = text.length;
  while (text.charCodeAt(end - 1) === DIGIT_0) end--;
  if (text.charCodeAt(end - 1) === DOT) end--;
  return text.slice(0, end);
}
