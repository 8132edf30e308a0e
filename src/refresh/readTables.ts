import type { RawCell } from "../engine/cells/types";
import type { FieldDef, SheetDef } from "../engine/schema/fields";
import { findSheet, locateHeader, type HeaderLocation } from "../engine/schema/headers";
import { tableFromLocation, type SheetTable } from "../engine/schema/table";
import type { WorkbookPort } from "../workbook/port";

/** How far down a header row may sit (SPEC 1). */
export const HEADER_SEARCH_ROWS = 10;

export interface LocatedSheet {
  readonly name: string;
  readonly location: HeaderLocation;
  /** The header row's cells as the sheet shows them, the full used width. */
  readonly headerCells: readonly RawCell[];
  readonly usedRows: number;
  readonly usedColumns: number;
}

export interface LocatedTable {
  readonly sheet: LocatedSheet;
  readonly table: SheetTable;
}

/**
 * Finds a sheet by name or alias and its header row in the first rows, then reads only the
 * columns the engine knows, from the row under the header to the last used row: one
 * `readSheet`, so a file-backed workbook is read in a single pass.
 */
export async function readLocatedTable(
  port: WorkbookPort,
  sheetNames: readonly string[],
  def: SheetDef,
  fields: readonly FieldDef[],
): Promise<LocatedTable | "no-sheet" | "no-header"> {
  const name = findSheet(sheetNames, def);
  if (name === null) return "no-sheet";
  let found: HeaderLocation | null = null;
  const read = await port.readSheet(name, HEADER_SEARCH_ROWS, (top) => {
    found = locateHeader(top, fields, HEADER_SEARCH_ROWS);
    if (found === null) return null;
    const columns = [...found.columns.values()].map((column) => column.index);
    return { columns, firstRow: found.rowOffset + 2 };
  });
  // Set inside the chooser, which the compiler cannot follow.
  const location = found as HeaderLocation | null;
  if (location === null || read.columns === null) return "no-header";
  const headerRow = location.rowOffset + 1;
  return {
    sheet: {
      name,
      location,
      headerCells: read.top[location.rowOffset] ?? [],
      usedRows: read.size.rows,
      usedColumns: read.size.columns,
    },
    table: tableFromLocation(name, location, fields, read.columns, Math.max(0, read.size.rows - headerRow)),
  };
}

/** A small sheet (rules, codes) read whole. */
export async function readWholeSheet(port: WorkbookPort, name: string): Promise<RawCell[][]> {
  const size = await port.usedSize(name);
  return size.rows === 0 ? [] : port.readTop(name, size.rows);
}
