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

/** Finds a sheet by name or alias and its header row; null when either is missing. */
export async function locateSheet(
  port: WorkbookPort,
  sheetNames: readonly string[],
  def: SheetDef,
  fields: readonly FieldDef[],
): Promise<LocatedSheet | "no-sheet" | "no-header"> {
  const name = findSheet(sheetNames, def);
  if (name === null) return "no-sheet";
  const size = await port.usedSize(name);
  const top = await port.readTop(name, HEADER_SEARCH_ROWS);
  const location = locateHeader(top, fields, HEADER_SEARCH_ROWS);
  if (!location) return "no-header";
  return {
    name,
    location,
    headerCells: top[location.rowOffset],
    usedRows: size.rows,
    usedColumns: size.columns,
  };
}

/** Reads only the columns the engine knows, from the row under the header to the last used row. */
export async function readTable(
  port: WorkbookPort,
  sheet: LocatedSheet,
  fields: readonly FieldDef[],
): Promise<SheetTable> {
  const headerRow = sheet.location.rowOffset + 1;
  const entries = [...sheet.location.columns.entries()];
  const columns = await port.readColumns(
    sheet.name,
    entries.map(([, column]) => column.index),
    headerRow + 1,
  );
  return tableFromLocation(
    sheet.name,
    sheet.location,
    fields,
    columns,
    Math.max(0, sheet.usedRows - headerRow),
  );
}

/** A small sheet (rules, codes) read whole. */
export async function readWholeSheet(port: WorkbookPort, name: string): Promise<RawCell[][]> {
  const size = await port.usedSize(name);
  return size.rows === 0 ? [] : port.readTop(name, size.rows);
}
