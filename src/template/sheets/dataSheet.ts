import type { Workbook, Worksheet } from "exceljs";
import { overridesFormat, toExcelValue } from "../cells";
import type { ColumnSpec } from "../columns";
import type { RangeValidation } from "../exceljsTypes";
import type { Bilingual, TemplateLang } from "../lang";
import type { SampleRow } from "../sample/types";
import { HEADER_ROW_HEIGHT, HEADER_STYLE, TABLE_STYLE } from "../styles";

/** One input sheet (ledger or follow-ups) as an Excel table with help on every column. */
export interface DataSheetLayout {
  readonly name: string;
  /** Excel table name: ASCII, no spaces, unique in the workbook. */
  readonly tableName: string;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly SampleRow[];
  /** Absolute range of each dropdown list on the codes sheet, by list key. */
  readonly listRanges: ReadonlyMap<string, string>;
  /** Columns kept in view when scrolling right (the header row always is). */
  readonly frozenColumns: number;
  readonly lang: TemplateLang;
}

/** Validations reach at least this far down, and always this far past the data. */
export const MIN_VALIDATION_LAST_ROW = 2000;
export const VALIDATION_HEADROOM_ROWS = 500;

const LIST_ERROR_TITLE: Bilingual = { zh: "不在选项中", en: "Not in the list" };
const LIST_ERROR: Bilingual = {
  zh: "这个值不在「代码表」的选项中。仍要保留吗?",
  en: "This value is not one of the options on the Codes sheet. Keep it anyway?",
};

export function validationLastRow(dataRows: number): number {
  return Math.max(MIN_VALIDATION_LAST_ROW, 1 + dataRows + VALIDATION_HEADROOM_ROWS);
}

export function addDataSheet(workbook: Workbook, layout: DataSheetLayout): Worksheet {
  const sheet = workbook.addWorksheet(layout.name, {
    views: [{ state: "frozen", xSplit: layout.frozenColumns, ySplit: 1 }],
    properties: { defaultRowHeight: 18 },
    // Printed, the header row repeats on every page.
    pageSetup: { paperSize: 9, orientation: "landscape", printTitlesRow: "1:1" },
  });
  layout.columns.forEach((spec, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = spec.width;
    if (spec.numFmt !== null) column.numFmt = spec.numFmt;
  });

  const cells = layout.rows.map((row) =>
    layout.columns.map((spec) => toExcelValue(row[spec.field.key] ?? null)),
  );
  sheet.addTable({
    name: layout.tableName,
    displayName: layout.tableName,
    ref: "A1",
    headerRow: true,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: layout.columns.map((spec) => ({ name: spec.header, filterButton: true })),
    // An Excel table needs at least one data row, so an empty template gets one blank row.
    rows: cells.length > 0 ? cells : [layout.columns.map(() => null)],
  });

  layout.rows.forEach((row, r) => {
    layout.columns.forEach((spec, c) => {
      const value = row[spec.field.key] ?? null;
      if (overridesFormat(value)) sheet.getCell(r + 2, c + 1).numFmt = "General";
    });
  });

  const header = sheet.getRow(1);
  header.height = HEADER_ROW_HEIGHT;
  layout.columns.forEach((_, i) => (header.getCell(i + 1).style = { ...HEADER_STYLE }));

  addValidations(sheet, layout);
  return sheet;
}

function addValidations(sheet: Worksheet, layout: DataSheetLayout): void {
  const lastRow = validationLastRow(layout.rows.length);
  layout.columns.forEach((spec, i) => {
    const letter = sheet.getColumn(i + 1).letter;
    const validation = columnValidation(spec, layout);
    if (validation !== null) sheet.dataValidations.add(`${letter}2:${letter}${lastRow}`, validation);
  });
}

/** A dropdown for enumerations (warning, not stop: the engine reports odd values), else a hint. */
function columnValidation(spec: ColumnSpec, layout: DataSheetLayout): RangeValidation | null {
  const prompt =
    spec.hint === null
      ? {}
      : { showInputMessage: true, promptTitle: spec.hint.title, prompt: spec.hint.prompt };
  const listRange = spec.listKey === null ? undefined : layout.listRanges.get(spec.listKey);
  if (listRange !== undefined) {
    return {
      type: "list",
      allowBlank: true,
      formulae: [listRange],
      ...prompt,
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: LIST_ERROR_TITLE[layout.lang],
      error: LIST_ERROR[layout.lang],
    };
  }
  if (spec.hint === null) return null;
  return { type: "any", allowBlank: true, formulae: [], ...prompt };
}
