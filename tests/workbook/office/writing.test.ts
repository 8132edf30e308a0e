import { capabilities, OfficeWorkbook, refreshInExcel } from "../../../src/workbook/office";
import { excelFormat, excelValue } from "../../../src/workbook/office/cells";
import type { OutCell, WritePlan } from "../../../src/workbook/port";
import { installExcelDouble, type ExcelDouble, type WorkbookModel } from "../../excel-double";
import { WorksheetProxy } from "../../excel-double/api/worksheets";
import { loadsOf, recordCommands, sets, type SentCommand } from "./commands";
import { addCellLayers, ownedArea, sampleDay, smallSampleDouble, type OwnedArea } from "./helpers";

let double: ExcelDouble | undefined;
afterEach(() => double?.uninstall());

const ROWS = 3_000;
const SHEET = "Scratch";

/**
 * A sheet shaped like the score block at its worst for formats and styles: every column
 * alternates with blanks, styles come and go every few rows, one column links every cell.
 */
function trickyRows(): OutCell[][] {
  return Array.from({ length: ROWS }, (_, i): OutCell[] => [
    i % 3 === 0 ? null : { value: `状态${i % 5}`, style: i % 2 === 0 ? "warn" : "bad" },
    i % 4 === 1 ? null : { value: 46000 + i, format: "yyyy-mm-dd" },
    i % 7 === 0 ? null : i,
    i % 5 === 0 ? null : { value: (i % 100) / 100, format: "0.0%" },
    { value: `C${i + 2}`, link: { sheet: "客户台账", row: i + 2, column: 2 } },
    i % 11 === 0 ? "=1+1" : i % 6 === 0 ? { value: i, style: "good" } : `备注 ${i}`,
  ]);
}

async function write(plan: WritePlan, rangeAreas = true): Promise<void> {
  await Excel.run(async (context) => {
    const host = { ...capabilities(), rangeAreas };
    await new OfficeWorkbook(context, { capabilities: host }).write(plan);
  });
}

/** Every layer of every cell of the given sheets, and of the block beside the ledger. */
function layers(model: WorkbookModel, sheets: readonly string[], area?: OwnedArea): Map<string, string> {
  const state = new Map<string, string>();
  for (const sheet of model.sheets) {
    const block = area?.block?.sheet === sheet.name ? area.block : null;
    if (!sheets.includes(sheet.name) && !block) continue;
    addCellLayers(
      state,
      sheet,
      (_, c) => !block || (c >= block.firstColumn && c < block.firstColumn + block.columns),
    );
  }
  return state;
}

const plan = (rows: OutCell[][]): WritePlan => ({ columns: null, sheets: [{ name: SHEET, rows }] });

