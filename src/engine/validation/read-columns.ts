import type { ParseErrorCode, Parsed, RawCell } from "../cells/types";
import { STAGE_LABELS } from "../config/stages";
import type { Stage } from "../config/stages";
import type { FieldDef } from "../schema/fields";
import type { SheetTable } from "../schema/table";
import { cellReader, optionsOf, plainTextReader } from "./cell-readers";
import type { CellValue } from "./cell-readers";
import type { ValidationContext } from "./context";
import { expectedForm } from "./expected";
import type { CellSite, FindingLog } from "./finding-log";

/** How a cell was read. Kept in a byte per row so a million rows stay cheap. */
export const CellState = { value: 0, blank: 1, placeholder: 2, error: 3 } as const;

/** A column after every cell went through its field's parser. */
export interface ReadColumn extends CellSite {
  /** The value of each data row; null unless `states[row]` is `CellState.value`. */
  readonly values: readonly (CellValue | null)[];
  readonly states: Uint8Array;
}

export type ReadColumns = ReadonlyMap<string, ReadColumn>;

function hasContent(cell: RawCell): boolean {
  if (cell === null || cell === undefined) return false;
  return typeof cell !== "string" || cell.trim() !== "";
}

/** 1 for each data row with content in at least one known column; entirely blank rows are skipped. */
export function usedRows(table: SheetTable): Uint8Array {
  const used = new Uint8Array(table.rowCount);
  for (const column of table.columns.values()) {
    const cells = column.cells;
    for (let row = 0; row < cells.length; row++) {
      if (used[row] === 0 && hasContent(cells[row])) used[row] = 1;
    }
  }
  return used;
}

function reportUnreadable(
  site: CellSite,
  row: number,
  code: ParseErrorCode,
  log: FindingLog,
  ctx: ValidationContext,
): void {
  if (code === "excel-error") {
    log.cell(site, row, "cell.excel-error", {});
  } else if (site.field.type === "phone" && code === "not-an-option") {
    // A number in an unusual format may still reach the person: only a warning.
    log.cell(site, row, "phone.invalid", {});
  } else {
    log.cell(site, row, `cell.${code}`, {
      expected: expectedForm(site.field, optionsOf(site.field, ctx.config)),
    });
  }
}

function readColumn(
  site: CellSite,
  rowCount: number,
  used: Uint8Array,
  ctx: ValidationContext,
  log: FindingLog,
): ReadColumn {
  const read: (raw: RawCell) => string | Parsed<CellValue> =
    plainTextReader(site.field, ctx) ?? cellReader(site.field, ctx);
  const required = site.field.required;
  const values = new Array<CellValue | null>(rowCount).fill(null);
  const states = new Uint8Array(rowCount).fill(CellState.blank);
  for (let row = 0; row < rowCount; row++) {
    if (used[row] === 0) continue;
    const parsed = read(site.cells[row]);
    if (typeof parsed === "string") {
      values[row] = parsed;
      states[row] = CellState.value;
    } else if (parsed.kind === "value") {
      values[row] = parsed.value;
      states[row] = CellState.value;
    } else if (parsed.kind === "error") {
      states[row] = CellState.error;
      reportUnreadable(site, row, parsed.code, log, ctx);
    } else {
      if (parsed.placeholder) {
        states[row] = CellState.placeholder;
        log.incomplete[row] = 1;
      }
      if (required !== undefined) log.missing(site, row, required, parsed.placeholder);
    }
  }
  return { ...site, values, states };
}

/**
 * Reads every known column with its field's parser, column by column, reporting unreadable
 * cells and required blanks. Rows marked unused are left blank and reported nowhere.
 */
export function readColumns(
  table: SheetTable,
  fields: readonly FieldDef[],
  used: Uint8Array,
  ctx: ValidationContext,
  log: FindingLog,
): Map<string, ReadColumn> {
  const columns = new Map<string, ReadColumn>();
  for (const field of fields) {
    const column = table.columns.get(field.key);
    if (column === undefined) continue;
    const site = { field, index: column.index, header: column.header, cells: column.cells };
    columns.set(field.key, readColumn(site, table.rowCount, used, ctx, log));
  }
  return columns;
}

/** Typed access to read values; absent columns read as null. */
export function textAt(column: ReadColumn | undefined, row: number): string | null {
  const value = column?.values[row];
  return typeof value === "string" ? value : null;
}

export function numberAt(column: ReadColumn | undefined, row: number): number | null {
  const value = column?.values[row];
  return typeof value === "number" ? value : null;
}

export function stageAt(column: ReadColumn | undefined, row: number): Stage | null {
  const value = column?.values[row];
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(STAGE_LABELS, value)
    ? (value as Stage)
    : null;
}

/** Blank or a placeholder (not unreadable) in a present column; conditional rules fire on these. */
export function isBlankAt(column: ReadColumn, row: number): boolean {
  const state = column.states[row];
  return state === CellState.blank || state === CellState.placeholder;
}
