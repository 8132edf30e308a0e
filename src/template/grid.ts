import type { Worksheet } from "exceljs";
import { displayWidth } from "./columns";

/** What the config module hands over for the codes and rules sheets: cell values from A1. */
export type GridCell = string | number | null;
export type GridRows = readonly (readonly GridCell[])[];

export function cellText(cell: GridCell | undefined): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

/** "C" for index 2; enough for any sheet this template writes. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
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
