/**
 * Name matching for headers and sheet names: width-, case- and space-insensitive, so
 * `Ｃｕｓｔｏｍｅｒｓ`, `customers` and `Customers ` are one name (SPEC 1).
 */
import type { SheetDef } from "../../engine/schema/fields";

export function normalizeName(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

/** Whether a sheet is the template's `def` sheet: its zh name, en name or an alias. */
export function isSheetOf(def: SheetDef, name: string): boolean {
  const wanted = normalizeName(name);
  return [def.zh, def.en, ...def.aliases].some((candidate) => normalizeName(candidate) === wanted);
}
