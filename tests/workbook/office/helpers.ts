import { readFileSync } from "node:fs";
import * as path from "node:path";
import { parseIsoDay, type DayNumber } from "../../../src/engine/cells/calendar";
import type { RawCell } from "../../../src/engine/cells/types";
import { SAMPLE_AS_OF } from "../../../src/template/sample";
import type { WritePlan } from "../../../src/workbook/port";
import { openXlsx, type XlsxWorkbook } from "../../../src/workbook/xlsx";
import {
  installExcelDouble,
  seedFromPort,
  type DoubleOptions,
  type ExcelDouble,
  type WorkbookModel,
} from "../../excel-double";

export const SAMPLE_FILE = path.join(__dirname, "../../../samples/sales-radar-sample.xlsx");

export function sampleDay(): DayNumber {
  const day = parseIsoDay(SAMPLE_AS_OF);
  if (day === null) throw new Error(`SAMPLE_AS_OF is not a date: ${SAMPLE_AS_OF}`);
  return day;
}

export function openSample(): XlsxWorkbook {
  return openXlsx(new Uint8Array(readFileSync(SAMPLE_FILE)));
}

/** A double holding the bundled sample, as Excel would after opening the file. */
export async function sampleDouble(options: DoubleOptions = {}): Promise<ExcelDouble> {
  const double = installExcelDouble(options);
  await seedFromPort(double.model, openSample());
  return double;
}

let sampleSheets: Promise<Map<string, RawCell[][]>> | null = null;

/** The sample's sheets as arrays, read once per test file. */
export function sampleArrays(): Promise<Map<string, RawCell[][]>> {
  sampleSheets ??= (async () => {
    const port = openSample();
    const sheets = new Map<string, RawCell[][]>();
    for (const name of await port.listSheets())
      sheets.set(name, await port.readTop(name, (await port.usedSize(name)).rows));
    return sheets;
  })();
  return sampleSheets;
}

/**
 * The sample cut down to its first `customers` ledger rows and `contacts` follow-up rows: every
 * sheet and every kind of output, small enough to refresh hundreds of times in a test.
 */
export async function smallSampleDouble(
  customers: number,
  contacts: number,
  options: DoubleOptions = {},
): Promise<ExcelDouble> {
  const double = installExcelDouble(options);
  for (const [name, rows] of await sampleArrays()) {
    const keep = name === "客户台账" ? customers + 1 : name === "跟进记录" ? contacts + 1 : rows.length;
    double.model.addSheet(name, rows.slice(0, keep));
  }
  return double;
}

/** The add-in's own cells: the owned sheets, and the score block beside the ledger. */
export interface OwnedArea {
  readonly sheets: ReadonlySet<string>;
  readonly block: {
    readonly sheet: string;
    readonly firstRow: number;
    readonly firstColumn: number;
    readonly columns: number;
  } | null;
}

export function ownedArea(plan: WritePlan): OwnedArea {
  return {
    sheets: new Set(plan.sheets.map((sheet) => sheet.name)),
    block: plan.columns && {
      sheet: plan.columns.sheet,
      firstRow: plan.columns.headerRow - 1,
      firstColumn: plan.columns.firstColumn,
      columns: plan.columns.headers.length,
    },
  };
}

function isOwned(area: OwnedArea, sheet: string, row: number, column: number): boolean {
  if (area.sheets.has(sheet)) return true;
  const block = area.block;
  return (
    block !== null &&
    block.sheet === sheet &&
    row >= block.firstRow &&
    column >= block.firstColumn &&
    column < block.firstColumn + block.columns
  );
}

type SheetModel = WorkbookModel["sheets"][number];

/**
 * Every layer — value, formula, number format, formatting, link — of the sheet's cells that `keep`
 * accepts (0-based row and column), into `state`, keyed by place and layer.
 */
export function addCellLayers(
  state: Map<string, string>,
  sheet: SheetModel,
  keep: (row: number, column: number) => boolean,
): void {
  const layers = {
    value: sheet.values,
    formula: sheet.formulas,
    numberFormat: sheet.numberFormats,
    format: sheet.formats,
    link: sheet.hyperlinks,
  };
  for (const [layer, grid] of Object.entries(layers)) {
    grid.forEach((value: unknown, r: number, c: number) => {
      if (keep(r, c)) state.set(`${sheet.name}!${r},${c}:${layer}`, JSON.stringify(value));
    });
  }
}

/**
 * Every cell the user owns — value, formula, number format, formatting, link — keyed by place,
 * plus each user sheet's rules, charts and tables: what a refresh must leave exactly as it was.
 */
export function userState(model: WorkbookModel, area: OwnedArea): Map<string, string> {
  const state = new Map<string, string>();
  for (const sheet of model.sheets) {
    if (area.sheets.has(sheet.name)) continue;
    addCellLayers(state, sheet, (r, c) => !isOwned(area, sheet.name, r, c));
    state.set(
      `${sheet.name}:objects`,
      JSON.stringify([sheet.conditionalFormats, sheet.charts, sheet.tables, sheet.validations]),
    );
  }
  state.set(
    "sheets",
    JSON.stringify(model.sheets.map((sheet) => sheet.name).filter((name) => !area.sheets.has(name))),
  );
  return state;
}

/** What the add-in wrote: owned cells' values and number formats, and each owned sheet's charts. */
export function ownedState(model: WorkbookModel, area: OwnedArea): Map<string, string> {
  const state = new Map<string, string>();
  for (const sheet of model.sheets) {
    sheet.values.forEach((value, r, c) => {
      if (isOwned(area, sheet.name, r, c))
        state.set(`${sheet.name}!${r},${c}`, JSON.stringify([value, sheet.numberFormat(r, c)]));
    });
    if (area.sheets.has(sheet.name))
      state.set(`${sheet.name}:charts`, JSON.stringify(sheet.charts.map(({ id: _id, ...chart }) => chart)));
  }
  return state;
}
