/**
 * A1 addresses as Excel writes them: `B5`, `$B$5`, `A1:C3`, whole columns `A:C`, whole rows
 * `2:4`, with an optional sheet prefix (`'客户台账'!B5`). Rectangles are 0-based and inclusive of
 * their first cell, exclusive of `row + rows` / `column + columns`.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export class AddressError extends Error {}

export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

interface Corner {
  readonly row: number | null;
  readonly column: number | null;
}

function corner(text: string): Corner {
  const cell = CELL.exec(text);
  if (cell) return { row: Number(cell[2]) - 1, column: columnIndex(cell[1]) };
  const column = COLUMN.exec(text);
  if (column) return { row: null, column: columnIndex(column[1]) };
  const row = ROW.exec(text);
  if (row) return { row: Number(row[1]) - 1, column: null };
  throw new AddressError(`Not an A1 address: ${text}`);
}

/** Splits `'Sheet'!A1:B2` into the sheet name (quotes undone) and the range part. */
export function splitSheet(address: string): { sheet: string | null; range: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, range: address };
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, range: address.slice(bang + 1) };
}

export function parseRange(range: string): Rect {
  const [first, second = first] = range.split(":");
  const a = corner(first);
  const b = corner(second);
  const wholeColumns = a.row === null && b.row === null;
  const wholeRows = a.column === null && b.column === null;
  if (
    !wholeColumns &&
    !wholeRows &&
    (a.row === null || b.row === null || a.column === null || b.column === null)
  ) {
    throw new AddressError(`Not an A1 address: ${range}`);
  }
  const top = Math.min(a.row ?? 0, b.row ?? 0);
  const bottom = wholeColumns ? MAX_ROWS - 1 : Math.max(a.row ?? 0, b.row ?? 0);
  const left = Math.min(a.column ?? 0, b.column ?? 0);
  const right = wholeRows ? MAX_COLUMNS - 1 : Math.max(a.column ?? 0, b.column ?? 0);
  if (bottom >= MAX_ROWS || right >= MAX_COLUMNS) throw new AddressError(`Beyond the sheet: ${range}`);
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

/** Excel quotes a sheet name unless it is plain letters, digits and underscores. */
export function quoteSheet(name: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(name) && !/^\d/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cellName(row: number, column: number): string {
  return `${columnName(column)}${row + 1}`;
}

export function formatRange(rect: Rect): string {
  const first = cellName(rect.row, rect.column);
  const last = cellName(rect.row + rect.rows - 1, rect.column + rect.columns - 1);
  return rect.rows === 1 && rect.columns === 1 ? first : `${first}:${last}`;
}

export function formatAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${formatRange(rect)}`;
}

export function cellCount(rect: Rect): number {
  return rect.rows * rect.columns;
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

export const WHOLE_SHEET: Rect = { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS };
