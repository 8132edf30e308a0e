/**
 * The common case of `scanDecimal` + `figureValue` without building strings: a figure of at most
 * 15 digits is an exact integer mantissa, and mantissa × 10^k or mantissa ÷ 10^k (|k| ≤ 22, so
 * 10^k is exact too) is one correctly rounded IEEE operation, the same double `Number()` gives
 * for the shifted decimal text (Clinger's fast path). Anything else (more digits, bad grouping,
 * no digits) is left to the exact string route: the scanner says so by returning false.
 */

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const COMMA = 44;
const DOT = 46;
const MINUS = 45;
/** Digits that always fit a double exactly (10^15 < 2^53). */
const MAX_EXACT_DIGITS = 15;
/** Powers of ten that are exact doubles. */
const MAX_EXACT_POWER = 22;
const POWERS_OF_TEN: readonly number[] = Array.from({ length: MAX_EXACT_POWER + 1 }, (_, k) => 10 ** k);

/** What the fast scan found; one instance is reused for every cell of a column. */
export interface FastFigure {
  negative: boolean;
  /** Every digit, whole part then fraction, as one integer. */
  mantissa: number;
  /** How many of those digits follow the point. */
  fractionDigits: number;
  /** Whether any digit after the point is not 0 (`12.50` has one, `12.00` none). */
  fractionNonZero: boolean;
  /** Index just past the figure. */
  end: number;
}

export function newFastFigure(): FastFigure {
  return { negative: false, mantissa: 0, fractionDigits: 0, fractionNonZero: false, end: 0 };
}

/**
 * `scanDecimal(text, start)` for figures of at most 15 digits: the same grammar (optional minus,
 * whole part with proper thousands groups, optional point and fraction). False whenever
 * `scanDecimal` would return null or the figure has more digits; the caller then takes the
 * exact route, which also produces every error.
 */
export function scanFigureFast(text: string, start: number, out: FastFigure): boolean {
  const length = text.length;
  let i = start;
  const negative = i < length && text.charCodeAt(i) === MINUS;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let groupLength = 0;
  let grouped = false;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= DIGIT_0 && code <= DIGIT_9) {
      mantissa = mantissa * 10 + (code - DIGIT_0);
      digits++;
      groupLength++;
    } else if (code === COMMA) {
      if (groupLength === 0 || groupLength > 3 || (grouped && groupLength !== 3)) return false;
      grouped = true;
      groupLength = 0;
    } else {
      break;
    }
  }
  if (grouped && groupLength !== 3) return false;
  const wholeDigits = digits;
  let fractionNonZero = false;
  let hasPoint = false;
  if (i < length && text.charCodeAt(i) === DOT) {
    hasPoint = true;
    for (i++; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code < DIGIT_0 || code > DIGIT_9) break;
      mantissa = mantissa * 10 + (code - DIGIT_0);
      digits++;
      if (code !== DIGIT_0) fractionNonZero = true;
    }
  }
  // `scanDecimal` needs a digit on one side of the point at least.
  if (digits === 0 || digits > MAX_EXACT_DIGITS) return false;
  out.negative = negative;
  out.mantissa = mantissa;
  out.fractionDigits = hasPoint ? digits - wholeDigits : 0;
  out.fractionNonZero = fractionNonZero;
  out.end = i;
  return true;
}

/**
 * `figureValue` of a fast figure: the value × 10^shift, never -0. NaN when the power is out of
 * the exact range (the caller then takes the exact route).
 */
export function fastFigureValue(figure: FastFigure, shift: number): number {
  const power = shift - figure.fractionDigits;
  if (power > MAX_EXACT_POWER || power < -MAX_EXACT_POWER) return Number.NaN;
  const magnitude =
    power >= 0 ? figure.mantissa * POWERS_OF_TEN[power] : figure.mantissa / POWERS_OF_TEN[-power];
  if (magnitude === 0) return 0;
  return figure.negative ? -magnitude : magnitude;
}
