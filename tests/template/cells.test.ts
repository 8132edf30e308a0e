import { EXCEL_SERIAL_OF_DAY_ZERO, overridesFormat, toExcelValue } from "../../src/template/cells";
import { dayFromYmd } from "../../src/engine/cells/calendar";

describe("toExcelValue", () => {
  it("passes plain values through, formulas-to-be included", () => {
    expect(toExcelValue("=SUM(A1)")).toBe("=SUM(A1)");
    expect(toExcelValue(42)).toBe(42);
    expect(toExcelValue(null)).toBeNull();
  });

  it("turns days into 1900-system serials", () => {
    expect(EXCEL_SERIAL_OF_DAY_ZERO).toBe(25_569);
    expect(toExcelValue({ day: dayFromYmd(2024, 3, 15) })).toBe(45_366);
    expect(toExcelValue({ day: dayFromYmd(2024, 3, 15) + 0.5 })).toBe(45_366.5);
  });

  it("writes known Excel errors as errors and anything else as text", () => {
    expect(toExcelValue({ error: "#N/A" })).toEqual({ error: "#N/A" });
    expect(toExcelValue({ error: "#SPILL!" })).toBe("#SPILL!");
  });

  it("unwraps unformatted numbers, which alone override the column format", () => {
    expect(toExcelValue({ unformatted: 60 })).toBe(60);
    expect(overridesFormat({ unformatted: 60 })).toBe(true);
    expect(overridesFormat(0.6)).toBe(false);
    expect(overridesFormat({ day: 1 })).toBe(false);
  });
});
