import { formatGeneral } from "../../../src/engine/cells/general-format";

describe("formatGeneral (Excel's General format, default column width)", () => {
  it.each([
    [0, "0"],
    [-0, "0"],
    [1, "1"],
    [-42, "-42"],
    [45366, "45366"],
    [0.5, "0.5"],
    [0.1 + 0.2, "0.3"],
    [1 / 3, "0.333333333"],
    [-1 / 3, "-0.333333333"],
    [Math.PI, "3.141592654"],
    [123456.789012, "123456.789"],
    [1234567890.5, "1234567891"],
    [99999999999, "99999999999"],
    [99999999999.6, "1E+11"],
    [1e11, "1E+11"],
    [123456789012, "1.23457E+11"],
    [-123456789012, "-1.23457E+11"],
    [0.0001, "0.0001"],
    [0.000123456789, "0.000123457"],
    [0.00001, "1E-05"],
    [0.0000123, "1.23E-05"],
    [1.5e-300, "1.5E-300"],
  ])("shows %p as %p", (n, expected) => {
    expect(formatGeneral(n)).toBe(expected);
  });

  it("writes non-finite numbers as JavaScript does (Excel never hands them over)", () => {
    expect(formatGeneral(Number.NaN)).toBe("NaN");
    expect(formatGeneral(Number.NEGATIVE_INFINITY)).toBe("-Infinity");
  });
});
