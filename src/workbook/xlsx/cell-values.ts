import { dayFromYmd, isValidYmd } from "../../engine/cells/calendar";
import type { RawCell } from "../../engine/cells/types";
import { XlsxError } from "./errors";
import { decodeOoxmlText } from "./xml-text";

/**
 * A cell's value from its XML, in Excel's own types: numbers stay numbers (the engine decides
 * whether one is a date serial), a formula yields its cached result, an error value becomes an
 * ErrorValue. Only `t="d"` (an ISO date) is converted, to the serial Excel would have stored.
 */
export interface CellXmlValue {
  /** The `t` attribute; absent means a number. */
  readonly type: string | undefined;
  /** Text of `<v>`, null when the cell has none. */
  readonly value: string | null;
  /** Text of `<is>` for inline strings, null otherwise. */
  readonly inline: string | null;
}

export interface ValueContext {
  readonly sharedStrings: readonly string[];
  readonly date1904: boolean;
}

export function cellValue(cell: CellXmlValue, context: ValueContext): RawCell {
  const { type, value } = cell;
  switch (type) {
    case "s":
      return value === null ? null : sharedString(value, context.sharedStrings);
    case "inlineStr":
      return decodeOoxmlText(cell.inline ?? value ?? "");
    case "str":
      return value === null ? null : decodeOoxmlText(value);
    case "b":
      return value === null ? null : value.trim() === "1" || value.trim() === "true";
    case "e":
      return value === null ? null : { error: value.trim() };
    case "d":
      return value === null ? null : (isoToSerial(value.trim(), context.date1904) ?? value);
    default:
      return number(value);
  }
}

function sharedString(value: string, table: readonly string[]): string {
  const index = Number(value);
  const text = Number.isInteger(index) ? table[index] : undefined;
  if (text === undefined) throw new XlsxError("corrupt", `shared string ${value} does not exist`);
  return text;
}

function number(value: string | null): RawCell {
  if (value === null) return null;
  const trimmed = value.trim();
  if (trimmed === "") return null;
  const n = Number(trimmed);
  // Kept as typed when it is not a number at all, so that validation can name it.
  return Number.isNaN(n) ? value : n;
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const ISO_TIME = /^T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/;
const SECONDS_PER_DAY = 86_400;

function timeFraction(
  hours: string | undefined,
  minutes: string | undefined,
  seconds: string | undefined,
): number | null {
  const h = Number(hours ?? 0);
  const m = Number(minutes ?? 0);
  const s = Number(seconds ?? 0);
  // ISO allows 24:00:00 (the end of the day) and nothing later.
  if (h > 24 || m > 59 || s >= 60 || (h === 24 && m + s > 0)) return null;
  return (h * 3600 + m * 60 + s) / SECONDS_PER_DAY;
}

/** Serial day 0 of each date system, as day numbers (days since 1970-01-01). */
const EPOCH_1900 = dayFromYmd(1899, 12, 30);
const EPOCH_1904 = dayFromYmd(1904, 1, 1);
/** Excel counts a 29 February 1900 that never was, so serials before March 1900 are one lower. */
const FIRST_TRUE_1900_SERIAL_DAY = dayFromYmd(1900, 3, 1);

/** `2024-03-15`, `2024-03-15T14:30:00`, `14:30` → the serial number in the workbook's date system. */
export function isoToSerial(text: string, date1904: boolean): number | null {
  const time = ISO_TIME.exec(text);
  if (time) return timeFraction(time[1], time[2], time[3]);
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isValidYmd(year, month, day)) return null;
  const fraction = timeFraction(match[4], match[5], match[6]);
  if (fraction === null) return null;
  const dayNumber = dayFromYmd(year, month, day);
  if (date1904) return dayNumber - EPOCH_1904 + fraction;
  const leapBugShift = dayNumber < FIRST_TRUE_1900_SERIAL_DAY ? 1 : 0;
  return dayNumber - EPOCH_1900 - leapBugShift + fraction;
}
