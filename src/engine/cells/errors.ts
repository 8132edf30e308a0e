import { failure, type Parsed } from "./types";

/**
 * Excel's error values as Excel spells them. Adapters turn a cell holding one into an
 * `ErrorValue`; the same characters typed as text stay text.
 */
export const EXCEL_ERROR_CODES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
] as const;

export type ExcelErrorCode = (typeof EXCEL_ERROR_CODES)[number];

const ERROR_CODE_SET: ReadonlySet<string> = new Set<string>(EXCEL_ERROR_CODES);

/** Whether a text spells an Excel error value (case-insensitive, as Excel reads `#n/a`). */
export function isExcelErrorCode(text: string): boolean {
  return ERROR_CODE_SET.has(text.toUpperCase());
}

/** What every parser returns for a cell holding an Excel error value. */
export const EXCEL_ERROR: Parsed<never> = Object.freeze(failure("excel-error"));
