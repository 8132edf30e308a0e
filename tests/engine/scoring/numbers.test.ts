import fc from "fast-check";
import {
  atLeast,
  atMost,
  formatNumber,
  formatPercent,
  roundHalfUp,
} from "../../../src/engine/scoring/numbers";

describe("atLeast / atMost", () => {
  it("is inclusive on the bound and strict one step either side", () => {
    expect(atLeast(50, 50)).toBe(true);
    expect(atLeast(49.99, 50)).toBe(false);
    expect(atLeast(50.01, 50)).toBe(true);
    expect(atMost(30, 30)).toBe(true);
    expect(atMost(31, 30)).toBe(false);
    expect(atMost(29, 30)).toBe(true);
  });

  it("absorbs binary noise around the bound, and nothing a cell can express", () => {
    expect(atLeast(0.1 + 0.7, 0.8)).toBe(true);
    expect(atMost(0.1 + 0.2, 0.3)).toBe(true);
    expect(atLeast(0.7999999, 0.8)).toBe(false);
    expect(atLeast(999_999.999, 1_000_000)).toBe(false);
  });

  it("treats Infinity as reachable only by Infinity", () => {
    expect(atLeast(1e300, Number.POSITIVE_INFINITY)).toBe(false);
    expect(atMost(-1e300, Number.NEGATIVE_INFINITY)).toBe(false);
    expect(atLeast(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY)).toBe(true);
    expect(atMost(0, Number.POSITIVE_INFINITY)).toBe(true);
  });
});

describe("roundHalfUp", () => {
  it.each([
    [72.5, 1, 72.5],
    [72.25, 1, 72.3],
    [72.24, 1, 72.2],
    [79.95, 1, 80],
    [79.94, 1, 79.9],
    [1.005, 2, 1.01],
    [68.14999999999999, 1, 68.2],
    [0, 1, 0],
    [100, 1, 100],
  ])("roundHalfUp(%p, %i) = %p", (value, decimals, expected) => {
    expect(roundHalfUp(value, decimals)).toBe(expected);
  });

  it("is within half a step of its input and idempotent", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (value) => {
        const rounded = roundHalfUp(value, 1);
        return Math.abs(rounded - value) <= 0.05 + 1e-9 && roundHalfUp(rounded, 1) === rounded;
      }),
    );
  });
});

describe("formatNumber / formatPercent", () => {
  it("shows at most two decimals without trailing zeros", () => {
    expect(formatNumber(8 / 3)).toBe("2.67");
    expect(formatNumber(50)).toBe("50");
    expect(formatNumber(0.3)).toBe("0.3");
    expect(formatPercent(0.8)).toBe("80%");
    expect(formatPercent(0.655)).toBe("65.5%");
  });
});
