import type { RawCell } from "../cells/types";
import type { FieldDef } from "./fields";
import { HEADER_SCAN_ROWS, locateHeader } from "./headers";
import type { DuplicateHeader, HeaderColumn, HeaderLocation } from "./headers";

/** A known column of a sheet with its data cells, from the row under the header down. */
export interface TableColumn extends HeaderColumn {
  readonly cells: readonly RawCell[];
}

/** One input sheet shaped for validation: its known columns, read column by column. */
export interface SheetTable {
  /** The sheet's real name. */
  readonly sheet: string;
  /** Excel row (1-based) of the header; data starts on the next row. */
  readonly headerRow: number;
  /** Data rows under the header (blank rows included). */
  readonly rowCount: number;
  readonly columns: ReadonlyMap<string, TableColumn>;
  /** Fields with a required severity whose column is absent. */
  readonly missing: readonly FieldDef[];
  readonly duplicates: readonly DuplicateHeader[];
  /** Every header cell as shown, by column index; used to name ignored duplicate columns. */
  readonly headers: readonly string[];
}

/** The columns a pipeline must read for `location`, in the order `tableFromLocation` expects them. */
export function columnIndexes(location: HeaderLocation): number[] {
  return Array.from(location.columns.values(), (column) => column.index);
}

/**
 * Shapes the columns a pipeline read into a table. `location` was found in rows read from Excel
 * row 1; `columns[i]` holds the data cells (from the row under the header down) of
 * `columnIndexes(location)[i]`, and a column not handed over counts as empty. `rowCount`
 * defaults to the longest column.
 */
export function tableFromLocation(
  sheet: string,
  location: HeaderLocation,
  fields: readonly FieldDef[],
  columns: readonly (readonly RawCell[])[],
  rowCount?: number,
): SheetTable {
  const known = new Map<string, TableColumn>();
  let longest = 0;
  let position = 0;
  for (const [key, column] of location.columns) {
    const cells = columns[position++] ?? [];
    longest = Math.max(longest, cells.length);
    known.set(key, { index: column.index, header: column.header, cells });
  }
  return {
    sheet,
    headerRow: location.rowOffset + 1,
    rowCount: rowCount ?? longest,
    columns: known,
    missing: fields.filter((field) => field.required !== undefined && !known.has(field.key)),
    duplicates: location.duplicates,
    headers: location.headers,
  };
}

/**
 * A table from a whole sheet held in memory (`grid[0]` is Excel row 1): for tests and the
 * in-memory adapter. Null when no header row is found.
 */
export function tableFromGrid(
  sheet: string,
  grid: readonly (readonly RawCell[])[],
  fields: readonly FieldDef[],
  maxRows = HEADER_SCAN_ROWS,
): SheetTable | null {
  const location = locateHeader(grid, fields, maxRows);
  if (location === null) return null;
  const dataRows = grid.slice(location.rowOffset + 1);
  const cells = columnIndexes(location).map((index) => dataRows.map((row) => row[index]));
  return tableFromLocation(sheet, location, fields, cells);
}
