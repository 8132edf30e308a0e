/**
 * Calendar arithmetic on day numbers: whole days since 1970-01-01 (UTC, no time zones). A
 * date-time is a day number plus a fraction of a day, so "compare by calendar day" is a floor.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

export function dayFromYmd(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * `dayFromYmd` by integer arithmetic, without a Date per call (a million dates typed as text go
 * through here): the proleptic Gregorian days-from-civil count. For real dates of years 100 and
 * later, where `Date.UTC` reads the year as given.
 */
export function dayFromRealYmd(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - DAYS_FROM_0000_03_01_TO_EPOCH;
}

/** Days from 0000-03-01 (the start of the algorithm's era 0) to 1970-01-01. */
const DAYS_FROM_0000_03_01_TO_EPOCH = 719_468;

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function ymdFromDay(day: DayNumber): { year: number; month: number; day: number } {
  const d = new Date(Math.floor(day) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Adds calendar months; a day past the target month's end clamps to its last day. */
export function addMonths(day: DayNumber, months: number): DayNumber {
  const ymd = ymdFromDay(day);
  const total = ymd.year * 12 + (ymd.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return dayFromYmd(year, month, Math.min(ymd.day, daysInMonth(year, month)));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** `YYYY-MM-DD` of the calendar day (time of day dropped). */
export function formatDay(day: DayNumber): string {
  const { year, month, day: d } = ymdFromDay(day);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(d, 2)}`;
}

/** `YYYY-MM-DD HH:MM` when the value carries a time of day, else `YYYY-MM-DD`. */
export function formatDayTime(value: DayNumber): string {
  const minutes = Math.round((value - Math.floor(value)) * 1440);
  if (minutes === 0) return formatDay(value);
  return `${formatDay(value)} ${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
}

/** `YYYY-MM` month key of a day, used by trends and period filters. */
export function monthKey(day: DayNumber): string {
  return formatDay(day).slice(0, 7);
}

/** Strict `YYYY-MM-DD` (used for --as-of and settings); null when not a real date. */
export function parseIsoDay(text: string): DayNumber | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(y, mo, d) ? dayFromYmd(y, mo, d) : null;
}

/** Today's calendar day on this computer's clock, in its local time zone. */
export function localToday(now: Date = new Date()): DayNumber {
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
