import fc from "fast-check";
import { addMonths } from "../../../src/engine/cells/calendar";
import {
  firstDayOfMonthIndex,
  isInRange,
  monthIndexOf,
  monthsRange,
} from "../../../src/engine/funnel/months";
import { day } from "./records";

describe("month indexes", () => {
  it("number consecutive months consecutively across a year end", () => {
    expect(monthIndexOf(day(2024, 1, 1)) - monthIndexOf(day(2023, 12, 31))).toBe(1);
    expect(monthIndexOf(day(2024, 1, 31))).toBe(monthIndexOf(day(2024, 1, 1)));
  });

  it("map back to the first day of the month", () => {
    fc.assert(
      fc.property(fc.integer({ min: day(1990, 1, 1), max: day(2090, 12, 31) }), (d) => {
        const first = firstDayOfMonthIndex(monthIndexOf(d));
        expect(first).toBeLessThanOrEqual(d);
        expect(addMonths(first, 1)).toBeGreaterThan(d);
        expect(monthIndexOf(first - 1)).toBe(monthIndexOf(d) - 1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("monthsRange and isInRange", () => {
  const q1 = monthsRange(monthIndexOf(day(2024, 1, 1)), 3);

  it("covers whole months, both ends included", () => {
    expect(q1).toEqual({ first: day(2024, 1, 1), last: day(2024, 3, 31) });
    expect(isInRange(day(2024, 1, 1), q1)).toBe(true);
    expect(isInRange(day(2024, 3, 31) + 0.999, q1)).toBe(true);
    expect(isInRange(day(2023, 12, 31) + 0.999, q1)).toBe(false);
    expect(isInRange(day(2024, 4, 1), q1)).toBe(false);
  });
});
