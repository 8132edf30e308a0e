import type { Rect } from "./address";

/**
 * One layer of a sheet (values, formulas, number formats, …) as sparse rows: a row array exists
 * once something is written in it, so a 200,000-row ledger costs what its cells cost and an
 * empty sheet costs nothing.
 */
export class Grid<T> {
  private rows: (T | undefined)[][] = [];

  get(row: number, column: number): T | undefined {
    return this.rows[row]?.[column];
  }

  set(row: number, column: number, value: T | undefined): void {
    if (value === undefined) {
      const line = this.rows[row];
      if (line !== undefined && column < line.length) line[column] = undefined;
      return;
    }
    let line = this.rows[row];
    if (line === undefined) {
      line = [];
      this.rows[row] = line;
    }
    line[column] = value;
  }

  /** Calls `visit` for every cell holding something inside `rect` (all cells when omitted). */
  forEach(visit: (value: T, row: number, column: number) => void, rect?: Rect): void {
    const lastRow = rect ? Math.min(this.rows.length, rect.row + rect.rows) : this.rows.length;
    for (let r = rect?.row ?? 0; r < lastRow; r++) {
      const line = this.rows[r];
      if (line === undefined) continue;
      const lastColumn = rect ? Math.min(line.length, rect.column + rect.columns) : line.length;
      for (let c = rect?.column ?? 0; c < lastColumn; c++) {
        const value = line[c];
        if (value !== undefined) visit(value, r, c);
      }
    }
  }

  clear(rect: Rect): void {
    this.forEach((_, r, c) => this.set(r, c, undefined), rect);
  }

  /** Shifts rows at and below `at` down by `count`, as Excel's Insert ▸ Entire row does. */
  insertRows(at: number, count: number): void {
    if (at >= this.rows.length) return;
    this.rows.splice(at, 0, ...new Array<(T | undefined)[]>(count));
  }

  deleteRows(at: number, count: number): void {
    if (at < this.rows.length) this.rows.splice(at, count);
  }

  /** Bounds of the cells holding something, or null. */
  extent(): Rect | null {
    let top = -1;
    let bottom = -1;
    let left = Number.MAX_SAFE_INTEGER;
    let right = -1;
    for (let r = 0; r < this.rows.length; r++) {
      const line = this.rows[r];
      if (line === undefined) continue;
      let first = -1;
      let last = -1;
      for (let c = 0; c < line.length; c++) {
        if (line[c] === undefined) continue;
        if (first < 0) first = c;
        last = c;
      }
      if (last < 0) continue;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, first);
      right = Math.max(right, last);
    }
    return top < 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }
}

/** The smallest rectangle holding both (either may be null). */
export function union(a: Rect | null, b: Rect | null): Rect | null {
  if (a === null) return b;
  if (b === null) return a;
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  const bottom = Math.max(a.row + a.rows, b.row + b.rows);
  const right = Math.max(a.column + a.columns, b.column + b.columns);
  return { row, column, rows: bottom - row, columns: right - column };
}
