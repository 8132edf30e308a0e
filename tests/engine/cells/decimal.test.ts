import fc from "fast-check";
import {
  figureValue,
  groupThousands,
  isWholeFigure,
  plainDecimal,
  scanDecimal,
  shiftPoint,
} from "../../../src/engine/cells/decimal";

describe("scanDecimal", () => {
  it.each([
    ["0", false, "0", "", 1],
    ["1234", false, "1234", "", 4],
    ["1,234", false, "1234", "", 5],
    ["1,234,567.25", false, "1234567", "25", 12],
    ["123,456", false, "123456", "", 7],
    ["-5.5万", true, "5", "5", 4],
    [".5", false, "", "5", 2],
    ["5.", false, "5", "", 2],
    ["007", false, "007", "", 3],
    ["12人", false, "12", "", 2],
    ["1.2.3", false, "1", "2", 3],
  ])("reads %p", (text, negative, intDigits, fracDigits, end) => {
    expect(scanDecimal(text, 0)).toEqual({ negative, intDigits, fracDigits, end });
  });

  it("starts where it is told", () => {
    expect(scanDecimal("¥1,200", 1)).toEqual({ negative: false, intDigits: "1200", fracDigits: "", end: 6 });
  });

  it.each([
    "",
    "-",
    ".",
    "-.",
    "abc",
    "1,2,3",
    "1,23,456",
    "12,34,567",
    "1234,567",
    "1,23",
    "1,2345",
    ",123",
    "1,",
    "1,,234",
    "1,234,56",
    "万",
  ])("finds no figure in %p", (text) => {
    expect(scanDecimal(text, 0)).toBeNull();
  });

  it("accepts exactly the properly grouped numbers", () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        const grouped = n.toLocaleString("en-US");
        expect(scanDecimal(grouped, 0)?.intDigits).toBe(String(n));
      }),
      { numRuns: 300 },
    );
  });
});

describe("shiftPoint and figureValue", () => {
  it.each([
    ["1", "2", 4, "12000"],
    ["1", "1", 4, "11000"],
    ["1200000", "", -4, "120"],
    ["3", "", -1, "0.3"],
    ["60", "", -2, "0.6"],
    ["1", "0001", -2, "0.010001"],
    ["007", "500", 0, "7.5"],
    ["", "5", 0, "0.5"],
    ["0", "0", 3, "0"],
  ])("moves %p.%p by %p places to %p", (intDigits, fracDigits, shift, expected) => {
    expect(shiftPoint(intDigits, fracDigits, shift)).toBe(expected);
  });

  it("scales exactly, without binary noise", () => {
    const figure = scanDecimal("1.1", 0);
    expect(figure && figureValue(figure, 4)).toBe(11000);
  });

  it("never returns negative zero", () => {
    const figure = scanDecimal("-0.000", 0);
    expect(figure && Object.is(figureValue(figure, 0), 0)).toBe(true);
  });

  it("is the same as dividing by the power of ten", () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 6 }), (n, places) => {
        const figure = scanDecimal(String(n), 0);
        expect(figure && figureValue(figure, -places)).toBe(n / 10 ** places);
      }),
      { numRuns: 300 },
    );
  });
});

describe("isWholeFigure", () => {
  it.each([
    ["12", true],
    ["12.", true],
    ["12.000", true],
    ["12.5", false],
    ["12.0001", false],
  ])("%p is whole: %p", (text, expected) => {
    const figure = scanDecimal(text, 0);
    expect(figure && isWholeFigure(figure)).toBe(expected);
  });
});

describe("plainDecimal", () => {
  it.each([
    [0, "0"],
    [-0, "0"],
    [120, "120"],
    [1e-7, "0.0000001"],
    [1e21, "1000000000000000000000"],
    [-2.5e-8, "-0.000000025"],
  ])("writes %p as %p", (n, expected) => {
    expect(plainDecimal(n)).toBe(expected);
  });

  it("reads back to the same number for every finite double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = plainDecimal(n);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: 300 },
    );
  });
});

describe("groupThousands", () => {
  it.each([
    ["0", "0"],
    ["123", "123"],
    ["1234", "1,234"],
    ["123456", "123,456"],
    ["1234567", "1,234,567"],
  ])("groups %p as %p", (digits, expected) => {
    expect(groupThousands(digits)).toBe(expected);
  });
});
