/** Small helpers both configuration sheets use to read a grid of raw cells. */
import { displayValue, normalizeText } from "../cells";
import type { RawCell } from "../cells/types";
import type { Bilingual } from "../labels";
import type { Finding } from "../validation/finding";

export type Grid = readonly (readonly RawCell[])[];

export function cellAt(rows: Grid, row: number, column: number): RawCell {
  return rows[row]?.[column];
}

/** Width-, case- and space-insensitive text for matching headers and titles. */
export function matchKey(cell: RawCell): string {
  return normalizeText(cell).replace(/\s/g, "").toLowerCase();
}

export function isBlankCell(cell: RawCell): boolean {
  return normalizeText(cell) === "";
}

export function isBlankGrid(rows: Grid): boolean {
  return rows.every((row) => row.every(isBlankCell));
}

/** Excel's row number of a 0-based index into rows that start at row 1. */
export function excelRow(index: number): number {
  return index + 1;
}

/** Pads every row with nulls to the widest row, so a sheet writer gets a rectangle. */
export function rectangle<T>(rows: readonly (readonly (T | null)[])[]): (T | null)[][] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array<null>(width - row.length).fill(null)]);
}

export interface FindingPlace {
  readonly sheet: string;
  /** 0-based index into the rows, or null for the whole sheet. */
  readonly rowIndex: number | null;
  readonly columnIndex: number | null;
  readonly column: string;
  readonly field: string | null;
  readonly cell: RawCell;
}

/** An error finding at a place of a configuration sheet. */
export function configFinding(place: FindingPlace, rule: string, message: Bilingual): Finding {
  return {
    sheet: place.sheet,
    row: place.rowIndex === null ? null : excelRow(place.rowIndex),
    columnIndex: place.columnIndex,
    column: place.column,
    field: place.field,
    value: displayValue(place.cell),
    rule,
    severity: "error",
    message,
  };
}

/** `第 12 行:…` / `Row 12: …` before a sentence that names its own subject. */
export function withRowPrefix(rowIndex: number, detail: Bilingual): Bilingual {
  const row = excelRow(rowIndex);
  return { zh: `第 ${row} 行:${detail.zh}`, en: `Row ${row}: ${detail.en}` };
}
