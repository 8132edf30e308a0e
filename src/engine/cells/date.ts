import { formatDay, type DayNumber } from "./calendar";
import { dateFromText } from "./date-text";
import { SECONDS_PER_HOUR, SECONDS_PER_MINUTE, dayFromSerial, splitDayTime } from "./serial";
import { readCellText } from "./text";
import { value, type ParseContext, type Parsed, type RawCell } from "./types";

export interface DateOptions {
  /** Keep the time of day as a fraction (跟进时间); otherwise a given time is dropped. */
  readonly allowTime: boolean;
}

/**
 * A date cell: an Excel serial (1900 or 1904 system per the context) or one of the text forms
 * of `dateFromText`. Times are kept to the second when `allowTime`, else the calendar day.
 */
export function parseDate(raw: RawCell, ctx: ParseContext, opts: DateOptions): Parsed<DayNumber> {
  const parsed = typeof raw === "number" ? dayFromSerial(raw, ctx.date1904) : dateFromCellText(raw, ctx);
  if (parsed.kind !== "value" || opts.allowTime) return parsed;
  const day = Math.floor(parsed.value);
  return day === parsed.value ? parsed : value(day);
}

function dateFromCellText(raw: RawCell, ctx: ParseContext): Parsed<DayNumber> {
  const text = readCellText(raw, ctx);
  return typeof text === "string" ? dateFromText(text) : text;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * `YYYY-MM-DD`, or with `withTime` `YYYY-MM-DD HH:MM` (`:SS` when the seconds are not zero).
 * `parseDate` reads the output back to the same day number.
 */
export function formatDate(dayTime: DayNumber, withTime: boolean): string {
  const { day, secondOfDay } = splitDayTime(dayTime);
  if (!withTime) return formatDay(day);
  const hours = Math.floor(secondOfDay / SECONDS_PER_HOUR);
  const minutes = Math.floor((secondOfDay % SECONDS_PER_HOUR) / SECONDS_PER_MINUTE);
  const seconds = secondOfDay % SECONDS_PER_MINUTE;
  const time = `${pad2(hours)}:${pad2(minutes)}${seconds === 0 ? "" : `:${pad2(seconds)}`}`;
  return `${formatDay(day)} ${time}`;
}
