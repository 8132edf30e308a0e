/**
 * Cells between office-js and the port. Reading: `values` says what a cell holds; only where it
 * shows text that could be an error (#N/A) does `valueTypes` say whether it is one or someone
 * typed "#N/A", so the types are fetched for those cells alone. Writing:
 * Excel treats `values` like typing, so text is written into cells formatted as Text ("@") —
 * then `=1+1`, `-5`, `00123` or `2024-03-15` stay exactly as written.
 */
import type { RawCell } from "../../engine/cells/types";
import type { CellRef, CellStyle, OutCell } from "../port";

export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

export type ExcelValue = string | number | boolean;

/** One cell as the engine wants it, from Excel's `values` and `valueTypes`. */
export function rawCell(value: unknown, type: string): RawCell {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "Double":
    case "Integer":
      return typeof value === "number" ? value : null;
    case "Boolean":
      return typeof value === "boolean" ? value : null;
    default:
      // String, and kinds newer than this code (rich values) that still have a plain value.
      if (typeof value === "string") return value === "" ? null : value;
      return typeof value === "number" || typeof value === "boolean" ? value : null;
  }
}

/**
 * Whether a cell's `values` entry could be an error value: Excel hands errors over as their text
 * (#N/A, #VALUE!, #SPILL!, and names of errors newer than this code), all of which begin with "#".
 */
export function mayBeError(value: unknown): boolean {
  return typeof value === "string" && value.startsWith("#");
}

/** One cell from `values` alone, for a value that cannot be an error (see `mayBeError`). */
export function plainCell(value: unknown): RawCell {
  if (typeof value === "string") return value === "" ? null : value;
  return typeof value === "number" || typeof value === "boolean" ? value : null;
}

function plainValue(cell: OutCell): string | number | boolean | null {
  return cell !== null && typeof cell === "object" ? cell.value : cell;
}

/** What goes into `values`: "" empties a cell (null would leave it as it was). */
export function excelValue(cell: OutCell): ExcelValue {
  const value = plainValue(cell);
  if (value === null) return "";
  if (typeof value === "number" && !Number.isFinite(value)) return "";
  return value;
}

/** What goes into `numberFormat`: Text for text, the cell's own format for numbers, else General. */
export function excelFormat(cell: OutCell): string {
  const value = plainValue(cell);
  if (typeof value === "string") return TEXT_FORMAT;
  if (typeof value === "number" && cell !== null && typeof cell === "object" && cell.format)
    return cell.format;
  return GENERAL_FORMAT;
}

export function styleOf(cell: OutCell): CellStyle | undefined {
  return cell !== null && typeof cell === "object" ? cell.style : undefined;
}

export function linkOf(cell: OutCell): CellRef | undefined {
  return cell !== null && typeof cell === "object" ? cell.link : undefined;
}

/** The text a link shows: the cell's value. */
export function displayText(cell: OutCell): string {
  const value = plainValue(cell);
  return value === null ? "" : String(value);
}
