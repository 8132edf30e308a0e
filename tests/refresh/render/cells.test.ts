import fc from "fast-check";
import { dayFromYmd } from "../../../src/engine/cells/calendar";
import {
  a1Address,
  columnLetters,
  dateCell,
  decimalCell,
  excelSerial,
  linkCell,
  percentCell,
} from "../../../src/refresh/render/cells";

/** Column letters back to a 0-based index, the way Excel counts (bijective base 26). */
function lettersToIndex(letters: string): number {
  return [...letters].reduce((n, letter) => n * 26 + (letter.charCodeAt(0) - 64), 0) - 1;
}

describe("excelSerial", () => {
  it("matches Excel's 1900-system serials", () => {
    expect(excelSerial(dayFromYmd(1970, 1, 1))).toBe(25569);
    expect(excelSerial(dayFromYmd(2024, 1, 1))).toBe(45292);
    expect(excelSerial(dayFromYmd(1900, 3, 1))).toBe(61);
  });

  it("drops the time of day", () => {
    const day = dayFromYmd(2024, 3, 15);
    expect(excelSerial(day + 0.6041666)).toBe(excelSerial(day));
  });

  it("is a date cell formatted yyyy-mm-dd; blank stays blank", () => {
    expect(dateCell(dayFromYmd(2024, 3, 15))).toEqual({ value: 45366, format: "yyyy-mm-dd" });
    expect(dateCell(null)).toBeNull();
  });
});

describe("number cells", () => {
  it("shows fractions as percent and leaves nothing-to-divide blank", () => {
    expect(percentCell(0.6)).toEqual({ value: 0.6, format: "0.0%" });
    expect(percentCell(0)).toEqual({ value: 0, format: "0.0%" });
    expect(percentCell(null)).toBeNull();
    expect(percentCell(Number.NaN)).toBeNull();
    expect(decimalCell(1.25)).toEqual({ value: 1.25, format: "0.0" });
    expect(decimalCell(Number.POSITIVE_INFINITY, "#,##0.0")).toBeNull();
  });
});

describe("addresses", () => {
  it("names columns as Excel does at the letter boundaries", () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(a1Address(5, 2)).toBe("C5");
  });

  it("round-trips every column of a sheet (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 16383 }),
        (index) => lettersToIndex(columnLetters(index)) === index,
      ),
    );
  });

  it("links a cell and shows its address", () => {
    expect(linkCell({ sheet: "客户台账", row: 7, column: 27 })).toEqual({
      value: "AB7",
      link: { sheet: "客户台账", row: 7, column: 27 },
    });
  });
});
