import type { ChartSpec, RangeRef, WritePlan } from "../port";
import { MAX_COLUMNS, MAX_ROWS } from "./cell-ref";
import { XlsxError } from "./errors";
import { findSheet, type PackageIndex, type SheetPart } from "./package";

/**
 * Rejects a plan that would produce a broken or surprising file, before a byte is written:
 * sheet names Excel refuses, blocks past the sheet's edge, an owned sheet that is the ledger.
 */

const MAX_SHEET_NAME = 31;
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/;

function invalid(detail: string): XlsxError {
  return new XlsxError("invalid-plan", detail);
}

function isIndex(n: number, min: number, max: number): boolean {
  return Number.isInteger(n) && n >= min && n <= max;
}

export function checkSheetName(name: string): void {
  if (
    name.trim() === "" ||
    name.length > MAX_SHEET_NAME ||
    FORBIDDEN_IN_SHEET_NAME.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    throw invalid(`sheet name "${name}"`);
  }
}

function checkRange(sheet: string, range: RangeRef): void {
  if (!isIndex(range.firstRow, 1, MAX_ROWS) || !isIndex(range.lastRow, range.firstRow, MAX_ROWS)) {
    throw invalid(`${sheet}: chart rows ${range.firstRow}–${range.lastRow}`);
  }
  if (!isIndex(range.column, 0, MAX_COLUMNS - 1)) throw invalid(`${sheet}: chart column ${range.column}`);
}

function checkChart(sheet: string, chart: ChartSpec): void {
  checkRange(sheet, chart.categories);
  chart.series.forEach((s) => checkRange(sheet, s.values));
  const { row, column, width, height } = chart.anchor;
  if (!isIndex(row, 1, MAX_ROWS) || !isIndex(column, 0, MAX_COLUMNS - 1) || !(width > 0) || !(height > 0)) {
    throw invalid(`${sheet}: chart anchor`);
  }
}

/** The ledger sheet the plan's columns go to (null when the plan has none). */
export function checkPlan(pkg: PackageIndex, plan: WritePlan): SheetPart | null {
  const names = new Set<string>();
  for (const sheet of plan.sheets) {
    checkSheetName(sheet.name);
    const key = sheet.name.toLowerCase();
    if (names.has(key)) throw invalid(`sheet "${sheet.name}" is written twice`);
    names.add(key);
    const existing = findSheet(pkg, sheet.name);
    if (existing && (!existing.isWorksheet || !existing.path))
      throw invalid(`"${sheet.name}" exists and is not a worksheet`);
    sheet.charts?.forEach((chart) => checkChart(sheet.name, chart));
  }
  const columns = plan.columns;
  if (!columns) return null;
  const ledger = findSheet(pkg, columns.sheet);
  if (!ledger) throw new XlsxError("unknown-sheet", columns.sheet);
  if (!ledger.isWorksheet || !ledger.path) throw invalid(`"${columns.sheet}" is not a worksheet`);
  if (names.has(ledger.name.toLowerCase()))
    throw invalid(`"${columns.sheet}" is both the ledger and an owned sheet`);
  const lastColumn = columns.firstColumn + columns.headers.length - 1;
  const lastRow = columns.headerRow + columns.rows.length + columns.clearRowsBelow;
  if (
    columns.headers.length === 0 ||
    !isIndex(columns.firstColumn, 0, MAX_COLUMNS - 1) ||
    lastColumn >= MAX_COLUMNS
  ) {
    throw invalid(`owned columns ${columns.firstColumn}+${columns.headers.length}`);
  }
  if (
    !isIndex(columns.headerRow, 1, MAX_ROWS) ||
    !isIndex(columns.clearRowsBelow, 0, MAX_ROWS) ||
    lastRow > MAX_ROWS
  ) {
    throw invalid(`owned rows ${columns.headerRow}–${lastRow}`);
  }
  return ledger;
}
