import { cellValue, isoToSerial } from "../../../src/workbook/xlsx/cell-values";
import { XlsxError } from "../../../src/workbook/xlsx/errors";

const context = { sharedStrings: ["甲", "乙"], date1904: false };
const read = (type: string | undefined, value: string | null, inline: string | null = null) =>
  cellValue({ type, value, inline }, context);

describe("cell values", () => {
  it("reads each SpreadsheetML type in Excel's own terms", () => {
    expect(read("s", "0")).toBe("甲");
    expect(read("s", "1")).toBe("乙");
    expect(read("inlineStr", null, "_x0041_")).toBe("A");
    expect(read("inlineStr", null, "=SUM(A1)")).toBe("=SUM(A1)");
    expect(read("str", "合计")).toBe("合计");
    expect(read("str", "")).toBe("");
    expect(read("b", "1")).toBe(true);
    expect(read("b", "0")).toBe(false);
    expect(read("e", "#N/A")).toEqual({ error: "#N/A" });
    expect(read("n", "45366")).toBe(45366);
    expect(read(undefined, "1.5E-3")).toBe(0.0015);
    expect(read(undefined, " 12 ")).toBe(12);
  });

  it("gives null for cells without a value (a style only, or a formula never calculated)", () => {
    for (const type of [undefined, "n", "s", "str", "b", "e", "d"]) expect(read(type, null)).toBeNull();
    expect(read(undefined, "")).toBeNull();
  });

  it("keeps a number cell that does not hold a number as typed, for validation to name", () => {
    expect(read(undefined, "abc")).toBe("abc");
  });

  it("refuses a shared string that does not exist", () => {
    expect(() => read("s", "2")).toThrow(XlsxError);
    expect(() => read("s", "x")).toThrow(XlsxError);
  });

  it("turns ISO dates into serials of the workbook's date system", () => {
    expect(read("d", "2024-03-15")).toBe(45366);
    expect(cellValue({ type: "d", value: "2024-03-15", inline: null }, { ...context, date1904: true })).toBe(
      43904,
    );
    expect(read("d", "not a date")).toBe("not a date");
  });
});

describe("ISO date → serial", () => {
  it("follows Excel's 1900 system around its phantom 29 February 1900", () => {
    expect(isoToSerial("1900-01-01", false)).toBe(1);
    expect(isoToSerial("1900-02-28", false)).toBe(59);
    expect(isoToSerial("1900-03-01", false)).toBe(61);
    expect(isoToSerial("1899-12-31", false)).toBe(0);
  });

  it("counts from 1904-01-01 in the 1904 system", () => {
    expect(isoToSerial("1904-01-01", true)).toBe(0);
    expect(isoToSerial("1904-01-02", true)).toBe(1);
    expect(isoToSerial("2024-03-15", true)).toBe(isoToSerial("2024-03-15", false)! - 1462);
  });

  it("carries the time of day as a fraction", () => {
    expect(isoToSerial("2024-03-15T12:00:00", false)).toBe(45366.5);
    expect(isoToSerial("2024-03-15 06:00", false)).toBe(45366.25);
    expect(isoToSerial("2024-03-15T18:00:00Z", false)).toBe(45366.75);
    expect(isoToSerial("14:30", false)).toBeCloseTo(14.5 / 24, 12);
    expect(isoToSerial("T00:00:00", false)).toBe(0);
  });

  it("rejects impossible dates and times rather than rolling them over", () => {
    expect(isoToSerial("2024-02-30", false)).toBeNull();
    expect(isoToSerial("2023-02-29", false)).toBeNull();
    expect(isoToSerial("2024-02-29", false)).toBe(45351);
    expect(isoToSerial("2024-01-01T24:01:00", false)).toBeNull();
    expect(isoToSerial("2024-01-01T23:60:00", false)).toBeNull();
    expect(isoToSerial("2024/01/01", false)).toBeNull();
  });
});
