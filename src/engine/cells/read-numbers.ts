/**
 * Column readers for the numeric fields: the outcome of `parseAmount`, `parsePercent`,
 * `parseInteger` (min 0) and `parseSatisfaction`, written into a slot (see slot.ts). The forms
 * ledgers are full of (numbers, `50万`, `¥1,200,000`, `60%`, `15,964`, `12人`) are read here
 * without allocating; every other cell, errors included, goes through the reference parser, so
 * the two can only differ where a test would catch it (tests/engine/cells/read-numbers.test.ts).
 */
import { parseAmount } from "./amount";
import { fastFigureValue, newFastFigure, scanFigureFast, type FastFigure } from "./figure-fast";
import { parseInteger, parseSatisfaction, SATISFACTION_SCALE } from "./number";
import { parsePercent } from "./percent";
import { CellState, setBlank, setError, setParsedNumber, setValue, type CellSlot } from "./slot";
import { readTextInto } from "./text";
import type { ParseContext, RawCell } from "./types";

const SPACE = 0x20;
const MINUS = 0x2d;
const YEN = 0xa5;
const FULL_WIDTH_YEN = 0xffe5;
const PERCENT = 0x25;
const WAN = 0x4e07; // 万
const YI = 0x4ebf; // 亿
const YUAN = 0x5143; // 元
const QIAN = 0x5343; // 千
const SMALL_K = 0x6b;
const CAPITAL_K = 0x4b;
const FEN = 0x5206; // 分
/** Count units of `parseInteger`: 人 天 次 日. */
const COUNT_UNIT_CODES: ReadonlySet<number> = new Set([0x4eba, 0x5929, 0x6b21, 0x65e5]);
/** A unit's shift in `parseAmount` when it is not one of the forms below. */
const UNKNOWN_UNIT = Number.NaN;
const YUAN_SHIFT = -4;
const POINTS_SHIFT = -2;

/** One figure scratch per module: readers run one cell at a time and never re-enter. */
const figure: FastFigure = newFastFigure();

/**
 * The decimal shift of the amount unit in `text` from `at` to the end (see amount.ts), read
 * without slicing; NaN when it is none of them.
 */
function unitShift(text: string, at: number): number {
  const left = text.length - at;
  if (left === 0) return 0;
  const first = text.charCodeAt(at);
  if (left === 1) {
    if (first === WAN) return 0;
    if (first === YI) return 4;
    if (first === YUAN) return -4;
    if (first === QIAN || first === SMALL_K || first === CAPITAL_K) return -1;
    return UNKNOWN_UNIT;
  }
  if (left === 2 && text.charCodeAt(at + 1) === YUAN) {
    if (first === WAN) return 0;
    if (first === YI) return 4;
    if (first === QIAN) return -1;
  }
  return UNKNOWN_UNIT;
}

/** `parseAmount` into the slot: 万元. */
export function readAmountInto(raw: RawCell, ctx: ParseContext, slot: CellSlot): void {
  if (raw === null || raw === undefined) return setBlank(slot);
  if (typeof raw !== "string" && typeof raw !== "number") return setParsedNumber(slot, parseAmount(raw, ctx));
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) setError(slot, "not-a-number");
    else if (raw < 0) setError(slot, "negative");
    else setValue(slot, raw === 0 ? 0 : raw);
    return;
  }
  readTextInto(raw, ctx, slot);
  if (slot.state !== CellState.value) return;
  const text = slot.text;
  let i = 0;
  if (text.charCodeAt(0) === MINUS) {
    // Signs and negative amounts are rare and mostly errors: the reference parser says which.
    setParsedNumber(slot, parseAmount(text, ctx));
    return;
  }
  const sign = text.charCodeAt(0);
  const currency = sign === YEN || sign === FULL_WIDTH_YEN;
  if (currency) {
    i++;
    if (text.charCodeAt(i) === SPACE) i++;
  }
  if (!scanFigureFast(text, i, figure) || figure.negative) {
    setParsedNumber(slot, parseAmount(text, ctx));
    return;
  }
  const unitAt = text.charCodeAt(figure.end) === SPACE ? figure.end + 1 : figure.end;
  const shift = unitAt === text.length && currency ? YUAN_SHIFT : unitShift(text, unitAt);
  const wan = Number.isNaN(shift) ? Number.NaN : fastFigureValue(figure, shift);
  if (Number.isNaN(wan)) setParsedNumber(slot, parseAmount(text, ctx));
  else setValue(slot, wan);
}

