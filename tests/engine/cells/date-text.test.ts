import { dayFromYmd } from "../../../src/engine/cells/calendar";
import { dateFromText } from "../../../src/engine/cells/date-text";
import { withTimeOfDay } from "../../../src/engine/cells/serial";
import { failure, value } from "../../../src/engine/cells/types";

const at = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0) =>
  withTimeOfDay(dayFromYmd(year, month, day), hour * 3600 + minute * 60 + second);

describe("dateFromText: accepted forms", () => {
  it.each([
    ["2024-03-15", at(2024, 3, 15)],
    ["2024/3/15", at(2024, 3, 15)],
    ["2024/03/15", at(2024, 3, 15)],
    ["2024.03.15", at(2024, 3, 15)],
    ["2024.3.5", at(2024, 3, 5)],
    ["2024年3月15日", at(2024, 3, 15)],
    ["2024年03月05日", at(2024, 3, 5)],
    ["2024-02-29", at(2024, 2, 29)],
    ["2000-02-29", at(2000, 2, 29)],
    ["1900-01-01", at(1900, 1, 1)],
    ["9999-12-31", at(9999, 12, 31)],
  ])("reads %p", (text, expected) => {
    expect(dateFromText(text)).toEqual(value(expected));
  });

  it.each([
    ["2024-03-15 14:30", at(2024, 3, 15, 14, 30)],
    ["2024-03-15T14:30", at(2024, 3, 15, 14, 30)],
    ["2024-03-15 14:30:15", at(2024, 3, 15, 14, 30, 15)],
    ["2024-03-15 9:05", at(2024, 3, 15, 9, 5)],
    ["2024-03-15 00:00", at(2024, 3, 15)],
    ["2024-03-15 23:59:59", at(2024, 3, 15, 23, 59, 59)],
    ["2024/3/5 14:30", at(2024, 3, 5, 14, 30)],
    ["2024.03.15T08:00:01", at(2024, 3, 15, 8, 0, 1)],
    ["2024年3月15日 14:30", at(2024, 3, 15, 14, 30)],
    ["2024年3月15日14:30", at(2024, 3, 15, 14, 30)],
  ])("reads %p with its time", (text, expected) => {
    expect(dateFromText(text)).toEqual(value(expected));
  });

  it.each([
    ["2024-03-1514:30", at(2024, 3, 15, 14, 30)],
    ["2024-03-1514:30:15", at(2024, 3, 15, 14, 30, 15)],
    ["2024-03-159:30", at(2024, 3, 15, 9, 30)],
    ["2024/03/0508:00", at(2024, 3, 5, 8, 0)],
    ["2024.12.3123:59", at(2024, 12, 31, 23, 59)],
  ])("splits the glued form %p after a two-digit day", (text, expected) => {
    expect(dateFromText(text)).toEqual(value(expected));
  });
});

describe("dateFromText: rejected forms", () => {
  it.each([
    ["24-3-15", "two-digit-year"],
    ["24/03/15", "two-digit-year"],
    ["24.03.15", "two-digit-year"],
    ["24-03-15 14:30", "two-digit-year"],
    ["24年3月15日", "two-digit-year"],
    ["15/03/2024", "day-first"],
    ["15.03.2024", "day-first"],
    ["15-03-2024", "day-first"],
    ["3/15/2024", "day-first"],
    ["15/03/2024 14:30", "day-first"],
    ["24-03-2024", "day-first"],
  ] as const)("refuses to guess %p: %p", (text, code) => {
    expect(dateFromText(text)).toEqual(failure(code));
  });

  it.each([
    ["2023-02-29", "impossible-date"],
    ["2024-02-30", "impossible-date"],
    ["1900-02-29", "impossible-date"],
    ["2024-04-31", "impossible-date"],
    ["2024-13-01", "impossible-date"],
    ["2024-00-10", "impossible-date"],
    ["2024-01-00", "impossible-date"],
    ["2024年2月30日", "impossible-date"],
    ["2024-3-514:30", "impossible-date"],
    ["2024-03-15 24:00", "impossible-date"],
    ["2024-03-15 14:60", "impossible-date"],
    ["2024-03-15 14:30:60", "impossible-date"],
    ["1899-12-31", "out-of-range"],
    ["0024-03-15", "out-of-range"],
  ] as const)("rejects %p as %p", (text, code) => {
    expect(dateFromText(text)).toEqual(failure(code));
  });

  it.each([
    "2024-03",
    "2024年3月",
    "2024年3月15",
    "2024-3/15",
    "2024-03-123",
    "2024-03-12345:00",
    "2024-03-15 14",
    "2024-03-15 14:3",
    "2024-03-15 14:30:1",
    "2024-03-15 14:30 PM",
    "2024-03-15 abc",
    "2024-03-15abc",
    "2024-03-15  14:30x",
    "20240315",
    "45366",
    "20245-03-15",
    "March 15, 2024",
    "#N/A",
    "TRUE",
    "",
  ])("does not read %p as a date", (text) => {
    expect(dateFromText(text)).toEqual(failure("not-a-date"));
  });
});
