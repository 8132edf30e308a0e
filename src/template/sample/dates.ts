import type { DayNumber } from "../../engine/cells/calendar";
import type { Rng } from "../prng";

/** 0 = Sunday … 6 = Saturday; 1970-01-01 (day 0) was a Thursday. */
export function weekday(day: DayNumber): number {
  return (((Math.floor(day) + 4) % 7) + 7) % 7;
}

/** Moves a weekend day to the nearest working day (Saturday → Friday, Sunday → Monday). */
export function toWorkday(day: DayNumber): DayNumber {
  const dow = weekday(day);
  if (dow === 6) return day - 1;
  if (dow === 0) return day + 1;
  return day;
}

/** A day in [from, to], leaning towards `to` when `recentBias` > 1 (ledgers grow over time). */
export function dayBetween(rng: Rng, from: DayNumber, to: DayNumber, recentBias = 1): DayNumber {
  if (to <= from) return from;
  const offset = Math.floor((to - from + 1) * Math.pow(rng.next(), recentBias));
  return to - Math.min(offset, to - from);
}

/** A working day in [from, to]: the pick, moved off a weekend when that stays in range. */
export function workdayBetween(rng: Rng, from: DayNumber, to: DayNumber, recentBias = 1): DayNumber {
  const day = dayBetween(rng, from, to, recentBias);
  const moved = toWorkday(day);
  return moved >= from && moved <= to ? moved : day;
}

/** Office hours 09:00–18:55 in five-minute steps, as a fraction of a day. */
export function officeTime(rng: Rng): number {
  const hour = rng.weighted<number>([
    [9, 3],
    [10, 5],
    [11, 4],
    [13, 2],
    [14, 5],
    [15, 5],
    [16, 4],
    [17, 2],
    [18, 1],
  ]);
  const minute = 5 * rng.int(0, 11);
  return (hour * 60 + minute) / 1440;
}
