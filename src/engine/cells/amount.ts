import { figureValue, groupThousands, plainDecimal, scanDecimal } from "./decimal";
import { readCellText } from "./text";
import { failure, value, type ParseContext, type Parsed, type RawCell } from "./types";

/**
 * Amounts in 万元 (10k CNY). A unit moves the decimal point: 亿 = 10^4 万, 元 = 10^-4 万,
 * 千 / k = 10^-1 万; no unit means 万, except after a currency sign, where it means 元.
 */
const UNIT_SHIFTS: ReadonlyMap<string, number> = new Map([
  ["", 0],
  ["万", 0],
  ["万元", 0],
  ["亿", 4],
  ["亿元", 4],
  ["元", -4],
  ["千", -1],
  ["千元", -1],
  ["k", -1],
  ["K", -1],
]);
const YUAN_SHIFT = -4;
const MINUS = "-";
const SPACE = " ";
/** ¥ (U+00A5) and its full-width twin ￥ (U+FFE5), which width folding leaves alone. */
const CURRENCY_SIGNS: ReadonlySet<string> = new Set(["¥", "￥"]);

const NOT_A_NUMBER = failure("not-a-number");
const NEGATIVE = failure("negative");
const OUT_OF_RANGE = failure("out-of-range");

/** An amount cell in 万元: numbers as they are; `50万`, `¥1,200,000` (= 120), `1.2亿`, `3k`, `1,234.5`. */
export function parseAmount(raw: RawCell, ctx: ParseContext): Parsed<number> {
  if (typeof raw === "number") return amountFromNumber(raw);
  const text = readCellText(raw, ctx);
  return typeof text === "string" ? amountFromText(text) : text;
}

function amountFromNumber(n: number): Parsed<number> {
  if (!Number.isFinite(n)) return NOT_A_NUMBER;
  if (n < 0) return NEGATIVE;
  return value(n === 0 ? 0 : n);
}

function amountFromText(text: string): Parsed<number> {
  let i = 0;
  let negative = text.startsWith(MINUS);
  if (negative) i++;
  const currency = CURRENCY_SIGNS.has(text.charAt(i));
  if (currency) {
    i++;
    if (text.charAt(i) === SPACE) i++;
  }
  const figure = scanDecimal(text, i);
  if (figure === null) return NOT_A_NUMBER;
  if (figure.negative) {
    if (negative) return NOT_A_NUMBER; // "--5", "-¥-5"
    negative = true;
  }
  const unitStart = text.charAt(figure.end) === SPACE ? figure.end + 1 : figure.end;
  const unit = text.slice(unitStart);
  const unitShift = UNIT_SHIFTS.get(unit);
  if (unitShift === undefined) return NOT_A_NUMBER;
  const wan = Math.abs(figureValue(figure, unit === "" && currency ? YUAN_SHIFT : unitShift));
  if (!Number.isFinite(wan)) return OUT_OF_RANGE;
  if (negative && wan !== 0) return NEGATIVE;
  return value(wan);
}

/**
 * An amount as `1,234.5万`: exact (shortest round-trip digits, no rounding), so `parseAmount`
 * reads it back to the same number.
 */
export function formatAmount(wan: number): string {
  if (!Number.isFinite(wan)) return String(wan);
  const digits = plainDecimal(Math.abs(wan));
  const point = digits.indexOf(".");
  const whole = point < 0 ? digits : digits.slice(0, point);
  const fraction = point < 0 ? "" : digits.slice(point);
  return `${wan < 0 ? MINUS : ""}${groupThousands(whole)}${fraction}万`;
}
