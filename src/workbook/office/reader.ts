import type { RawCell } from "../../engine/cells/types";
import { a1 } from "../cellRef";
import { runBlocks } from "./blocks";
import { mayBeError, plainCell, rawCell } from "./cells";
import { jsonCellBytes, prefixSums, rowsWithin, type RequestLimits } from "./limits";

/** Where a sheet's cells end: the last used row and column, as 1-based counts. */
export interface UsedArea {
  readonly rows: number;
  readonly columns: number;
}

/** A guess for a sheet not read yet: a dozen characters of CJK text, with room to spare. */
const FIRST_GUESS_BYTES_PER_CELL = 48;
/** Headroom over the density seen so far, for rows that hold longer text than those before. */
const DENSITY_MARGIN = 1.5;
/** A load command for one small range: its path, the properties, and the reply's framing. */
const RECHECK_COMMAND_BYTES = 160;
/** A cell's `valueTypes` entry in a reply ("String", with quotes and comma). */
const TYPE_BYTES = 10;
/** Rows between two cells to re-check that are cheaper to read again than to ask for apart. */
const RECHECK_GAP = 4;

interface ColumnRun {
  readonly first: number;
  readonly count: number;
}

/** Adjacent columns are read as one range: fewer objects, smaller requests. */
function columnRuns(columns: readonly number[]): ColumnRun[] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const runs: ColumnRun[] = [];
  for (const column of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === column)
      runs[runs.length - 1] = { first: last.first, count: last.count + 1 };
    else runs.push({ first: column, count: 1 });
  }
  return runs;
}

export function rangeAddress(firstRow: number, firstColumn: number, rows: number, columns: number): string {
  return `${a1(firstRow, firstColumn)}:${a1(firstRow + rows - 1, firstColumn + columns - 1)}`;
}

/** A cell (row 0-based in the read) whose kind must be asked for. */
interface Recheck {
  readonly column: number;
  readonly row: number;
  /** Estimated request and reply bytes. */
  readonly bytes: number;
}

/**
 * Reads sheets in row blocks sized to the request limits: only the columns asked for, only their
 * `values`, the block size following the density of the rows already read. A cell whose value
 * looks like an error (#N/A) may be one or may be text someone typed; those few cells are read
 * again afterwards with `valueTypes`, in as few requests as their size allows.
 */
