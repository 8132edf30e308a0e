import { columnLetters } from "../engine/cells/columnLetters";

export { columnLetters };
/** A1-style addresses for the port's coordinates (1-based rows, 0-based columns). */

export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** `'客户台账'!B5` — quoted so sheet names with spaces or CJK are always safe. */
export function sheetA1(sheet: string, row: number, column: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1(row, column)}`;
}
