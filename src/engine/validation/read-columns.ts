import { CellState, type CellSlot } from "../cells/slot";
import type { ParseErrorCode, RawCell } from "../cells/types";
import type { FieldDef } from "../schema/fields";
import type { SheetTable } from "../schema/table";
import { BLOCK_ROWS, BlockColumn, type NonValueSink } from "./block-column";
import { optionsOf } from "./cell-readers";
import type { ValidationContext } from "./context";
import { expectedForm } from "./expected";
import type { FindingLog } from "./finding-log";

export { BLOCK_ROWS, BlockColumn, CellState };

export type BlockColumns = ReadonlyMap<string, BlockColumn>;

function hasContent(cell: RawCell): boolean {
  if (cell === null || cell === undefined) return false;
  return typeof cell !== "string" || cell.trim() !== "";
}

/** Marks rows [from, to) used when they have content in at least one known column; blank rows are skipped. */
function markUsedRows(table: SheetTable, used: Uint8Array, from: number, to: number): void {
  for (const column of table.columns.values()) {
    const cells = column.cells;
    const end = Math.min(to, cells.length);
    for (let row = from; row < end; row++) {
      if (used[row] === 0 && hasContent(cells[row])) used[row] = 1;
    }
  }
}

function reportUnreadable(
  column: BlockColumn,
  row: number,
  code: ParseErrorCode,
  log: FindingLog,
  ctx: ValidationContext,
): void {
  if (code === "excel-error") {
    log.cell(column, row, "cell.excel-error", {});
  } else if (column.field.type === "phone" && code === "not-an-option") {
    // A number in an unusual format may still reach the person: only a warning.
    log.cell(column, row, "phone.invalid", {});
  } else {
    log.cell(column, row, `cell.${code}`, {
      expected: expectedForm(column.field, optionsOf(column.field, ctx.config)),
    });
  }
}

/** What a blank, a placeholder or an unreadable cell costs (SPEC 3, 9). */
class CellOutcomes implements NonValueSink {
  constructor(
    private readonly ctx: ValidationContext,
    private readonly log: FindingLog,
  ) {}

  nonValue(column: BlockColumn, row: number, slot: CellSlot): void {
    const { log } = this;
    if (slot.state === CellState.error) {
      column.markState(row, CellState.error);
      reportUnreadable(column, row, slot.error, log, this.ctx);
      return;
    }
    const placeholder = slot.state === CellState.placeholder;
    if (placeholder) {
      column.markState(row, CellState.placeholder);
      log.incomplete[row] = 1;
    }
    const required = column.field.required;
    if (required !== undefined) log.missing(column, row, required, placeholder);
  }
}

/**
 * Reads a sheet block by block: the used rows of each block, every known column of it with its
 * field's parser (reporting unreadable cells and required blanks), then `visit(from, to)` while
 * the block's values are at hand. Rows not in use are left blank and reported nowhere.
 */
export class SheetBlocks {
  readonly columns: Map<string, BlockColumn>;
  readonly used: Uint8Array;
  private readonly outcomes: CellOutcomes;

  constructor(
    private readonly table: SheetTable,
    fields: readonly FieldDef[],
    ctx: ValidationContext,
    log: FindingLog,
    private readonly blockRows = BLOCK_ROWS,
  ) {
    if (!(blockRows >= 1 && blockRows <= BLOCK_ROWS))
      throw new RangeError(`blocks of 1 to ${BLOCK_ROWS} rows`);
    this.columns = new Map();
    for (const field of fields) {
      const column = table.columns.get(field.key);
      if (column !== undefined) this.columns.set(field.key, new BlockColumn(field, column, ctx));
    }
    this.used = new Uint8Array(table.rowCount);
    this.outcomes = new CellOutcomes(ctx, log);
  }

  forEachBlock(visit: (from: number, to: number) => void): void {
    const rowCount = this.table.rowCount;
    for (let from = 0; from < rowCount; from += this.blockRows) {
      const to = Math.min(from + this.blockRows, rowCount);
      markUsedRows(this.table, this.used, from, to);
      for (const column of this.columns.values()) column.read(from, to, this.used, this.outcomes);
      visit(from, to);
    }
  }
}
