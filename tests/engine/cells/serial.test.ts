import fc from "fast-check";
import { dayFromYmd } from "../../../src/engine/cells/calendar";
import {
  LAST_EXCEL_DAY,
  SECONDS_PER_DAY,
  dayFromSerial,
  serialFromDay,
  splitDayTime,
  withTimeOfDay,
} from "../../../src/engine/cells/serial";
import { failure, value } from "../../../src/engine/cells/types";

const at = (year: number, month: number, day: number, seconds = 0) =>
  withTimeOfDay(dayFromYmd(year, month, day), seconds);

describe("dayFromSerial, 1900 system", () => {
  it.each([
    [1, at(1900, 1, 1)],
    [2, at(1900, 1, 2)],
    [59, at(1900, 2, 28)],
    [61, at(1900, 3, 1)],
    [62, at(1900, 3, 2)],
    [45366, at(2024, 3, 15)],
    [2958465, at(9999, 12, 31)],
    [45366.5, at(2024, 3, 15, 12 * 3600)],
    [45366.604166666664, at(2024, 3, 15, 14 * 3600 + 30 * 60)],
    [2958465.5, at(9999, 12, 31, 12 * 3600)],
    [1.25, at(1900, 1, 1, 6 * 3600)],
  ])("reads serial %p", (serial, expected) => {
    expect(dayFromSerial(serial, false)).toEqual(value(expected));
  });

  it.each([
    [60, "impossible-date"],
    [60.5, "impossible-date"],
    [0, "impossible-date"],
    [0.5, "impossible-date"],
    [-1, "impossible-date"],
    [-45366, "impossible-date"],
    [2958466, "out-of-range"],
    [1e300, "out-of-range"],
    [Number.MAX_VALUE, "out-of-range"],
    [-Number.MAX_VALUE, "impossible-date"],
    [Number.NaN, "not-a-date"],
    [Number.POSITIVE_INFINITY, "not-a-date"],
    [Number.NEGATIVE_INFINITY, "not-a-date"],
  ] as const)("rejects serial %p with %p", (serial, code) => {
    expect(dayFromSerial(serial, false)).toEqual(failure(code));
  });

  it("rounds the time to the second, carrying into the next day at midnight", () => {
    expect(dayFromSerial(45366.999999999, false)).toEqual(value(at(2024, 3, 16)));
    expect(dayFromSerial(45366 + 1 / SECONDS_PER_DAY / 3, false)).toEqual(value(at(2024, 3, 15)));
  });
});

describe("dayFromSerial, 1904 system", () => {
  it.each([
    [0, at(1904, 1, 1)],
    [1, at(1904, 1, 2)],
    [59, at(1904, 2, 29)],
    [60, at(1904, 3, 1)],
    [43904, at(2024, 3, 15)],
    [2957003, at(9999, 12, 31)],
    [0.75, at(1904, 1, 1, 18 * 3600)],
  ])("reads serial %p", (serial, expected) => {
    expect(dayFromSerial(serial, true)).toEqual(value(expected));
  });

  it.each([
    [-1, "impossible-date"],
    [-0.5, "impossible-date"],
    [2957004, "out-of-range"],
  ] as const)("rejects serial %p with %p", (serial, code) => {
    expect(dayFromSerial(serial, true)).toEqual(failure(code));
  });
});

describe("serialFromDay", () => {
  it.each([
    [at(1900, 1, 1), false, 1],
    [at(1900, 2, 28), false, 59],
    [at(1900, 3, 1), false, 61],
    [at(2024, 3, 15), false, 45366],
    [at(9999, 12, 31), false, 2958465],
    [at(1904, 1, 1), true, 0],
    [at(2024, 3, 15), true, 43904],
    [at(2024, 3, 15, 12 * 3600), false, 45366.5],
  ])("writes %p (1904: %p) as %p", (day, date1904, serial) => {
    expect(serialFromDay(day, date1904)).toBe(serial);
  });

  const seconds = fc.integer({ min: 0, max: SECONDS_PER_DAY - 1 });

  it.each([
    [false, dayFromYmd(1900, 1, 1)],
    [true, dayFromYmd(1904, 1, 1)],
  ])("is read back exactly by dayFromSerial (1904: %p)", (date1904, firstDay) => {
    fc.assert(
      fc.property(fc.integer({ min: firstDay, max: LAST_EXCEL_DAY }), seconds, (day, second) => {
        const dayTime = withTimeOfDay(day, second);
        expect(dayFromSerial(serialFromDay(dayTime, date1904), date1904)).toEqual(value(dayTime));
      }),
      { numRuns: 300 },
    );
  });
});

describe("splitDayTime", () => {
  it("splits a day number into the day and the second of the day", () => {
    expect(splitDayTime(at(2024, 3, 15, 52215))).toEqual({
      day: dayFromYmd(2024, 3, 15),
      secondOfDay: 52215,
    });
    expect(splitDayTime(at(1950, 6, 1, 86399))).toEqual({ day: dayFromYmd(1950, 6, 1), secondOfDay: 86399 });
  });

  it("undoes withTimeOfDay for every day and second, before and after 1970", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayFromYmd(1900, 1, 1), max: LAST_EXCEL_DAY }),
        fc.integer({ min: 0, max: SECONDS_PER_DAY - 1 }),
        (day, secondOfDay) => {
          expect(splitDayTime(withTimeOfDay(day, secondOfDay))).toEqual({ day, secondOfDay });
        },
      ),
      { numRuns: 300 },
    );
  });
});
