import { dayFromYmd, isValidYmd, type DayNumber } from "./calendar";
import { SECONDS_PER_HOUR, SECONDS_PER_MINUTE, withTimeOfDay } from "./serial";
import { failure, value, type Parsed } from "./types";

/**
 * Dates typed as text: `2024-03-15`, `2024/3/15`, `2024.03.15`, `2024年3月15日`, each with an
 * optional time `14:30` or `14:30:15` after a space, a `T`, or glued on (`2024-03-1514:30`).
 * Nothing else is read and nothing is guessed: two-digit years and day-first orders are errors.
 */

/** Year, separator, month, the day's digit run (it may carry a glued hour), then the rest. */
const NUMERIC_DATE = /^(\d{4})([-/.])(\d{1,2})\2(\d+)(.*)$/;
/** Year, month, day around 年 月 日, then the rest. */
const CJK_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日(.*)$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
/** `15/03/2024`, `15.03.2024`, `3-15-2024`: the year last. */
const DAY_FIRST = /^\d{1,2}([-/.])\d{1,2}\1\d{4}(?!\d)/;
/** `24-3-15`, `24/03/15`, `24年3月15日`. */
const TWO_DIGIT_YEAR = /^\d{2}(?:([-/.])\d{1,2}\1\d|年\d{1,2}月\d)/;

/** Excel's calendar starts in 1900; an earlier year in a sales ledger is a typo. */
const FIRST_YEAR = 1900;
/** A day is written with one or two digits. */
const MAX_DAY_DIGITS = 2;
/** In the glued form `2024-03-1514:30` the day is always two digits, so `1514` splits 15 | 14. */
const GLUED_DAY_DIGITS = 2;
/** Every month has a 28th: only later days need the (slower) calendar check. */
const DAYS_IN_EVERY_MONTH = 28;
const MONTHS_IN_YEAR = 12;
const MAX_HOUR = 23;
const MAX_MINUTE = 59;
const MAX_SECOND = 59;

const NOT_A_DATE = failure("not-a-date");
const IMPOSSIBLE_DATE = failure("impossible-date");
const OUT_OF_RANGE = failure("out-of-range");
const TWO_DIGIT_YEAR_ERROR = failure("two-digit-year");
const DAY_FIRST_ERROR = failure("day-first");

/** Reads normalised text as a day number, with the time of day as a fraction when one is given. */
export function dateFromText(text: string): Parsed<DayNumber> {
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric !== null) return numericDate(numeric[1], numeric[3], numeric[4], numeric[5]);
  const cjk = CJK_DATE.exec(text);
  if (cjk !== null) return buildDate(cjk[1], cjk[2], cjk[3], cjkTime(cjk[4]));
  if (DAY_FIRST.test(text)) return DAY_FIRST_ERROR;
  if (TWO_DIGIT_YEAR.test(text)) return TWO_DIGIT_YEAR_ERROR;
  return NOT_A_DATE;
}

function numericDate(year: string, month: string, dayRun: string, rest: string): Parsed<DayNumber> {
  if (rest === "") return dayRun.length <= MAX_DAY_DIGITS ? buildDate(year, month, dayRun, null) : NOT_A_DATE;
  const first = rest.charAt(0);
  if (first === " " || first === "T") {
    return dayRun.length <= MAX_DAY_DIGITS ? buildDate(year, month, dayRun, rest.slice(1)) : NOT_A_DATE;
  }
  // Glued time: the digit run is the two-digit day followed by the hour's one or two digits.
  const hourDigits = dayRun.length - GLUED_DAY_DIGITS;
  if (first === ":" && hourDigits >= 1 && hourDigits <= 2) {
    return buildDate(year, month, dayRun.slice(0, GLUED_DAY_DIGITS), dayRun.slice(GLUED_DAY_DIGITS) + rest);
  }
  return NOT_A_DATE;
}

/** After 日 a time may follow directly or after one space. */
function cjkTime(rest: string): string | null {
  if (rest === "") return null;
  return rest.charAt(0) === " " ? rest.slice(1) : rest;
}

function buildDate(
  yearText: string,
  monthText: string,
  dayText: string,
  timeText: string | null,
): Parsed<DayNumber> {
  let secondOfDay = 0;
  if (timeText !== null) {
    const seconds = secondsFromTime(timeText);
    if (typeof seconds !== "number") return seconds;
    secondOfDay = seconds;
  }
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (year < FIRST_YEAR) return OUT_OF_RANGE;
  if (!isRealDay(year, month, day)) return IMPOSSIBLE_DATE;
  return value(withTimeOfDay(dayFromYmd(year, month, day), secondOfDay));
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (month >= 1 && month <= MONTHS_IN_YEAR && day >= 1 && day <= DAYS_IN_EVERY_MONTH) return true;
  return isValidYmd(year, month, day);
}

function secondsFromTime(text: string): number | Parsed<never> {
  const time = TIME.exec(text);
  if (time === null) return NOT_A_DATE;
  const hour = Number(time[1]);
  const minute = Number(time[2]);
  const second = time[3] === undefined ? 0 : Number(time[3]);
  if (hour > MAX_HOUR || minute > MAX_MINUTE || second > MAX_SECOND) return IMPOSSIBLE_DATE;
  return hour * SECONDS_PER_HOUR + minute * SECONDS_PER_MINUTE + second;
}
