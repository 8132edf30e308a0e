import { figureValue, isWholeFigure, scanDecimal, type DecimalFigure } from "./decimal";
import { readCellText } from "./text";
import { failure, value, type ParseContext, type Parsed, type RawCell } from "./types";

/** Inclusive bounds; a missing bound is open. */
export interface NumberRange {
  readonly min?: number;
  readonly max?: number;
}

/** The satisfaction scale of the template (满意度 1–5), inclusive. */
export const SATISFACTION_SCALE: Required<NumberRange> = Object.freeze({ min: 1, max: 5 });

/** Units people type after counts and day figures: 12人, 3 天, 5次, 30日. */
const COUNT_UNITS: ReadonlySet<string> = new Set(["人", "天", "次", "日"]);
/** 满意度 is scored in 分: `4分`, `4.5 分`. */
const SCORE_UNITS: ReadonlySet<string> = new Set(["分"]);
const SPACE = " ";

const NOT_A_NUMBER = failure("not-a-number");
const NOT_AN_INTEGER = failure("not-an-integer");
const NEGATIVE = failure("negative");
const OUT_OF_RANGE = failure("out-of-range");

/**
 * A whole number: numbers must be whole; text is digits with optional thousands commas and an
 * optional unit (人, 天, 次, 日). Below a non-negative minimum a negative value is "negative".
 */
export function parseInteger(raw: RawCell, ctx: ParseContext, range: NumberRange = {}): Parsed<number> {
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return NOT_A_NUMBER;
    return Number.isInteger(raw) ? integerInRange(raw, range) : NOT_AN_INTEGER;
  }
  const text = readCellText(raw, ctx);
  if (typeof text !== "string") return text;
  const figure = figureWithUnit(text, COUNT_UNITS);
  if (figure === null) return NOT_A_NUMBER;
  if (!isWholeFigure(figure)) return NOT_AN_INTEGER;
  return integerInRange(figureValue(figure, 0), range);
}

function integerInRange(n: number, range: NumberRange): Parsed<number> {
  // Past 2^53 a "whole number" is no longer exact; no count in a ledger gets there.
  if (!Number.isSafeInteger(n)) return OUT_OF_RANGE;
  const { min, max } = range;
  if (min !== undefined && n < min) return n < 0 && min >= 0 ? NEGATIVE : OUT_OF_RANGE;
  if (max !== undefined && n > max) return OUT_OF_RANGE;
  return value(n === 0 ? 0 : n);
}

/** 满意度: a whole or decimal score on the scale (default 1–5), optionally followed by 分. */
export function parseSatisfaction(
  raw: RawCell,
  ctx: ParseContext,
  scale: Required<NumberRange> = SATISFACTION_SCALE,
): Parsed<number> {
  if (typeof raw === "number") return Number.isFinite(raw) ? scoreOnScale(raw, scale) : NOT_A_NUMBER;
  const text = readCellText(raw, ctx);
  if (typeof text !== "string") return text;
  const figure = figureWithUnit(text, SCORE_UNITS);
  return figure === null ? NOT_A_NUMBER : scoreOnScale(figureValue(figure, 0), scale);
}

function scoreOnScale(score: number, scale: Required<NumberRange>): Parsed<number> {
  return score >= scale.min && score <= scale.max ? value(score) : OUT_OF_RANGE;
}

/** A figure filling the whole text, optionally followed by one of the units (after at most one space). */
function figureWithUnit(text: string, units: ReadonlySet<string>): DecimalFigure | null {
  const figure = scanDecimal(text, 0);
  if (figure === null || figure.end === text.length) return figure;
  const unitAt = text.charAt(figure.end) === SPACE ? figure.end + 1 : figure.end;
  return unitAt === text.length - 1 && units.has(text.charAt(unitAt)) ? figure : null;
}
