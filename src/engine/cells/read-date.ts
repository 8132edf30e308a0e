/**
 * The column reader for dates: `parseDate`'s outcome written into a slot (see slot.ts). Serials
 * and well-formed text dates (`2024-03-15`, `2024/3/15 14:30`, `2024-03-1514:30`, `2024年3月15日`)
 * are read by scanning characters; anything else, every error included, goes through the
 * reference parser, so only valid dates take the fast road.
 */
import { dayFromRealYmd } from "./calendar";
import { parseDate } from "./date";
import { readSerialInto, SECONDS_PER_HOUR, SECONDS_PER_MINUTE, withTimeOfDay } from "./serial";
import { CellState, setBlank, setParsedNumber, setValue, type CellSlot } from "./slot";
import { readTextInto } from "./text";
import type { ParseContext, RawCell } from "./types";

const DIGIT_0 = 48;
const SPACE = 0x20;
const COLON = 0x3a;
const LETTER_T = 0x54;
const DASH = 0x2d;
const SLASH = 0x2f;
const DOT = 0x2e;
const NIAN = 0x5e74; // 年
const YUE = 0x6708; // 月
const RI = 0x65e5; // 日
/** As in date-text.ts: earlier years are typos, and only days past the 28th need the calendar. */
const FIRST_YEAR = 1900;
const DAYS_IN_EVERY_MONTH = 28;
const NOT_HANDLED = -1;

/** The digit at `i`, or -1. */
function digitAt(text: string, i: number): number {
  const code = text.charCodeAt(i) - DIGIT_0;
  return code >= 0 && code <= 9 ? code : -1;
}

/** Index past the run of digits starting at `i`. */
function digitsEnd(text: string, i: number): number {
  while (digitAt(text, i) >= 0) i++;
  return i;
}

/** The number written by the digits in [from, to) (at most a few, so always exact). */
function digitsValue(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (text.charCodeAt(i) - DIGIT_0);
  return n;
}

/** Whether the month has this day (Gregorian), without a Date. */
function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (day <= DAYS_IN_EVERY_MONTH) return true;
  if (month === 2) return day === 29 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

/**
 * Seconds of `H:MM` or `H:MM:SS` (the hour's 1–2 digits running from `hourFrom` to `hourTo`, the
 * rest from `hourTo` to the end), as date-text.ts reads a time; NOT_HANDLED when not one or not
 * a real time of day.
 */
function secondsOfTime(text: string, hourFrom: number, hourTo: number): number {
  const hourDigits = hourTo - hourFrom;
  if (hourDigits < 1 || hourDigits > 2 || text.charCodeAt(hourTo) !== COLON) return NOT_HANDLED;
  const length = text.length;
  const minuteEnd = hourTo + 3;
  if (digitsEnd(text, hourTo + 1) !== minuteEnd) return NOT_HANDLED;
  let second = 0;
  if (minuteEnd !== length) {
    if (text.charCodeAt(minuteEnd) !== COLON || minuteEnd + 3 !== length) return NOT_HANDLED;
    if (digitsEnd(text, minuteEnd + 1) !== length) return NOT_HANDLED;
    second = digitsValue(text, minuteEnd + 1, length);
  }
  const hour = digitsValue(text, hourFrom, hourTo);
  const minute = digitsValue(text, hourTo + 1, minuteEnd);
  if (hour > 23 || minute > 59 || second > 59) return NOT_HANDLED;
  return hour * SECONDS_PER_HOUR + minute * SECONDS_PER_MINUTE + second;
}

/** A time starting at `from` that runs to the end: its seconds, or NOT_HANDLED. */
function secondsFrom(text: string, from: number): number {
  return secondsOfTime(text, from, digitsEnd(text, from));
}

