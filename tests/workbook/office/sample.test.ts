import type { RawCell } from "../../../src/engine/cells/types";
import { runRefresh } from "../../../src/refresh/pipeline";
import { buildReportJson } from "../../../src/refresh/reportJson";
import { MemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import { refreshInExcel } from "../../../src/workbook/office";
import type { WritePlan } from "../../../src/workbook/port";
import type { ExcelDouble, WorkbookModel } from "../../excel-double";
import { openSample, ownedArea, ownedState, sampleDay, sampleDouble, userState } from "./helpers";

let double: ExcelDouble;
afterEach(() => double?.uninstall());

const options = () => ({ asOf: sampleDay(), today: sampleDay() });

/** The sample as plain arrays, for the in-memory adapter. */
async function sampleArrays(): Promise<Record<string, RawCell[][]>> {
  const port = openSample();
  const sheets: Record<string, RawCell[][]> = {};
  for (const name of await port.listSheets()) sheets[name] = await port.readTop(name, (await port.usedSize(name)).rows);
  return sheets;
}

/** Every value the plan put in the workbook, as the double holds it. */
function writtenValues(model: WorkbookModel, plan: WritePlan, memory: MemoryWorkbook): [unknown, unknown][] {
  const pairs: [unknown, unknown][] = [];
  const compare = (sheet: string, row: number, column: number) =>
    pairs.push([model.sheet(sheet)?.values.get(row - 1, column) ?? null, memory.cell(sheet, row, column) ?? null]);
  const columns = plan.columns;
  if (columns) {
    for (let r = 0; r <= columns.rows.length; r++) {
      for (let c = 0; c < columns.headers.length; c++) compare(columns.sheet, columns.headerRow + r, columns.firstColumn + c);
    }
  }
  for (const sheet of plan.sheets) sheet.rows.forEach((row, r) => row.forEach((_, c) => compare(sheet.name, r + 1, c)));
  return pairs;
}

describe("refreshing the bundled sample through office-js", () => {
  it("gives the command line's report and leaves every user cell as it was", async () => {
    const cli = await runRefresh(openSample(), options());
    double = await sampleDouble();
    const ledger = double.model.sheet("客户台账");
    // User formatting and a formula the refresh must not touch.
    ledger?.setNumberFormat(1, 26, "yyyy-mm-dd");
    ledger?.patchFormat({ row: 0, column: 0, rows: 1, columns: 36 }, { bold: true, fill: "#FCE4D6" });
    double.model.sheet("说明")?.seed([[{ formula: "=COUNTA('客户台账'!A:A)", value: 301 }]], 0, 5);
    const before = userState(double.model, ownedArea(cli.plan));

    const outcome = await refreshInExcel(options());

    expect(buildReportJson(outcome.analysis, outcome.lang)).toEqual(buildReportJson(cli.analysis, cli.lang));
    expect(userState(double.model, ownedArea(outcome.plan))).toEqual(before);
    expect(outcome.canUndo).toBe(true);
    expect(outcome.notices).toEqual([]);
    expect(double.metrics.undoRecords).toBe(1);
    expect(double.metrics.implicitSyncs).toBe(0);
    expect(double.metrics.rangesUntracked).toBeGreaterThan(double.metrics.rangesCreated * 0.8);
  });

  it("writes what the in-memory adapter writes, with the formats, links, panes and charts Excel needs", async () => {
    double = await sampleDouble();
    const outcome = await refreshInExcel(options());
    const memory = new MemoryWorkbook(await sampleArrays());
    await memory.write(outcome.plan);
    const pairs = writtenValues(double.model, outcome.plan, memory);
    expect(pairs.length).toBeGreaterThan(7000);
    expect(pairs.filter(([office, inMemory]) => office !== inMemory)).toEqual([]);

    const ledger = double.model.sheet("客户台账");
    const first = outcome.plan.columns?.firstColumn ?? -1;
    expect(ledger?.snapshot(0, first)).toMatchObject({ value: "校验状态", format: { bold: true, fill: "#DDEBF7" } });
    expect(ledger?.numberFormat(1, first + 1)).toBe("yyyy-mm-dd");

    const report = double.model.sheet("校验报告");
    expect(report?.frozenRows).toBe(4);
    expect(report?.hyperlinks.get(4, 7)?.documentReference).toMatch(/^'(客户台账|跟进记录)'!\$?[A-Z]+\d+$/);
    expect(report?.columnWidth(6)).toBeGreaterThan(report?.columnWidth(1) ?? Infinity);

    const funnel = double.model.sheet("销售漏斗");
    expect(funnel?.charts.map((chart) => chart.type)).toEqual(["Funnel", "ColumnClustered", "ColumnClustered", "Line"]);
    const [stages] = funnel?.charts ?? [];
    expect(stages.series).toHaveLength(1);
    expect(stages.series[0].values).toMatch(/^销售漏斗!B\d+:B\d+$/);
    expect(stages.series[0].xValues).toMatch(/^销售漏斗!A\d+:A\d+$/);
  });

  it("refreshes again to the same result, reusing its sheets in place", async () => {
    double = await sampleDouble();
    const first = await refreshInExcel(options());
    const area = ownedArea(first.plan);
    const written = ownedState(double.model, area);
    // A user formula pointing into an owned sheet keeps working: the sheet is emptied, not deleted.
    double.model.sheet("说明")?.seed([[{ formula: "='销售漏斗'!B3", value: 0 }]], 1, 5);
    const sheetIds = double.model.sheets.map((sheet) => sheet.id);
    const before = userState(double.model, area);

    await refreshInExcel(options());

    expect(ownedState(double.model, area)).toEqual(written);
    expect(userState(double.model, area)).toEqual(before);
    expect(double.model.sheets.map((sheet) => sheet.id)).toEqual(sheetIds);
    expect(double.model.sheet("说明")?.formulas.get(1, 5)).toBe("='销售漏斗'!B3");
  });
});
