import { dayFromYmd, ymdFromDay, type DayNumber } from "../cells/calendar";

/** A month as one integer (year × 12 + month − 1), so consecutive months are consecutive numbers. */
export function monthIndexOf(day: DayNumber): number {
  const { year, month } = ymdFromDay(day);
  return year * 12 + month - 1;
}

export function firstDayOfMonthIndex(index: number): DayNumber {
  return dayFromYmd(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** Calendar days, both ends included. */
export interface DayRange {
  readonly first: DayNumber;
  readonly last: DayNumber;
}

/** The days of `count` consecutive months starting with month `startIndex`. */
export function monthsRange(startIndex: number, count: number): DayRange {
  return { first: firstDayOfMonthIndex(startIndex), last: firstDayOfMonthIndex(startIndex + count) - 1 };
}

/** Compares by calendar day: a date-time's time of day is dropped. */
export function isInRange(value: DayNumber, range: DayRange): boolean {
  const day = Math.floor(value);
  return day >= range.first && day <= range.last;
}
