import { EXCEL_ERROR, EXCEL_ERROR_CODES, isExcelErrorCode } from "../../../src/engine/cells/errors";
import { failure } from "../../../src/engine/cells/types";

describe("Excel error codes", () => {
  it.each([
    "#N/A",
    "#VALUE!",
    "#REF!",
    "#DIV/0!",
    "#NUM!",
    "#NAME?",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
  ])("knows %p", (code) => {
    expect(EXCEL_ERROR_CODES).toContain(code);
    expect(isExcelErrorCode(code)).toBe(true);
  });

  it("reads codes case-insensitively, as Excel does when one is typed", () => {
    expect(isExcelErrorCode("#n/a")).toBe(true);
    expect(isExcelErrorCode("#div/0!")).toBe(true);
  });

  it.each(["N/A", "#N/A ", "#NA", "#", "", "#VALUE"])("does not take %p for a code", (text) => {
    expect(isExcelErrorCode(text)).toBe(false);
  });

  it("has one shared, frozen outcome for error values", () => {
    expect(EXCEL_ERROR).toEqual(failure("excel-error"));
    expect(Object.isFrozen(EXCEL_ERROR)).toBe(true);
  });
});
