/**
 * Decimal figures as text: scanning `1,234.5` without eval or per-call regular expressions, and
 * writing numbers back without exponents. Scaling by a unit (万, 亿, %, …) moves the decimal
 * point in the text, so `1.1亿` is exactly 11000 and not 11000.000000000002.
 */

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const COMMA = 44;
const DOT = 46;
const MINUS = 45;
const ALL_COMMAS = /,/g;

/** A figure read from text: sign, digits either side of the point, and where it ended. */
export interface DecimalFigure {
  readonly negative: boolean;
  readonly intDigits: string;
  readonly fracDigits: string;
  /** Index just past the figure in the scanned text. */
  readonly end: number;
}

function isDigitCode(code: number): boolean {
  return code >= DIGIT_0 && code <= DIGIT_9;
}

/**
 * Reads `-?digits(.digits)?` from `start`, where the whole part may use thousands commas in
 * proper groups (`1,234,567`; not `1,2,3` or `1234,567`). Null when no figure starts there or
 * the grouping is wrong. Stops at the first character that cannot continue the figure.
 */
export function scanDecimal(text: string, start: number): DecimalFigure | null {
  const length = text.length;
  let i = start;
  const negative = i < length && text.charCodeAt(i) === MINUS;
  if (negative) i++;

  const intStart = i;
  let groupLength = 0;
  let grouped = false;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (isDigitCode(code)) {
      groupLength++;
    } else if (code === COMMA) {
      // The first group holds 1–3 digits, every later one exactly 3.
      if (groupLength === 0 || groupLength > 3 || (grouped && groupLength !== 3)) return null;
      grouped = true;
      groupLength = 0;
    } else {
      break;
    }
  }
  if (grouped && groupLength !== 3) return null;
  const wholeText = text.slice(intStart, i);
  const intDigits = grouped ? wholeText.replace(ALL_COMMAS, "") : wholeText;

  let fracDigits = "";
  if (i < length && text.charCodeAt(i) === DOT) {
    const fracStart = i + 1;
    i = fracStart;
    while (i < length && isDigitCode(text.charCodeAt(i))) i++;
    fracDigits = text.slice(fracStart, i);
  }
  if (intDigits === "" && fracDigits === "") return null;
  return { negative, intDigits, fracDigits, end: i };
}

/**
 * The canonical decimal text of `intDigits.fracDigits × 10^shift`: no exponent, no leading
 * zeros in the whole part, no trailing zeros in the fraction.
 */
export function shiftPoint(intDigits: string, fracDigits: string, shift: number): string {
  const digits = intDigits + fracDigits;
  const point = intDigits.length + shift;
  let whole: string;
  let fraction: string;
  if (point <= 0) {
    whole = "";
    fraction = "0".repeat(-point) + digits;
  } else if (point >= digits.length) {
    whole = digits + "0".repeat(point - digits.length);
    fraction = "";
  } else {
    whole = digits.slice(0, point);
    fraction = digits.slice(point);
  }
  whole = stripLeadingZeros(whole);
  fraction = stripTrailingZeros(fraction);
  return fraction === "" ? whole : `${whole}.${fraction}`;
}

/** The figure's value times 10^shift, correctly rounded; never -0. May be Infinity for huge figures. */
export function figureValue(figure: DecimalFigure, shift: number): number {
  const magnitude = Number(shiftPoint(figure.intDigits, figure.fracDigits, shift));
  if (magnitude === 0) return 0;
  return figure.negative ? -magnitude : magnitude;
}

/** Whether the figure has no fractional part worth the name (`12`, `12.`, `12.000`). */
export function isWholeFigure(figure: DecimalFigure): boolean {
  const fraction = figure.fracDigits;
  for (let i = 0; i < fraction.length; i++) {
    if (fraction.charCodeAt(i) !== DIGIT_0) return false;
  }
  return true;
}

/** Shortest round-trip decimal text of a finite number, never in exponent form. */
export function plainDecimal(n: number): string {
  if (n === 0) return "0";
  const text = String(n);
  const e = text.indexOf("e");
  if (e < 0) return text;
  const negative = text.charCodeAt(0) === MINUS;
  const mantissa = text.slice(negative ? 1 : 0, e);
  const exponent = Number(text.slice(e + 1));
  const point = mantissa.indexOf(".");
  const intDigits = point < 0 ? mantissa : mantissa.slice(0, point);
  const fracDigits = point < 0 ? "" : mantissa.slice(point + 1);
  return (negative ? "-" : "") + shiftPoint(intDigits, fracDigits, exponent);
}

/** `1234567` → `1,234,567` (digits only, no sign or point). */
export function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

function stripLeadingZeros(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === DIGIT_0) i++;
  return digits === "" ? "0" : digits.slice(i);
}

function stripTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === DIGIT_0) end--;
  return digits.slice(0, end);
}