/** `2024-03-15`, `2024/3/15 14:30`, `2024.03.15T14:30`, glued `2024-03-1514:30`; year digits 0–3 checked. */
function numericForm(text: string, separator: number): number {
  const monthEnd = digitsEnd(text, 5);
  if (monthEnd - 5 < 1 || monthEnd - 5 > 2 || text.charCodeAt(monthEnd) !== separator) return NOT_HANDLED;
  const dayFrom = monthEnd + 1;
  const dayEnd = digitsEnd(text, dayFrom);
  const dayDigits = dayEnd - dayFrom;
  let seconds = 0;
  let dayTo = dayEnd;
  if (dayEnd === text.length) {
    if (dayDigits < 1 || dayDigits > 2) return NOT_HANDLED;
  } else {
    const next = text.charCodeAt(dayEnd);
    if ((next === SPACE || next === LETTER_T) && dayDigits >= 1 && dayDigits <= 2) {
      seconds = secondsFrom(text, dayEnd + 1);
    } else if (next === COLON && (dayDigits === 3 || dayDigits === 4)) {
      // Glued: the two-digit day, then the hour's digits.
      dayTo = dayFrom + 2;
      seconds = secondsOfTime(text, dayTo, dayEnd);
    } else {
      return NOT_HANDLED;
    }
    if (seconds === NOT_HANDLED) return NOT_HANDLED;
  }
  return dayValue(text, digitsValue(text, 5, monthEnd), digitsValue(text, dayFrom, dayTo), seconds);
}

/** `2024年3月15日`, then optionally a time, directly or after one space. */
function cjkForm(text: string): number {
  const monthEnd = digitsEnd(text, 5);
  if (monthEnd - 5 < 1 || monthEnd - 5 > 2 || text.charCodeAt(monthEnd) !== YUE) return NOT_HANDLED;
  const dayEnd = digitsEnd(text, monthEnd + 1);
  if (dayEnd - monthEnd - 1 < 1 || dayEnd - monthEnd - 1 > 2 || text.charCodeAt(dayEnd) !== RI) {
    return NOT_HANDLED;
  }
  let seconds = 0;
  if (dayEnd + 1 < text.length) {
    seconds = secondsFrom(text, text.charCodeAt(dayEnd + 1) === SPACE ? dayEnd + 2 : dayEnd + 1);
    if (seconds === NOT_HANDLED) return NOT_HANDLED;
  }
  return dayValue(text, digitsValue(text, 5, monthEnd), digitsValue(text, monthEnd + 1, dayEnd), seconds);
}

/** The day number with its time of day, built as date-text.ts builds it; NOT_HANDLED for an unreal date. */
function dayValue(text: string, month: number, day: number, seconds: number): number {
  const year = digitsValue(text, 0, 4);
  if (year < FIRST_YEAR || !isRealDay(year, month, day)) return NOT_HANDLED;
  return withTimeOfDay(dayFromRealYmd(year, month, day), seconds);
}

/** A valid text date's day number (time as a fraction), or NOT_HANDLED for the reference parser. */
function fastTextDate(text: string): number {
  if (text.length < 8 || digitsEnd(text, 0) !== 4) return NOT_HANDLED;
  const separator = text.charCodeAt(4);
  if (separator === DASH || separator === SLASH || separator === DOT) return numericForm(text, separator);
  return separator === NIAN ? cjkForm(text) : NOT_HANDLED;
}

/** `parseDate(raw, ctx, { allowTime })` into the slot. */
export function readDateInto(raw: RawCell, ctx: ParseContext, allowTime: boolean, slot: CellSlot): void {
  if (typeof raw === "number") {
    readSerialInto(raw, ctx.date1904, slot);
  } else if (raw === null || raw === undefined) {
    return setBlank(slot);
  } else if (typeof raw !== "string") {
    return setParsedNumber(slot, parseDate(raw, ctx, { allowTime }));
  } else {
    readTextInto(raw, ctx, slot);
    if (slot.state !== CellState.value) return;
    const value = fastTextDate(slot.text);
    if (value === NOT_HANDLED) return setParsedNumber(slot, parseDate(slot.text, ctx, { allowTime }));
    setValue(slot, value);
  }
  if (!allowTime && slot.state === CellState.value) slot.number = Math.floor(slot.number);
}
