import type { FieldDef } from "../../src/engine/schema/fields";
import { locateHeader } from "../../src/engine/schema/headers";
import { columnIndexes, tableFromLocation, type SheetTable } from "../../src/engine/schema/table";
import type { GeneratedSheet } from "./sheet";

/**
 * The sheet as the refresh pipeline hands it to the engine: the header found in the top row,
 * then only the known columns' cells (what `readColumns` returns), sharing the generated arrays.
 */
export function sheetTable(sheet: GeneratedSheet, fields: readonly FieldDef[]): SheetTable {
  const location = locateHeader([sheet.headers], fields, 1);
  if (location === null) throw new Error(`no header row in generated sheet ${sheet.name}`);
  const columns = columnIndexes(location).map((index) => sheet.columns[index]);
  return tableFromLocation(sheet.name, location, fields, columns, sheet.rows);
}
