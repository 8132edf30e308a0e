import { readCellText } from "./text";
import { failure, value, type ParseContext, type Parsed, type RawCell } from "./types";

/**
 * Chinese phone numbers. Mobile: 1[3-9] and nine more digits, with an optional +86 / 86 / 0086
 * prefix and spaces or dashes anywhere inside. Landline: area code (0 and two or three digits),
 * then seven or eight digits, then an optional extension after `-` or 转.
 *
 * A number the cell cannot be read as fails with "not-an-option"; the validator reports it as
 * rule `phone.invalid`.
 */

const MOBILE = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/;
const MOBILE_SEPARATORS = /[ -]/g;
/** `(010)12345678`, `(0755) 1234567`, `010-12345678`, `0755 1234567`, each with an optional extension. */
const LANDLINE_SEPARATED = /^(?:\((0\d{2,3})\) ?|(0\d{2,3})[- ])(\d{7,8})(?:(?:-|转)(\d{1,6}))?$/;
/**
 * `01012345678`: with nothing between area code and number the split follows the numbering
 * plan, where the only three-digit area codes are 010 and 02x.
 */
const LANDLINE_GLUED = /^(0[12]\d|0[3-9]\d{2})(\d{7,8})(?:(?:-|转)(\d{1,6}))?$/;

const NOT_A_PHONE = failure("not-an-option");

/**
 * A phone cell, normalised: a mobile as its 11 digits (`13812345678`), a landline as
 * `area-number` or `area-number-extension` (`010-12345678-123`). Numbers typed without a text
 * format (13812345678 as a number) are read as their digits.
 */
export function parsePhone(raw: RawCell, ctx: ParseContext): Parsed<string> {
  if (typeof raw === "number") {
    return Number.isSafeInteger(raw) && raw > 0 ? phoneFromText(String(raw)) : NOT_A_PHONE;
  }
  const text = readCellText(raw, ctx);
  return typeof text === "string" ? phoneFromText(text) : text;
}

function phoneFromText(text: string): Parsed<string> {
  const mobile = MOBILE.exec(text.replace(MOBILE_SEPARATORS, ""));
  if (mobile !== null) return value(mobile[1]);
  return landlineFromText(text);
}

/** The landline forms of `parsePhone`, for text already known not to be a mobile number. */
export function landlineFromText(text: string): Parsed<string> {
  const separated = LANDLINE_SEPARATED.exec(text);
  if (separated !== null) return landline(separated[1] ?? separated[2], separated[3], separated[4]);
  const glued = LANDLINE_GLUED.exec(text);
  if (glued !== null) return landline(glued[1], glued[2], glued[3]);
  return NOT_A_PHONE;
}

function landline(area: string, subscriber: string, extension: string | undefined): Parsed<string> {
  return value(extension === undefined ? `${area}-${subscriber}` : `${area}-${subscriber}-${extension}`);
}