/** A fraction 0–1 as `parsePercent` accepts it (-0 read as 0); anything else is out of range. */
function setFraction(slot: CellSlot, fraction: number): void {
  if (!(fraction >= 0 && fraction <= 1)) setError(slot, "percent-out-of-range");
  else setValue(slot, fraction === 0 ? 0 : fraction);
}

/** `parsePercent` into the slot: a fraction 0–1. */
export function readPercentInto(raw: RawCell, ctx: ParseContext, slot: CellSlot): void {
  if (raw === null || raw === undefined) return setBlank(slot);
  if (typeof raw !== "string" && typeof raw !== "number")
    return setParsedNumber(slot, parsePercent(raw, ctx));
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) setError(slot, "not-a-percent");
    else setFraction(slot, raw <= 1 ? raw : raw / 100);
    return;
  }
  readTextInto(raw, ctx, slot);
  if (slot.state !== CellState.value) return;
  const text = slot.text;
  if (scanFigureFast(text, 0, figure) && !figure.negative) {
    const bare = figure.end === text.length ? fastFigureValue(figure, 0) : Number.NaN;
    if (bare <= 1) return setFraction(slot, bare);
    const signAt = text.charCodeAt(figure.end) === SPACE ? figure.end + 1 : figure.end;
    const points =
      figure.end === text.length || (text.charCodeAt(signAt) === PERCENT && signAt + 1 === text.length)
        ? fastFigureValue(figure, POINTS_SHIFT)
        : Number.NaN;
    if (!Number.isNaN(points)) return setFraction(slot, points);
  }
  setParsedNumber(slot, parsePercent(text, ctx));
}

/** Whether the figure is followed by nothing, or by at most one space and the one unit character. */
function endsWithUnit(text: string, units: (code: number) => boolean): boolean {
  if (figure.end === text.length) return true;
  const unitAt = text.charCodeAt(figure.end) === SPACE ? figure.end + 1 : figure.end;
  return unitAt === text.length - 1 && units(text.charCodeAt(unitAt));
}

const isCountUnit = (code: number): boolean => COUNT_UNIT_CODES.has(code);
const isScoreUnit = (code: number): boolean => code === FEN;

/** `parseInteger(raw, ctx, { min: 0 })` into the slot: a count of 0 or more. */
export function readCountInto(raw: RawCell, ctx: ParseContext, slot: CellSlot): void {
  if (raw === null || raw === undefined) return setBlank(slot);
  if (typeof raw !== "string" && typeof raw !== "number")
    return setParsedNumber(slot, parseInteger(raw, ctx, { min: 0 }));
  if (typeof raw === "number") {
    if (Number.isSafeInteger(raw) && raw >= 0) setValue(slot, raw === 0 ? 0 : raw);
    else setParsedNumber(slot, parseInteger(raw, ctx, { min: 0 }));
    return;
  }
  readTextInto(raw, ctx, slot);
  if (slot.state !== CellState.value) return;
  const text = slot.text;
  if (scanFigureFast(text, 0, figure) && !figure.negative && !figure.fractionNonZero) {
    if (endsWithUnit(text, isCountUnit)) {
      // At most 15 digits: always a safe integer.
      const n = fastFigureValue(figure, 0);
      if (!Number.isNaN(n)) return setValue(slot, n);
    }
  }
  setParsedNumber(slot, parseInteger(text, ctx, { min: 0 }));
}

/** `parseSatisfaction` (default scale) into the slot. */
export function readSatisfactionInto(raw: RawCell, ctx: ParseContext, slot: CellSlot): void {
  if (raw === null || raw === undefined) return setBlank(slot);
  if (typeof raw !== "string" && typeof raw !== "number")
    return setParsedNumber(slot, parseSatisfaction(raw, ctx));
  const { min, max } = SATISFACTION_SCALE;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) setError(slot, "not-a-number");
    else if (raw >= min && raw <= max) setValue(slot, raw);
    else setError(slot, "out-of-range");
    return;
  }
  readTextInto(raw, ctx, slot);
  if (slot.state !== CellState.value) return;
  const text = slot.text;
  if (scanFigureFast(text, 0, figure) && endsWithUnit(text, isScoreUnit)) {
    const score = fastFigureValue(figure, 0);
    if (score >= min && score <= max) return setValue(slot, score);
  }
  setParsedNumber(slot, parseSatisfaction(text, ctx));
}
