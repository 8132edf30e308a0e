import fc from "fast-check";
import { plainDecimal } from "../../../src/engine/cells/decimal";
import { parsePercent } from "../../../src/engine/cells/percent";
import { BLANK, PLACEHOLDER, failure, value } from "../../../src/engine/cells/types";
import { ctx } from "./helpers";

describe("parsePercent: numbers", () => {
  it.each([
    [0, 0],
    [-0, 0],
    [0.6, 0.6],
    [1, 1],
    [60, 0.6],
    [100, 1],
    [50.5, 0.505],
  ])("takes %p as the fraction %p", (raw, expected) => {
    expect(parsePercent(raw, ctx)).toEqual(value(expected));
  });

  it("takes a bare number just above 1 as percent points", () => {
    const parsed = parsePercent(1.0001, ctx);
    expect(parsed.kind === "value" && parsed.value).toBeCloseTo(0.010001, 12);
  });

  it.each([
    [101, "percent-out-of-range"],
    [100.0001, "percent-out-of-range"],
    [-0.0001, "percent-out-of-range"],
    [-60, "percent-out-of-range"],
    [Number.NaN, "not-a-percent"],
    [Number.POSITIVE_INFINITY, "not-a-percent"],
    [Number.NEGATIVE_INFINITY, "not-a-percent"],
  ] as const)("rejects %p with %p", (raw, code) => {
    expect(parsePercent(raw, ctx)).toEqual(failure(code));
  });
});

describe("parsePercent: text", () => {
  it.each([
    ["60%", 0.6],
    ["60 %", 0.6],
    ["６０％", 0.6],
    ["0.6", 0.6],
    ["60", 0.6],
    ["100%", 1],
    ["100", 1],
    ["100.0%", 1],
    ["1", 1],
    ["1.0", 1],
    ["1.0001", 0.010001],
    ["1%", 0.01],
    ["0.5%", 0.005],
    ["0%", 0],
    ["-0%", 0],
    ["0", 0],
    ["60.5%", 0.605],
  ])("reads %p as the fraction %p", (raw, expected) => {
    expect(parsePercent(raw, ctx)).toEqual(value(expected));
  });

  it.each([
    ["101%", "percent-out-of-range"],
    ["100.01%", "percent-out-of-range"],
    ["101", "percent-out-of-range"],
    ["1,000%", "percent-out-of-range"],
    ["-1%", "percent-out-of-range"],
    ["-0.5", "percent-out-of-range"],
    ["60%%", "not-a-percent"],
    ["%60", "not-a-percent"],
    ["60 % %", "not-a-percent"],
    ["六十%", "not-a-percent"],
    ["60％左右", "not-a-percent"],
    ["abc", "not-a-percent"],
    ["#N/A", "not-a-percent"],
    ["TRUE", "not-a-percent"],
  ] as const)("rejects %p with %p", (raw, code) => {
    expect(parsePercent(raw, ctx)).toEqual(failure(code));
  });

  it.each([
    [true, failure("not-a-percent")],
    [{ error: "#N/A" }, failure("excel-error")],
    [undefined, BLANK],
    ["\u3000", BLANK],
    ["未知", PLACEHOLDER],
  ])("reads %p as %p", (raw, expected) => {
    expect(parsePercent(raw, ctx)).toEqual(expected);
  });

  it("reads whole percent points the same typed as text with % or as a number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 100 }), (points) => {
        const expected = value(points / 100);
        expect(parsePercent(`${points}%`, ctx)).toEqual(expected);
        expect(parsePercent(String(points), ctx)).toEqual(expected);
        expect(parsePercent(points, ctx)).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });

  it("keeps any fraction from 0 to 1 as it is, number or text", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (fraction) => {
        const expected = value(fraction === 0 ? 0 : fraction);
        expect(parsePercent(fraction, ctx)).toEqual(expected);
        expect(parsePercent(plainDecimal(fraction), ctx)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
