import { runRefresh } from "../../../src/refresh/pipeline";
import { buildReportJson } from "../../../src/refresh/reportJson";
import { MemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import { refreshInExcel } from "../../../src/workbook/office";
import type { WritePlan } from "../../../src/workbook/port";
import { cellName, type ExcelDouble, type WorkbookModel } from "../../excel-double";
import {
  openSample,
  ownedArea,
  ownedState,
  sampleArrays,
  sampleDay,
  sampleDouble,
  userState,
} from "./helpers";

let double: ExcelDouble;
afterEach(() => double?.uninstall());

const options = () => ({ asOf: sampleDay(), today: sampleDay() });

/** Every value the plan put in the workbook, as the double holds it. */
function writtenValues(model: WorkbookModel, plan: WritePlan, memory: MemoryWorkbook): [unknown, unknown][] {
  const pairs: [unknown, unknown][] = [];
  const compare = (sheet: string, row: number, column: number) =>
    pairs.push([
      model.sheet(sheet)?.values.get(row - 1, column) ?? null,
      memory.cell(sheet, row, column) ?? null,
    ]);
  const columns = plan.columns;
  if (columns) {
    for (let r = 0; r <= columns.rows.length; r++) {
      for (let c = 0; c < columns.headers.length; c++)
        compare(columns.sheet, columns.headerRow + r, columns.firstColumn + c);
    }
  }
  for (const sheet of plan.sheets)
    sheet.rows.forEach((row, r) => row.forEach((_, c) => compare(sheet.name, r + 1, c)));
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
    const memory = new MemoryWorkbook(Object.fromEntries(await sampleArrays()));
    await memory.write(outcome.plan);
    const pairs = writtenValues(double.model, outcome.plan, memory);
    expect(pairs.length).toBeGreaterThan(7000);
    expect(pairs.filter(([office, inMemory]) => office !== inMemory)).toEqual([]);

    // Formats, links, panes and charts, checked against whatever the renderers asked for.
    const columns = outcome.plan.columns;
    const ledger = double.model.sheet(columns?.sheet ?? "");
    const first = columns?.firstColumn ?? -1;
    expect(ledger?.snapshot((columns?.headerRow ?? 0) - 1, first)).toMatchObject({
      format: { bold: true, fill: "#DDEBF7" },
    });
    const dated =
      columns?.rows
        .at(0)
        ?.findIndex((cell) => typeof cell === "object" && cell !== null && cell.format !== undefined) ?? -1;
    const datedCell = columns?.rows.at(0)?.[dated];
    expect(ledger?.numberFormat(columns?.headerRow ?? 0, first + dated)).toBe(
      typeof datedCell === "object" && datedCell?.format,
    );

    for (const owned of outcome.plan.sheets) {
      const sheet = double.model.sheet(owned.name);
      expect(sheet?.frozenRows).toBe(owned.frozenRows ?? 0);
      owned.columnWidths?.forEach((width, c) =>
        expect(sheet?.columnWidth(c)).toBeCloseTo((width * 7 + 5) * 0.75, 1),
      );
      owned.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (typeof cell !== "object" || cell === null || !cell.link) return;
          const target = `'${cell.link.sheet}'!${cellName(cell.link.row - 1, cell.link.column)}`;
          expect(sheet?.hyperlinks.get(r, c)).toEqual(expect.objectContaining({ documentReference: target }));
        }),
      );
      const types = {
        funnel: "Funnel",
        bar: "BarClustered",
        column: "ColumnClustered",
        line: "Line",
        pie: "Pie",
      };
      expect(sheet?.charts.map((chart) => chart.type)).toEqual(
        (owned.charts ?? []).map((chart) => types[chart.kind]),
      );
      sheet?.charts.forEach((chart, i) => {
        const spec = owned.charts?.[i];
        expect(chart.title).toBe(spec?.title);
        expect(chart.series.map((series) => series.name)).toEqual(spec?.series.map((series) => series.name));
        expect(
          chart.series.every(
            (series) => series.xValues === chart.series[0].xValues && series.values !== null,
          ),
        ).toBe(true);
      });
    }
    expect(outcome.plan.sheets.some((owned) => (owned.charts ?? []).length > 0)).toBe(true);
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
