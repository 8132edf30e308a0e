import type { Worksheet } from "exceljs";
import { displayWidth } from "./columns";
import { columnLetters as columnLetter } from "../engine/cells/columnLetters";

export { columnLetter };

/** What the config module hands over for the codes and rules sheets: cell values from A1. */
export type GridCell = string | number | null;
export type GridRows = readonly (readonly GridCell[])[];

export function cellText(cell: GridCell | undefined): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

/** `'代码表'!$C$30:$C$33`: quoted so any sheet name works, absolute so it never drifts. */
export function absoluteRange(sheet: string, column: number, firstRow: number, lastRow: number): string {
  const letter = columnLetter(column);
  return `'${sheet.replace(/'/g, "''")}'!$${letter}$${firstRow}:$${letter}$${lastRow}`;
}

export function writeGrid(sheet: Worksheet, rows: GridRows): void {
  rows.forEach((cells, r) => {
    cells.forEach((value, c) => {
      if (value !== null) sheet.getCell(r + 1, c + 1).value = value;
    });
  });
}

/** Widest text per column over the given rows, in Excel character units, within [min, max]. */
export function fittedWidths(rows: GridRows, min: number, max: number): number[] {
  const count = Math.max(0, ...rows.map((row) => row.length));
  return Array.from({ length: count }, (_, c) => {
    const widest = Math.max(0, ...rows.map((row) => displayWidth(cellText(row[c]))));
    return Math.min(max, Math.max(min, widest + 2));
  });
}
