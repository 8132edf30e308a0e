import fc from "fast-check";
import { ymdFromDay } from "../../../src/engine/cells/calendar";
import { periodFilter, periodRange } from "../../../src/engine/funnel/period";
import { customer, day } from "./records";

describe("periodRange", () => {
  it("is unbounded for all", () => {
    expect(periodRange(day(2024, 5, 15), "all")).toBeNull();
  });

  it("covers the calendar month of T, leap day included", () => {
    expect(periodRange(day(2024, 2, 10), "month")).toEqual({
      first: day(2024, 2, 1),
      last: day(2024, 2, 29),
    });
    expect(periodRange(day(2023, 2, 28), "month")).toEqual({
      first: day(2023, 2, 1),
      last: day(2023, 2, 28),
    });
  });

  it("covers the calendar quarter of T, whichever month of it T is in", () => {
    const q2 = { first: day(2024, 4, 1), last: day(2024, 6, 30) };
    expect(periodRange(day(2024, 4, 1), "quarter")).toEqual(q2);
    expect(periodRange(day(2024, 5, 15), "quarter")).toEqual(q2);
    expect(periodRange(day(2024, 6, 30), "quarter")).toEqual(q2);
    expect(periodRange(day(2024, 12, 31), "quarter")).toEqual({
      first: day(2024, 10, 1),
      last: day(2024, 12, 31),
    });
    expect(periodRange(day(2025, 1, 1), "quarter")).toEqual({
      first: day(2025, 1, 1),
      last: day(2025, 3, 31),
    });
  });
});

describe("periodFilter", () => {
  const created = (...days: (number | null)[]) => days.map((createdOn) => customer({ createdOn }));
  const kept = (records: ReturnType<typeof created>, asOf: number, period: "all" | "month" | "quarter") =>
    periodFilter(records, asOf, period).map((r) => r.createdOn);

  it("keeps the first and last day of the month and nothing either side", () => {
    const records = created(day(2024, 2, 29), day(2024, 3, 1), day(2024, 3, 31), day(2024, 4, 1));
    expect(kept(records, day(2024, 3, 15), "month")).toEqual([day(2024, 3, 1), day(2024, 3, 31)]);
  });

  it("keeps the first and last day of the quarter and nothing either side", () => {
    const records = created(day(2023, 12, 31), day(2024, 1, 1), day(2024, 3, 31), day(2024, 4, 1));
    expect(kept(records, day(2024, 2, 10), "quarter")).toEqual([day(2024, 1, 1), day(2024, 3, 31)]);
  });

  it("keeps a 录入日期 later in the month than T", () => {
    expect(kept(created(day(2024, 3, 31)), day(2024, 3, 1), "month")).toEqual([day(2024, 3, 31)]);
  });

  it("compares a date carrying a time of day by its calendar day", () => {
    const lateOnLastDay = day(2024, 3, 31) + 0.99;
    expect(kept(created(lateOnLastDay), day(2024, 3, 15), "month")).toEqual([lateOnLastDay]);
  });

  it("drops records without 录入日期 from month and quarter, keeps them for all", () => {
    const records = created(null, day(2024, 3, 5));
    expect(kept(records, day(2024, 3, 15), "month")).toEqual([day(2024, 3, 5)]);
    expect(kept(records, day(2024, 3, 15), "quarter")).toEqual([day(2024, 3, 5)]);
    expect(kept(records, day(2024, 3, 15), "all")).toEqual([null, day(2024, 3, 5)]);
  });

  it("agrees with the calendar for any pair of days", () => {
    const dayArb = fc.integer({ min: day(2020, 1, 1), max: day(2027, 12, 31) });
    fc.assert(
      fc.property(dayArb, dayArb, (createdOn, asOf) => {
        const a = ymdFromDay(createdOn);
        const b = ymdFromDay(asOf);
        const records = [customer({ createdOn })];
        const sameMonth = a.year === b.year && a.month === b.month;
        const sameQuarter = a.year === b.year && Math.ceil(a.month / 3) === Math.ceil(b.month / 3);
        expect(periodFilter(records, asOf, "month")).toHaveLength(sameMonth ? 1 : 0);
        expect(periodFilter(records, asOf, "quarter")).toHaveLength(sameQuarter ? 1 : 0);
      }),
      { numRuns: 300 },
    );
  });
});
