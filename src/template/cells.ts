import type { CellErrorValue, CellValue } from "exceljs";
import { isErrorValue } from "../engine/cells/types";
import { isDateCell, isUnformattedNumber, type SampleCell } from "./sample/types";

/** Serial number of 1970-01-01 in Excel's 1900 date system (day numbers count from there). */
export const EXCEL_SERIAL_OF_DAY_ZERO = 25_569;

const EXCEL_ERRORS: readonly CellErrorValue["error"][] = [
  "#N/A",
  "#REF!",
  "#NAME?",
  "#DIV/0!",
  "#NULL!",
  "#VALUE!",
  "#NUM!",
];

function excelError(code: string): CellErrorValue | null {
  const match = EXCEL_ERRORS.find((known) => known === code);
  return match === undefined ? null : { error: match };
}

/**
 * The value exceljs writes for a sample cell. Strings stay strings (exceljs never turns "=…"
 * into a formula); real dates become serials under the column's date format.
 */
export function toExcelValue(cell: SampleCell): CellValue {
  if (cell === null) return null;
  if (typeof cell === "string" || typeof cell === "number") return cell;
  if (isDateCell(cell)) return cell.day + EXCEL_SERIAL_OF_DAY_ZERO;
  if (isUnformattedNumber(cell)) return cell.unformatted;
  if (isErrorValue(cell)) return excelError(cell.error) ?? cell.error;
  return null;
}

/** A cell that must not take its column's number format (a pasted 60 in a percent column). */
export function overridesFormat(cell: SampleCell): boolean {
  return isUnformattedNumber(cell);
}
