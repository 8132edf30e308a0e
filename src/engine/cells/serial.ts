import { dayFromYmd, type DayNumber } from "./calendar";
import { setError, setValue, type CellSlot } from "./slot";
import { failure, value, type Parsed } from "./types";

/**
 * Excel serial numbers ↔ day numbers. In the 1900 system serial 1 is 1900-01-01 and serial 60
 * is Excel's 1900-02-29, a day that never was (kept for Lotus 1-2-3), so later serials run one
 * day ahead. In the 1904 system serial 0 is 1904-01-01. A fraction is the time of day.
 */

export const SECONDS_PER_MINUTE = 60;
export const SECONDS_PER_HOUR = 3_600;
export const SECONDS_PER_DAY = 86_400;
/** The day before serial 1 of the 1900 system. */
const EPOCH_1900 = dayFromYmd(1899, 12, 31);
const FICTITIOUS_LEAP_DAY = 60;
const EPOCH_1904 = dayFromYmd(1904, 1, 1);
/** 9999-12-31, Excel's last date (serial 2958465 in the 1900 system). */
export const LAST_EXCEL_DAY = dayFromYmd(9999, 12, 31);

const NOT_A_DATE = failure("not-a-date");
const IMPOSSIBLE_DATE = failure("impossible-date");
const OUT_OF_RANGE = failure("out-of-range");

/** A calendar day plus a time of day in whole seconds (0 ≤ secondOfDay < 86400). */
export interface DayAndTime {
  readonly day: DayNumber;
  readonly secondOfDay: number;
}

/** Day number plus time of day, built the one way every parser builds it (so values compare exactly). */
export function withTimeOfDay(day: DayNumber, secondOfDay: number): DayNumber {
  return secondOfDay === 0 ? day : day + secondOfDay / SECONDS_PER_DAY;
}

/**
 * Splits a day number into day and time, the time rounded to the nearest second (serials carry
 * binary noise such as 0.60416666666); a time that rounds to 24:00:00 is the next day's midnight.
 */
export function splitDayTime(dayTime: DayNumber): DayAndTime {
  const seconds = Math.round(dayTime * SECONDS_PER_DAY - Math.floor(dayTime) * SECONDS_PER_DAY);
  const day = Math.floor(dayTime);
  return seconds === SECONDS_PER_DAY ? { day: day + 1, secondOfDay: 0 } : { day, secondOfDay: seconds };
}

/** The day (with its time of day, to the second) an Excel serial stands for. */
export function dayFromSerial(serial: number, date1904: boolean): Parsed<DayNumber> {
  if (!Number.isFinite(serial)) return NOT_A_DATE;
  const { day: whole, secondOfDay } = splitDayTime(serial);
  let day: DayNumber;
  if (date1904) {
    if (whole < 0) return IMPOSSIBLE_DATE;
    day = EPOCH_1904 + whole;
  } else {
    if (whole < 1 || whole === FICTITIOUS_LEAP_DAY) return IMPOSSIBLE_DATE;
    day = EPOCH_1900 + (whole > FICTITIOUS_LEAP_DAY ? whole - 1 : whole);
  }
  if (day > LAST_EXCEL_DAY) return OUT_OF_RANGE;
  return value(withTimeOfDay(day, secondOfDay));
}

/** `dayFromSerial` into a slot (see slot.ts): the same day number, without an object per cell. */
export function readSerialInto(serial: number, date1904: boolean, slot: CellSlot): void {
  if (!Number.isFinite(serial)) return setError(slot, "not-a-date");
  // splitDayTime, inlined: a date cell is read a million times.
  let whole = Math.floor(serial);
  let secondOfDay = Math.round(serial * SECONDS_PER_DAY - whole * SECONDS_PER_DAY);
  if (secondOfDay === SECONDS_PER_DAY) {
    whole += 1;
    secondOfDay = 0;
  }
  let day: DayNumber;
  if (date1904) {
    if (whole < 0) return setError(slot, "impossible-date");
    day = EPOCH_1904 + whole;
  } else {
    if (whole < 1 || whole === FICTITIOUS_LEAP_DAY) return setError(slot, "impossible-date");
    day = EPOCH_1900 + (whole > FICTITIOUS_LEAP_DAY ? whole - 1 : whole);
  }
  if (day > LAST_EXCEL_DAY) return setError(slot, "out-of-range");
  setValue(slot, withTimeOfDay(day, secondOfDay));
}

/** The Excel serial of a day number, for writing dates back; days before the system's first day give serials it cannot show. */
export function serialFromDay(dayTime: DayNumber, date1904: boolean): number {
  const { day, secondOfDay } = splitDayTime(dayTime);
  let whole: number;
  if (date1904) {
    whole = day - EPOCH_1904;
  } else {
    whole = day - EPOCH_1900;
    if (whole >= FICTITIOUS_LEAP_DAY) whole += 1;
  }
  return withTimeOfDay(whole, secondOfDay);
}