describe("writing a grid through office-js", () => {
  it("gives every cell the format, style and link a per-cell write gives", async () => {
    const rows = trickyRows();
    double = installExcelDouble();
    await write(plan(rows), false);
    const perRun = layers(double.model, [SHEET]);
    double.uninstall();

    double = installExcelDouble();
    await write(plan(rows));
    expect(layers(double.model, [SHEET])).toEqual(perRun);

    const sheet = double.model.sheet(SHEET);
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        expect(sheet?.numberFormat(r, c)).toBe(excelFormat(cell));
        expect(sheet?.values.get(r, c) ?? "").toEqual(excelValue(cell));
        expect(sheet?.formulas.get(r, c)).toBeUndefined();
      }),
    );
    expect(sheet?.snapshot(1, 0).format).toMatchObject({ fill: "#FFC7CE", fontColor: "#9C0006" });
    expect(sheet?.snapshot(2, 0).format).toMatchObject({ fill: "#FFEB9C", fontColor: "#9C5700" });
    expect(sheet?.snapshot(3, 0).format).toBeUndefined();
    expect(sheet?.snapshot(5, 4)).toMatchObject({
      hyperlink: { documentReference: "'客户台账'!C7", textToDisplay: "C7" },
      format: { fontColor: "#0563C1", underline: "Single" },
    });
  });

  it("sets formats per column and styles per list of areas, never per cell", async () => {
    const rows = trickyRows();
    double = installExcelDouble();
    const recorder = recordCommands();
    await write(plan(rows)).finally(recorder.stop);
    const { commands } = recorder;
    const blocks = double.syncs.filter((sync) => sync.writes && sync.cells > 0).length;

    const formats = sets(commands, "numberFormat");
    expect(formats.every((command) => typeof command.value === "string")).toBe(true);
    expect(formats.length).toBeLessThanOrEqual(6 * blocks);
    // Fill and font colour of three styles and the link colour, each over lists of ~2,000
    // characters of addresses; one command per run would be ~8,000 of them.
    expect(sets(commands, "color").length).toBeLessThan(40);
    expect(sets(commands, "underline").length).toBeLessThanOrEqual(blocks);
    expect(sets(commands, "hyperlink")).toHaveLength(ROWS);
    expect(loadsOf(commands, "values")).toEqual([]);

    // Beyond the values and the links themselves, formats and styles add under half the values'
    // bytes even here, where they change every row (per cell and per run they added 5 times them).
    const values = Buffer.byteLength(JSON.stringify(rows.map((row) => row.map(excelValue))));
    const links = sets(commands, "hyperlink").reduce(
      (sum: number, command: SentCommand) => sum + Buffer.byteLength(JSON.stringify(command)) + 5,
      0,
    );
    const moved = double.syncs.reduce((sum, sync) => sum + sync.requestBytes + sync.responseBytes, 0);
    expect(moved - links).toBeLessThan(1.5 * values);
  });

  it("falls back to one command per run where the host has no getRanges (ExcelApi 1.8)", async () => {
    const rows = trickyRows();
    double = installExcelDouble({ excelApi: "1.8" });
    const recorder = recordCommands();
    await Excel.run((context) => new OfficeWorkbook(context).write(plan(rows))).finally(recorder.stop);
    expect(recorder.commands.some((command) => command.path.includes("getRanges"))).toBe(false);
    const old = layers(double.model, [SHEET]);
    double.uninstall();

    double = installExcelDouble();
    await write(plan(rows));
    expect(layers(double.model, [SHEET])).toEqual(old);
  });

  it("writes the block again without getRanges when Excel refuses an area list", async () => {
    const rows = trickyRows();
    double = installExcelDouble();
    await write(plan(rows), false);
    const perRun = layers(double.model, [SHEET]);
    double.uninstall();

    double = installExcelDouble();
    const getRanges = WorksheetProxy.prototype.getRanges;
    let calls = 0;
    const spy = jest.spyOn(WorksheetProxy.prototype, "getRanges").mockImplementation(function (
      this: WorksheetProxy,
      address?: string,
    ) {
      calls += 1;
      // A list Excel will not take (as very long ones sometimes are not).
      return getRanges.call(this, calls === 3 ? `${address},` : address);
    });
    await write(plan(rows)).finally(() => spy.mockRestore());
    expect(double.syncs.filter((sync) => sync.outcome === "InvalidArgument")).toHaveLength(1);
    expect(layers(double.model, [SHEET])).toEqual(perRun);
  });

  it("leaves the sample's owned cells as a host without getRanges leaves them", async () => {
    const options = { asOf: sampleDay(), today: sampleDay() };
    double = await smallSampleDouble(60, 200, { excelApi: "1.8" });
    const before = await refreshInExcel(options);
    const owned = (outcome: typeof before) =>
      layers(
        double?.model as WorkbookModel,
        outcome.plan.sheets.map((sheet) => sheet.name),
        ownedArea(outcome.plan),
      );
    const old = owned(before);
    double.uninstall();

    double = await smallSampleDouble(60, 200);
    const recorder = recordCommands();
    const after = await refreshInExcel(options).finally(recorder.stop);
    expect(recorder.commands.some((command) => command.path.includes("getRanges"))).toBe(true);
    expect(owned(after)).toEqual(old);
  });
});
