import { figureValue, scanDecimal } from "./decimal";
import { readCellText } from "./text";
import { failure, value, type ParseContext, type Parsed, type RawCell } from "./types";

/** A bare number up to this is already a fraction (1 = 100 %); above it, percent points. */
const LARGEST_BARE_FRACTION = 1;
/** Percent points to a fraction: divide by 100, in text by moving the point two places left. */
const POINTS_PER_WHOLE = 100;
const POINTS_SHIFT = -2;
const PERCENT_SIGN = "%";
const SPACE = " ";

const NOT_A_PERCENT = failure("not-a-percent");
const OUT_OF_RANGE = failure("percent-out-of-range");

/**
 * A percent cell as a fraction 0–1: `60%`, `60 %`, `６０％` and `60` are 0.6, and so is `0.6`.
 * Text with `%` is always points, so `1%` is 0.01 while a bare `1` is 100 %.
 */
export function parsePercent(raw: RawCell, ctx: ParseContext): Parsed<number> {
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return NOT_A_PERCENT;
    return inRange(raw <= LARGEST_BARE_FRACTION ? raw : raw / POINTS_PER_WHOLE);
  }
  const text = readCellText(raw, ctx);
  return typeof text === "string" ? percentFromText(text) : text;
}

function percentFromText(text: string): Parsed<number> {
  const figure = scanDecimal(text, 0);
  if (figure === null) return NOT_A_PERCENT;
  if (figure.end === text.length) {
    const bare = figureValue(figure, 0);
    return inRange(bare <= LARGEST_BARE_FRACTION ? bare : figureValue(figure, POINTS_SHIFT));
  }
  const signAt = text.charAt(figure.end) === SPACE ? figure.end + 1 : figure.end;
  if (text.charAt(signAt) !== PERCENT_SIGN || signAt + 1 !== text.length) return NOT_A_PERCENT;
  return inRange(figureValue(figure, POINTS_SHIFT));
}

function inRange(fraction: number): Parsed<number> {
  if (!(fraction >= 0 && fraction <= 1)) return OUT_OF_RANGE;
  return value(fraction === 0 ? 0 : fraction);
}