export class SheetReader {
  private bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limits: RequestLimits,
    private readonly onProgress?: (fraction: number) => void,
  ) {}

  async usedArea(sheet: string): Promise<UsedArea> {
    const { context } = this;
    const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
    used.load("rowIndex, columnIndex, rowCount, columnCount");
    await context.sync();
    if (used.isNullObject) return { rows: 0, columns: 0 };
    const area = { rows: used.rowIndex + used.rowCount, columns: used.columnIndex + used.columnCount };
    used.untrack();
    return area;
  }

  /** Rows `firstRow`…`lastRow` (1-based) of each column asked for, in the order asked. */
  async readColumns(
    sheet: string,
    columns: readonly number[],
    firstRow: number,
    lastRow: number,
  ): Promise<RawCell[][]> {
    const total = Math.max(0, lastRow - firstRow + 1);
    const byColumn = new Map<number, RawCell[]>(
      columns.map((column) => [column, new Array<RawCell>(total).fill(null)]),
    );
    if (total === 0 || columns.length === 0) return columns.map(() => []);
    const runs = columnRuns(columns);
    const width = runs.reduce((sum, run) => sum + run.count, 0);
    const worksheet = this.context.workbook.worksheets.getItem(sheet);
    /** Per column, the rows (0-based in the read) whose value may be an error. */
    const suspects = new Map<number, number[]>();
    await runBlocks(this.context, {
      total,
      sizeAt: () => this.rowsPerBlock(width),
      queue: (start, end) => {
        const ranges = runs.map((run) => {
          const range = worksheet.getRange(rangeAddress(firstRow + start, run.first, end - start, run.count));
          range.load("values");
          return { run, range };
        });
        return () => {
          let bytes = 0;
          for (const { run, range } of ranges) {
            bytes += this.collect(range.values, run, start, byColumn, suspects);
            range.untrack();
          }
          this.bytesPerCell = Math.max(8, bytes / ((end - start) * width));
        };
      },
      onProgress: (done) => this.onProgress?.(done / total),
    });
    if (suspects.size > 0) await this.recheck(worksheet, firstRow, suspects, byColumn);
    return columns.map((column) => byColumn.get(column) ?? []);
  }

  private rowsPerBlock(width: number): number {
    const byBytes = Math.floor(this.limits.maxBytes / (width * this.bytesPerCell * DENSITY_MARGIN));
    const byCells = Math.floor(this.limits.maxCells / width);
    return Math.max(1, Math.min(this.limits.maxBlockRows, byBytes, byCells));
  }

  /** Copies one block into the column arrays; returns its size in response bytes. */
  private collect(
    values: readonly (readonly unknown[])[],
    run: ColumnRun,
    start: number,
    byColumn: Map<number, RawCell[]>,
    suspects: Map<number, number[]>,
  ): number {
    let bytes = 0;
    for (let c = 0; c < run.count; c++) {
      const column = run.first + c;
      const target = byColumn.get(column);
      for (let r = 0; r < values.length; r++) {
        const value = values[r][c];
        bytes += jsonCellBytes(value);
        if (!target) continue;
        target[start + r] = plainCell(value);
        if (mayBeError(value)) {
          const rows = suspects.get(column) ?? [];
          rows.push(start + r);
          suspects.set(column, rows);
        }
      }
    }
    return bytes;
  }

  /**
   * Reads the cells that may hold an error again, `values` with `valueTypes`, and keeps what
   * that read says (the two are from the same moment). Nearby cells go in one range.
   */
  private async recheck(
    worksheet: Excel.Worksheet,
    firstRow: number,
    suspects: Map<number, number[]>,
    byColumn: Map<number, RawCell[]>,
  ): Promise<void> {
    const cells = recheckCells(suspects, byColumn);
    const prefix = prefixSums(cells.map((cell) => cell.bytes));
    const budget = this.limits.maxBytes / DENSITY_MARGIN;
    await runBlocks(this.context, {
      total: cells.length,
      sizeAt: (start) => rowsWithin(prefix, start, budget, this.limits.maxBlockRows),
      queue: (start, end) => {
        const ranges = spans(cells, start, end).map((span) => {
          const range = worksheet.getRange(rangeAddress(firstRow + span.row, span.column, span.rows, 1));
          range.load("values, valueTypes");
          return { span, range };
        });
        return () => {
          for (const { span, range } of ranges) {
            const target = byColumn.get(span.column);
            for (let r = 0; target && r < span.rows; r++)
              target[span.row + r] = rawCell(range.values[r][0], range.valueTypes[r][0]);
            range.untrack();
          }
        };
      },
    });
  }
}

/**
 * The cells to read again, column by column: each suspect, and the few cells between suspects a
 * handful of rows apart (reading them costs less than another command). The first cell of each
 * stretch carries the command's cost, so a block of cells is sized with its commands.
 */
function recheckCells(suspects: Map<number, number[]>, byColumn: Map<number, RawCell[]>): Recheck[] {
  const cells: Recheck[] = [];
  for (const [column, rows] of suspects) {
    const values = byColumn.get(column) ?? [];
    const add = (row: number, first: boolean) =>
      cells.push({
        column,
        row,
        bytes: (first ? RECHECK_COMMAND_BYTES : 0) + jsonCellBytes(values[row] ?? "") + TYPE_BYTES,
      });
    let last = -Infinity;
    for (const row of rows) {
      const joins = row - last - 1 <= RECHECK_GAP;
      if (joins) for (let between = last + 1; between < row; between++) add(between, false);
      add(row, !joins);
      last = row;
    }
  }
  return cells;
}

/** Cells [start, end) as ranges: runs of one column's consecutive rows. */
function spans(
  cells: readonly Recheck[],
  start: number,
  end: number,
): { column: number; row: number; rows: number }[] {
  const result: { column: number; row: number; rows: number }[] = [];
  for (let i = start; i < end; i++) {
    const cell = cells[i];
    const last = result[result.length - 1];
    if (last && last.column === cell.column && last.row + last.rows === cell.row) last.rows += 1;
    else result.push({ column: cell.column, row: cell.row, rows: 1 });
  }
  return result;
}
