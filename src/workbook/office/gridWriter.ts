import { a1, sheetA1 } from "../cellRef";
import type { OutCell } from "../port";
import { runBlocks } from "./blocks";
import type { HostCapabilities } from "./capabilities";
import { displayText, excelFormat, excelValue, linkOf, styleOf, type ExcelValue } from "./cells";
import { jsonCellBytes, prefixSums, rowsWithin, utf8Length, type RequestLimits } from "./limits";
import { rangeAddress } from "./reader";
import { applyLinkFont, applyStyle, LINK_COST, styleCost } from "./styles";

/** A rectangle of cells the add-in owns, written from its top-left cell down. */
export interface GridWrite {
  readonly sheet: string;
  /** 1-based row and 0-based column of the top-left cell. */
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly rows: readonly (readonly OutCell[])[];
  /**
   * Clear each block's old contents, formats and links first: for the score columns beside the
   * user's data, which keep what an earlier refresh wrote. Owned sheets start out cleared.
   */
  readonly clearFirst: boolean;
}

export interface WriterContext {
  readonly context: Excel.RequestContext;
  readonly capabilities: HostCapabilities;
  readonly limits: RequestLimits;
}

/** Fixed cost of a block: the range, the clear, the calculation pause, and the style runs it cuts. */
const BLOCK_OVERHEAD = 4096;

function cellAt(write: GridWrite, row: number, column: number): OutCell {
  return write.rows[row]?.[column] ?? null;
}

/** The rectangle as office-js wants it, and the request bytes each row adds. */
interface PreparedGrid {
  readonly values: ExcelValue[][];
  readonly formats: string[][];
  /** Per row: its values and formats, the style runs starting in it, its links. */
  readonly costs: number[];
}

function prepare(write: GridWrite): PreparedGrid {
  const values: ExcelValue[][] = new Array<ExcelValue[]>(write.rows.length);
  const formats: string[][] = new Array<string[]>(write.rows.length);
  const costs = new Array<number>(write.rows.length);
  for (let r = 0; r < write.rows.length; r++) {
    const valueRow = new Array<ExcelValue>(write.width);
    const formatRow = new Array<string>(write.width);
    let bytes = 4;
    for (let c = 0; c < write.width; c++) {
      const cell = cellAt(write, r, c);
      valueRow[c] = excelValue(cell);
      formatRow[c] = excelFormat(cell);
      bytes += jsonCellBytes(valueRow[c]) + formatRow[c].length + 3;
      const style = styleOf(cell);
      if (style && (r === 0 || styleOf(cellAt(write, r - 1, c)) !== style)) bytes += styleCost(style);
      if (linkOf(cell)) bytes += LINK_COST + 2 * utf8Length(displayText(cell));
    }
    values[r] = valueRow;
    formats[r] = formatRow;
    costs[r] = bytes;
  }
  return { values, formats, costs };
}

/**
 * Writes the rectangle in blocks of rows sized to the request limits: number formats first (Text
 * for text, so nothing typed like a formula turns into one), then values, then the style of each
 * run of equal cells in a column, then links. Every range made is released after its block.
 */
export async function writeGrid(
  write: GridWrite,
  writer: WriterContext,
  onRows?: (done: number) => void,
): Promise<void> {
  if (write.rows.length === 0 || write.width === 0) return;
  const { context, limits } = writer;
  const prepared = prepare(write);
  const prefix = prefixSums(prepared.costs);
  const budget = limits.maxBytes - BLOCK_OVERHEAD - write.width * styleCost("ownedHeader");
  const rowCap = Math.max(1, Math.min(limits.maxBlockRows, Math.floor(limits.maxCells / write.width)));
  const worksheet = context.workbook.worksheets.getItem(write.sheet);
  await runBlocks(context, {
    total: write.rows.length,
    sizeAt: (start) => rowsWithin(prefix, start, budget, rowCap),
    queue: (start, end) => {
      queueBlock(worksheet, write, prepared, writer, start, end);
      return () => undefined;
    },
    onProgress: onRows,
  });
}

function queueBlock(
  worksheet: Excel.Worksheet,
  write: GridWrite,
  prepared: PreparedGrid,
  writer: WriterContext,
  start: number,
  end: number,
): void {
  const { capabilities } = writer;
  if (capabilities.calculationSuspend)
    writer.context.workbook.application.suspendApiCalculationUntilNextSync();
  const range = worksheet.getRange(rangeAddress(write.top + start, write.left, end - start, write.width));
  if (write.clearFirst) range.clear("All");
  range.numberFormat = prepared.formats.slice(start, end);
  range.values = prepared.values.slice(start, end);
  const made: Excel.Range[] = [range];
  for (let c = 0; c < write.width; c++) {
    for (let r = start; r < end;) {
      const style = styleOf(cellAt(write, r, c));
      let next = r + 1;
      while (next < end && styleOf(cellAt(write, next, c)) === style) next += 1;
      if (style) {
        const run = worksheet.getRange(rangeAddress(write.top + r, write.left + c, next - r, 1));
        applyStyle(run, style);
        made.push(run);
      }
      r = next;
    }
  }
  if (capabilities.hyperlinks) made.push(...queueLinks(worksheet, write, start, end));
  made.forEach((object) => object.untrack());
}

function queueLinks(worksheet: Excel.Worksheet, write: GridWrite, start: number, end: number): Excel.Range[] {
  const made: Excel.Range[] = [];
  for (let r = start; r < end; r++) {
    for (let c = 0; c < write.width; c++) {
      const cell = cellAt(write, r, c);
      const link = linkOf(cell);
      if (!link) continue;
      const target = worksheet.getRange(a1(write.top + r, write.left + c));
      target.hyperlink = {
        documentReference: sheetA1(link.sheet, link.row, link.column),
        textToDisplay: displayText(cell),
      };
      applyLinkFont(target);
      made.push(target);
    }
  }
  return made;
}
