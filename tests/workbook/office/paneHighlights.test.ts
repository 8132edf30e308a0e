import { createOfficeHost } from "../../../src/taskpane/office/officeHost";
import { refreshInExcel } from "../../../src/workbook/office";
import type { ExcelDouble, SheetModel } from "../../excel-double";
import { sampleDay, smallSampleDouble } from "./helpers";

let double: ExcelDouble | undefined;
afterEach(() => double?.uninstall());

function oursOn(sheet: SheetModel | undefined) {
  return (sheet?.conditionalFormats ?? []).filter((cf) => cf.formula?.includes("SalesRadar"));
}

function userLayers(sheets: readonly SheetModel[]): string {
  return JSON.stringify(sheets.map((s) => [s.name, s.values, s.formulas, s.numberFormats, s.formats]));
}

describe("the pane's highlights in Excel, through the office host", () => {
  test("apply marks the bad cells with the add-in's rules, clear removes them, user cells unchanged", async () => {
    double = await smallSampleDouble(40, 120);
    const outcome = await refreshInExcel({ asOf: sampleDay(), today: sampleDay(), mode: "validate" });
    const findings = outcome.analysis.findings;
    const host = createOfficeHost();
    const highlights = host.highlights;
    if (highlights === undefined) throw new Error("the office host offers highlights");
    expect(highlights.unavailable).toBeNull();
    const before = userLayers(double.model.sheets);

    await highlights.apply(findings);

    const ledger = double.model.sheet("客户台账");
    const rules = oursOn(ledger);
    expect(rules.length).toBeGreaterThan(0);
    const covered = new Set(
      rules.flatMap((rule) =>
        Array.from({ length: rule.rect.rows }, (_, i) => `${rule.rect.row + i + 1}:${rule.rect.column}`),
      ),
    );
    for (const f of findings.filter(
      (f) => f.sheet === "客户台账" && f.row !== null && f.columnIndex !== null,
    ))
      expect(covered.has(`${f.row}:${f.columnIndex}`)).toBe(true);
    expect(new Set(rules.map((rule) => rule.fill))).toEqual(
      new Set(
        [...new Set(findings.filter((f) => f.sheet === "客户台账").map((f) => f.severity))].map((s) =>
          s === "error" ? "#FFC7CE" : "#FFEB9C",
        ),
      ),
    );
    expect(userLayers(double.model.sheets)).toBe(before);

    await highlights.clear();
    expect(double.model.sheets.flatMap((sheet) => oursOn(sheet))).toEqual([]);
    expect(userLayers(double.model.sheets)).toBe(before);
  });

  test("on ExcelApi 1.5 the host says why highlights are not offered", async () => {
    double = await smallSampleDouble(5, 5, { excelApi: "1.5" });
    const reason = createOfficeHost().highlights?.unavailable;
    expect(reason?.en).toMatch(/conditional formats/);
    expect(reason?.zh).toMatch(/条件格式/);
  });
});
