import type { RawCell } from "../../engine/cells/types";
import { a1 } from "../cellRef";
import { runBlocks } from "./blocks";
import { rawCell } from "./cells";
import { jsonCellBytes, type RequestLimits } from "./limits";

/** Where a sheet's cells end: the last used row and column, as 1-based counts. */
export interface UsedArea {
  readonly rows: number;
  readonly columns: number;
}

/** A guess for a sheet not read yet: a dozen characters of CJK text plus its type, per cell. */
const FIRST_GUESS_BYTES_PER_CELL = 64;
/** Headroom over the density seen so far, for rows that hold longer text than those before. */
const DENSITY_MARGIN = 1.5;

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

/**
 * Reads sheets in row blocks sized to the request limits: only the columns asked for, `values`
 * with `valueTypes`, the block size following the density of the rows already read.
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
    await runBlocks(this.context, {
      total,
      sizeAt: () => this.rowsPerBlock(width),
      queue: (start, end) => {
        const ranges = runs.map((run) => {
          const range = worksheet.getRange(rangeAddress(firstRow + start, run.first, end - start, run.count));
          range.load("values, valueTypes");
          return { run, range };
        });
        return () => {
          let bytes = 0;
          for (const { run, range } of ranges) {
            bytes += this.collect(range.values, range.valueTypes, run, start, byColumn);
            range.untrack();
          }
          this.bytesPerCell = Math.max(8, bytes / ((end - start) * width));
        };
      },
      onProgress: (done) => this.onProgress?.(done / total),
    });
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
    types: readonly (readonly string[])[],
    run: ColumnRun,
    start: number,
    byColumn: Map<number, RawCell[]>,
  ): number {
    let bytes = 0;
    for (let c = 0; c < run.count; c++) {
      const target = byColumn.get(run.first + c);
      for (let r = 0; r < values.length; r++) {
        const value = values[r][c];
        bytes += jsonCellBytes(value) + types[r][c].length + 5;
        if (target) target[start + r] = rawCell(value, types[r][c]);
      }
    }
    return bytes;
  }
}
