import fc from "fast-check";
import { dayFromYmd } from "../../../src/engine/cells/calendar";
import { createRng } from "../../../src/template/prng";
import {
  dayBetween,
  officeTime,
  toWorkday,
  weekday,
  workdayBetween,
} from "../../../src/template/sample/dates";

describe("weekday", () => {
  it("knows 1970-01-01 was a Thursday and 2026-11-16 a Monday", () => {
    expect(weekday(0)).toBe(4);
    expect(weekday(dayFromYmd(2026, 11, 16))).toBe(1);
    expect(weekday(-1)).toBe(3);
  });
});

describe("toWorkday", () => {
  const friday = dayFromYmd(2026, 11, 13);
  it("keeps Friday, moves Saturday back and Sunday forward", () => {
    expect(toWorkday(friday)).toBe(friday);
    expect(toWorkday(friday + 1)).toBe(friday);
    expect(toWorkday(friday + 2)).toBe(friday + 3);
  });
});

describe("dayBetween / workdayBetween", () => {
  it("stays inside the bounds, both inclusive", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 0, max: 30000 }),
        fc.integer({ min: 0, max: 400 }),
        (seed, from, span) => {
          const rng = createRng(seed);
          const a = dayBetween(rng, from, from + span, 1.5);
          const b = workdayBetween(rng, from, from + span);
          return a >= from && a <= from + span && b >= from && b <= from + span;
        },
      ),
      { numRuns: 300 },
    );
  });

  it("returns the lower bound when the range is empty", () => {
    expect(dayBetween(createRng(1), 100, 100)).toBe(100);
    expect(dayBetween(createRng(1), 100, 90)).toBe(100);
  });

  it("reaches both ends of a short range", () => {
    const rng = createRng(3);
    const seen = new Set(Array.from({ length: 200 }, () => dayBetween(rng, 10, 12)));
    expect([...seen].sort()).toEqual([10, 11, 12]);
  });
});

describe("officeTime", () => {
  it("is between 09:00 and 18:55 in five-minute steps", () => {
    const rng = createRng(5);
    for (let i = 0; i < 300; i++) {
      const minutes = Math.round(officeTime(rng) * 1440);
      expect(minutes).toBeGreaterThanOrEqual(9 * 60);
      expect(minutes).toBeLessThanOrEqual(18 * 60 + 55);
      expect(minutes % 5).toBe(0);
    }
  });
});
