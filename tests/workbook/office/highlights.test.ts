import type { Finding } from "../../../src/engine/validation/finding";
import { applyHighlightsInExcel, clearHighlightsInExcel, refreshInExcel } from "../../../src/workbook/office";
import type { ExcelDouble, SheetModel } from "../../excel-double";
import { sampleDay, smallSampleDouble } from "./helpers";

let double: ExcelDouble | undefined;
afterEach(() => double?.uninstall());

const USER_RULE = {
  id: "user-rule",
  rect: { row: 1, column: 6, rows: 20, columns: 1 },
  type: "Custom",
  formula: "=G2>1000",
  fill: "#00B050",
  fontColor: null,
  priority: 0,
  stopIfTrue: false,
};

async function findingsOf(): Promise<readonly Finding[]> {
  const outcome = await refreshInExcel({ asOf: sampleDay(), today: sampleDay(), mode: "validate" });
  return outcome.analysis.findings;
}

/** Cells (sheet!row,column, 0-based) each highlight rule of ours covers, with its fill. */
function highlighted(sheets: readonly SheetModel[]): Map<string, string | null> {
  const cells = new Map<string, string | null>();
  for (const sheet of sheets) {
    for (const rule of sheet.conditionalFormats.filter((cf) => cf.formula?.includes("SalesRadar"))) {
      for (let r = rule.rect.row; r < rule.rect.row + rule.rect.rows; r++)
        cells.set(`${sheet.name}!${r},${rule.rect.column}`, rule.fill);
    }
  }
  return cells;
}

function cellLayers(sheet: SheetModel | undefined): string {
  return JSON.stringify([sheet?.values, sheet?.formulas, sheet?.numberFormats, sheet?.formats]);
}

describe("highlighting the cells behind findings", () => {
  it("covers exactly those cells with the add-in's own rules, and clears only those", async () => {
    double = await smallSampleDouble(40, 120);
    const ledger = double.model.sheet("客户台账");
    ledger?.conditionalFormats.push({ ...USER_RULE });
    const findings = await findingsOf();
    const cells = findings.filter((f) => f.row !== null && f.columnIndex !== null);
    expect(cells.length).toBeGreaterThan(5);
    const before = cellLayers(ledger);

    const rules = await applyHighlightsInExcel(findings);

    const expected = new Map<string, string>();
    for (const f of cells) {
      const key = `${f.sheet}!${(f.row ?? 0) - 1},${f.columnIndex}`;
      if (expected.get(key) !== "#FFC7CE") expected.set(key, f.severity === "error" ? "#FFC7CE" : "#FFEB9C");
    }
    expect(highlighted(double.model.sheets)).toEqual(expected);
    expect(rules).toBeLessThanOrEqual(expected.size);
    expect(cellLayers(ledger)).toBe(before);
    expect(ledger?.conditionalFormats.find((cf) => cf.id === "user-rule")).toMatchObject({
      formula: "=G2>1000",
    });

    expect(await applyHighlightsInExcel(findings)).toBe(rules);
    expect(highlighted(double.model.sheets).size).toBe(expected.size);

    expect(await clearHighlightsInExcel()).toBe(rules);
    expect(highlighted(double.model.sheets).size).toBe(0);
    expect(ledger?.conditionalFormats.map((cf) => cf.id)).toEqual(["user-rule"]);
    expect(double.model.settings.size).toBe(0);
    expect(cellLayers(ledger)).toBe(before);
  });

  it("does nothing on a host without conditional formats", async () => {
    double = await smallSampleDouble(40, 120, { excelApi: "1.5" });
    expect(await applyHighlightsInExcel(await findingsOf())).toBe(0);
    expect(highlighted(double.model.sheets).size).toBe(0);
  });
});
