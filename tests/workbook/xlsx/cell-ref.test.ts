import fc from "fast-check";
import {
  absoluteAddress,
  cellAddress,
  columnIndex,
  columnName,
  formatRange,
  MAX_COLUMNS,
  MAX_ROWS,
  parseCellAddress,
  parseRange,
  quoteSheetName,
  rangeContains,
  unionRange,
} from "../../../src/workbook/xlsx/cell-ref";

describe("column names", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [MAX_COLUMNS - 1, "XFD"],
  ])("column %i is %s and back", (index, name) => {
    expect(columnName(index)).toBe(name);
    expect(columnIndex(name)).toBe(index);
    expect(columnIndex(name.toLowerCase())).toBe(index);
  });

  it("rejects names past XFD and anything that is not letters", () => {
    expect(columnIndex("XFE")).toBe(-1);
    expect(columnIndex("")).toBe(-1);
    expect(columnIndex("A1")).toBe(-1);
    expect(columnIndex("Ä")).toBe(-1);
  });

  it("round-trips every column", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_COLUMNS - 1 }), (n) => columnIndex(columnName(n)) === n),
    );
  });
});

describe("cell addresses", () => {
  it("reads relative, absolute and lower-case addresses", () => {
    expect(parseCellAddress("B12")).toEqual({ row: 12, column: 1 });
    expect(parseCellAddress("$B$12")).toEqual({ row: 12, column: 1 });
    expect(parseCellAddress("b12")).toEqual({ row: 12, column: 1 });
  });

  it("accepts the sheet's last row and column and nothing past them", () => {
    expect(parseCellAddress(`XFD${MAX_ROWS}`)).toEqual({ row: MAX_ROWS, column: MAX_COLUMNS - 1 });
    expect(parseCellAddress(`A${MAX_ROWS + 1}`)).toBeNull();
    expect(parseCellAddress("XFE1")).toBeNull();
    expect(parseCellAddress("A0")).toBeNull();
    expect(parseCellAddress("A1")).toEqual({ row: 1, column: 0 });
  });

  it.each(["", "12", "A", "A1B", "A-1", "$$A1", "A 1"])("rejects %p", (ref) => {
    expect(parseCellAddress(ref)).toBeNull();
  });

  it("round-trips every cell", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_ROWS }),
        fc.integer({ min: 0, max: MAX_COLUMNS - 1 }),
        (row, column) => {
          expect(parseCellAddress(cellAddress(row, column))).toEqual({ row, column });
          expect(parseCellAddress(absoluteAddress(row, column))).toEqual({ row, column });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("ranges", () => {
  it("orders the corners and formats single cells without a colon", () => {
    expect(parseRange("C5:A1")).toEqual({ first: { row: 1, column: 0 }, last: { row: 5, column: 2 } });
    expect(formatRange(parseRange("B2")!)).toBe("B2");
    expect(formatRange(parseRange("A1:N10")!)).toBe("A1:N10");
    expect(parseRange("A1:")).toBeNull();
  });

  it("unions and contains", () => {
    const a = parseRange("A1:N10")!;
    const b = parseRange("O3:R12")!;
    expect(formatRange(unionRange(a, b))).toBe("A1:R12");
    expect(rangeContains(b, parseRange("P4")!)).toBe(true);
    expect(rangeContains(b, parseRange("N4")!)).toBe(false);
    expect(rangeContains(b, parseRange("O3:R12")!)).toBe(true);
    expect(rangeContains(b, parseRange("O3:R13")!)).toBe(false);
  });
});

describe("sheet names in formulas", () => {
  it("always quotes and doubles apostrophes", () => {
    expect(quoteSheetName("客户台账")).toBe("'客户台账'");
    expect(quoteSheetName("Bob's")).toBe("'Bob''s'");
  });
});
