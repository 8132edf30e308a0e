import fc from "fast-check";
import { dayFromYmd } from "../../../src/engine/cells/calendar";
import { formatDate, parseDate } from "../../../src/engine/cells/date";
import { LAST_EXCEL_DAY, SECONDS_PER_DAY, withTimeOfDay } from "../../../src/engine/cells/serial";
import { BLANK, PLACEHOLDER, failure, value } from "../../../src/engine/cells/types";
import { ctx, ctx1904 } from "./helpers";

const WITH_TIME = { allowTime: true };
const DAY_ONLY = { allowTime: false };
const march15 = dayFromYmd(2024, 3, 15);
const march15At1430 = withTimeOfDay(march15, 14 * 3600 + 30 * 60);

describe("parseDate", () => {
  it.each([
    [45366, march15],
    ["2024-03-15", march15],
    ["２０２４－０３－１５", march15],
    ["２０２４年３月１５日", march15],
    [" 2024/3/15 ", march15],
  ])("reads %p", (raw, expected) => {
    expect(parseDate(raw, ctx, DAY_ONLY)).toEqual(value(expected));
    expect(parseDate(raw, ctx, WITH_TIME)).toEqual(value(expected));
  });

  it.each([45366.604166666664, "2024-03-15 14:30", "2024-03-1514:30", "２０２４－０３－１５　１４：３０"])(
    "keeps the time of %p when allowed and drops it otherwise",
    (raw) => {
      expect(parseDate(raw, ctx, WITH_TIME)).toEqual(value(march15At1430));
      expect(parseDate(raw, ctx, DAY_ONLY)).toEqual(value(march15));
    },
  );

  it("reads serials in the workbook's date system", () => {
    expect(parseDate(0, ctx1904, DAY_ONLY)).toEqual(value(dayFromYmd(1904, 1, 1)));
    expect(parseDate(1, ctx1904, DAY_ONLY)).toEqual(value(dayFromYmd(1904, 1, 2)));
    expect(parseDate(0, ctx, DAY_ONLY)).toEqual(failure("impossible-date"));
    expect(parseDate(1, ctx, DAY_ONLY)).toEqual(value(dayFromYmd(1900, 1, 1)));
    expect(parseDate("2024-03-15", ctx1904, DAY_ONLY)).toEqual(value(march15));
  });

  it.each([
    [60, failure("impossible-date")],
    [2958466, failure("out-of-range")],
    [Number.NaN, failure("not-a-date")],
    [true, failure("not-a-date")],
    ["#N/A", failure("not-a-date")],
    [{ error: "#N/A" }, failure("excel-error")],
    ["15/03/2024", failure("day-first")],
    [null, BLANK],
    ["", BLANK],
    ["待确认", PLACEHOLDER],
    ["TBD", PLACEHOLDER],
  ])("reads %p as %p", (raw, expected) => {
    expect(parseDate(raw, ctx, WITH_TIME)).toEqual(expected);
  });
});

describe("formatDate", () => {
  it.each([
    [march15, false, "2024-03-15"],
    [march15At1430, false, "2024-03-15"],
    [march15, true, "2024-03-15 00:00"],
    [march15At1430, true, "2024-03-15 14:30"],
    [withTimeOfDay(march15, 14 * 3600 + 30 * 60 + 15), true, "2024-03-15 14:30:15"],
    [withTimeOfDay(dayFromYmd(1900, 1, 1), 1), true, "1900-01-01 00:00:01"],
    [march15 + 0.9999999999, true, "2024-03-16 00:00"],
  ])("writes %p (time: %p) as %p", (dayTime, withTime, expected) => {
    expect(formatDate(dayTime, withTime)).toBe(expected);
  });

  const anyDay = fc.integer({ min: dayFromYmd(1900, 1, 1), max: LAST_EXCEL_DAY });

  it("writes dates that parse back to the same day", () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        expect(parseDate(formatDate(day, false), ctx, DAY_ONLY)).toEqual(value(day));
      }),
      { numRuns: 300 },
    );
  });

  it("writes date-times that parse back to the same day number", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: SECONDS_PER_DAY - 1 }), (day, second) => {
        const dayTime = withTimeOfDay(day, second);
        expect(parseDate(formatDate(dayTime, true), ctx, WITH_TIME)).toEqual(value(dayTime));
      }),
      { numRuns: 300 },
    );
  });
});
