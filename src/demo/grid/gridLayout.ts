import type { RawCell } from "../../engine/cells/types";

export const ROW_HEIGHT = 24;
export const ROW_HEADER_WIDTH = 48;
const OVERSCAN_ROWS = 10;
/** Rows looked at when sizing a column: enough to see its typical content, cheap on big sheets. */
const SIZING_ROWS = 200;
const CHAR_PX = 7.5;
const PADDING_PX = 16;
const MIN_WIDTH = 56;
const MAX_WIDTH = 260;

/** First and last (1-based) rows to render for a scroll position, with some rows to spare. */
export function visibleRows(scrollTop: number, viewHeight: number, rowCount: number): [number, number] {
  // Row r sits at r × ROW_HEIGHT: the column header takes the first slot.
  const first = Math.min(rowCount, Math.max(1, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN_ROWS));
  const last = Math.min(rowCount, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN_ROWS);
  return [first, Math.max(first, last)];
}

/** Pixel width per column from the text of its first rows, within sensible bounds. */
export function columnWidths(
  cells: readonly (readonly RawCell[])[],
  columnCount: number,
  measure: (text: string) => number,
): number[] {
  const widths = new Array<number>(columnCount).fill(MIN_WIDTH);
  for (let r = 0; r < Math.min(cells.length, SIZING_ROWS); r++) {
    const row = cells[r] ?? [];
    for (let c = 0; c < Math.min(row.length, columnCount); c++) {
      const cell = row[c];
      if (cell === null || cell === undefined) continue;
      const text = typeof cell === "object" ? cell.error : String(cell);
      widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, measure(text) * CHAR_PX + PADDING_PX));
    }
  }
  return widths.map(Math.ceil);
}

/** Left edge of each column in pixels, the row header included. */
export function columnStarts(widths: readonly number[]): number[] {
  const starts = [ROW_HEADER_WIDTH];
  for (const width of widths) starts.push(starts[starts.length - 1] + width);
  return starts;
}
