import { columnLetters as columnName } from "../../engine/cells/columnLetters";

export { columnName };
/**
 * A1-style references ↔ indexes, with the port's conventions: rows 1-based, columns 0-based.
 * These run once per cell of a sheet, so they loop over char codes instead of using regexes.
 */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

const CODE_A = 65;
const CODE_Z = 90;
const CODE_LOWER_A = 97;
const CODE_LOWER_Z = 122;
const CODE_0 = 48;
const CODE_9 = 57;
const CODE_DOLLAR = 36;
const LETTERS = 26;

export interface CellAddress {
  readonly row: number;
  readonly column: number;
}

export interface CellRange {
  readonly first: CellAddress;
  readonly last: CellAddress;
}

/** "A" → 0, "xfd" → 16383; -1 when the text is not a column name within Excel's limit. */
export function columnIndex(name: string): number {
  if (name.length === 0) return -1;
  let n = 0;
  for (let i = 0; i < name.length; i++) {
    const code = upper(name.charCodeAt(i));
    if (code < CODE_A || code > CODE_Z) return -1;
    n = n * LETTERS + (code - CODE_A + 1);
    if (n > MAX_COLUMNS) return -1;
  }
  return n - 1;
}

function upper(code: number): number {
  return code >= CODE_LOWER_A && code <= CODE_LOWER_Z ? code - 32 : code;
}

/** (1, 0) → "A1". */
export function cellAddress(row: number, column: number): string {
  return columnName(column) + String(row);
}

/** (1, 0) → "$A$1", for chart series formulas. */
export function absoluteAddress(row: number, column: number): string {
  return `$${columnName(column)}$${row}`;
}

/** "B12", "$B$12", "b12" → { row: 12, column: 1 }; null when not a single cell within Excel's limits. */
export function parseCellAddress(ref: string): CellAddress | null {
  let i = ref.charCodeAt(0) === CODE_DOLLAR ? 1 : 0;
  let column = 0;
  const lettersStart = i;
  for (; i < ref.length; i++) {
    const code = upper(ref.charCodeAt(i));
    if (code < CODE_A || code > CODE_Z) break;
    column = column * LETTERS + (code - CODE_A + 1);
    if (column > MAX_COLUMNS) return null;
  }
  if (i === lettersStart) return null;
  if (ref.charCodeAt(i) === CODE_DOLLAR) i++;
  const digitsStart = i;
  let row = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < CODE_0 || code > CODE_9) return null;
    row = row * 10 + (code - CODE_0);
    if (row > MAX_ROWS) return null;
  }
  if (i === digitsStart || row === 0) return null;
  return { row, column: column - 1 };
}

/** "A1:C5" or "B2" → a range with first ≤ last; null when either end is not a cell. */
export function parseRange(ref: string): CellRange | null {
  const colon = ref.indexOf(":");
  const first = parseCellAddress(colon < 0 ? ref : ref.slice(0, colon));
  const last = colon < 0 ? first : parseCellAddress(ref.slice(colon + 1));
  if (!first || !last) return null;
  return {
    first: { row: Math.min(first.row, last.row), column: Math.min(first.column, last.column) },
    last: { row: Math.max(first.row, last.row), column: Math.max(first.column, last.column) },
  };
}

export function formatRange(range: CellRange): string {
  const first = cellAddress(range.first.row, range.first.column);
  const last = cellAddress(range.last.row, range.last.column);
  return first === last ? first : `${first}:${last}`;
}

export function unionRange(a: CellRange, b: CellRange): CellRange {
  return {
    first: { row: Math.min(a.first.row, b.first.row), column: Math.min(a.first.column, b.first.column) },
    last: { row: Math.max(a.last.row, b.last.row), column: Math.max(a.last.column, b.last.column) },
  };
}

export function rangeContains(outer: CellRange, inner: CellRange): boolean {
  return (
    inner.first.row >= outer.first.row &&
    inner.last.row <= outer.last.row &&
    inner.first.column >= outer.first.column &&
    inner.last.column <= outer.last.column
  );
}

/** Sheet names are always quoted in formulas: `'销售漏斗'`, with an apostrophe doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
