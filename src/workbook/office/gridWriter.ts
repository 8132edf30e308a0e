import { a1, sheetA1 } from "../cellRef";
import type { CellStyle, OutCell } from "../port";
import { AREA_BYTES, columnRuns, mergeAcross, queueOnAreas, type Area } from "./areas";
import { runBlocks } from "./blocks";
import type { HostCapabilities } from "./capabilities";
import { displayText, excelFormat, excelValue, linkOf, styleOf, type ExcelValue } from "./cells";
import { chooseBases, FORMAT_COMMAND_BYTES, formatRowCost, queueFormats } from "./formatPlan";
import { jsonCellBytes, prefixSums, rowsWithin, utf8Length, type RequestLimits } from "./limits";
import { officeErrorCode } from "./officeErrors";
import { rangeAddress } from "./reader";
import { applyLinkFont, applyStyle, LINK_FONT_PROPERTIES, styleCost, styleProperties } from "./styles";

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

/** Fixed cost of a block: the range, the clear, the calculation pause, and the runs it cuts. */
const BLOCK_OVERHEAD = 4096;
/** One link: the cell's path and the `hyperlink` command with its target (the text is counted apart). */
const LINK_BYTES = 240;

function cellAt(write: GridWrite, row: number, column: number): OutCell {
  return write.rows[row]?.[column] ?? null;
}

/** The rectangle as office-js wants it, and the request bytes each row adds. */
interface PreparedGrid {
  readonly values: ExcelValue[][];
  /** Each cell's number format: Text for text, the cell's own for numbers, else General. */
  readonly formats: string[][];
  /** Per column, the format set on the whole column first (ExcelApi 1.9 hosts only). */
  readonly bases: (string | null)[] | null;
  /** Per row: its values, the format, style and link-font runs starting in it, its links. */
  readonly costs: number[];
}

function prepare(write: GridWrite, areas: boolean): PreparedGrid {
  const count = write.rows.length;
  const values = new Array<ExcelValue[]>(count);
  const formats = new Array<string[]>(count);
  for (let r = 0; r < count; r++) {
    const valueRow = new Array<ExcelValue>(write.width);
    const formatRow = new Array<string>(write.width);
    for (let c = 0; c < write.width; c++) {
      const cell = cellAt(write, r, c);
      valueRow[c] = excelValue(cell);
      formatRow[c] = excelFormat(cell);
    }
    values[r] = valueRow;
    formats[r] = formatRow;
  }
  const bases = areas ? chooseBases(formats, write.width) : null;
  const costs = new Array<number>(count);
  for (let r = 0; r < count; r++) {
    let bytes = 4 + (bases ? formatRowCost(formats, bases, r) : 0);
    for (let c = 0; c < write.width; c++) {
      bytes += jsonCellBytes(values[r][c]);
      if (!bases) bytes += formats[r][c].length + 3;
      const cell = cellAt(write, r, c);
      const style = styleOf(cell);
      if (style && (r === 0 || styleOf(cellAt(write, r - 1, c)) !== style))
        bytes += areas ? AREA_BYTES * styleProperties(style) : styleCost(style);
      const link = linkOf(cell);
      if (!link) continue;
      bytes += LINK_BYTES + 2 * utf8Length(displayText(cell)) + utf8Length(link.sheet);
      if (r === 0 || !linkOf(cellAt(write, r - 1, c)))
        bytes += areas ? AREA_BYTES * LINK_FONT_PROPERTIES : styleCost("note");
    }
    costs[r] = bytes;
  }
  return { values, formats, bases, costs };
}

/**
 * Writes the rectangle in blocks of rows sized to the request limits: number formats first (Text
 * for text, so nothing typed like a formula turns into one), then values, then each style on the
 * runs of cells that carry it, then links. Where the host has `getRanges` (ExcelApi 1.9),
 * formats and styles go per column and per area list instead of per cell and per run. Every
 * object made is released after its block.
 */
export async function writeGrid(
  write: GridWrite,
  writer: WriterContext,
  onRows?: (done: number) => void,
): Promise<void> {
  if (write.rows.length === 0 || write.width === 0) return;
  const { context, limits } = writer;
  let areas = writer.capabilities.rangeAreas;
  const prepared = prepare(write, areas);
  const prefix = prefixSums(prepared.costs);
  const fixed = BLOCK_OVERHEAD + write.width * (styleCost("ownedHeader") + FORMAT_COMMAND_BYTES);
  const budget = limits.maxBytes - fixed;
  const rowCap = Math.max(1, Math.min(limits.maxBlockRows, Math.floor(limits.maxCells / write.width)));
  const worksheet = context.workbook.worksheets.getItem(write.sheet);
  await runBlocks(context, {
    total: write.rows.length,
    sizeAt: (start) => rowsWithin(prefix, start, budget, rowCap),
    queue: (start, end) => {
      queueBlock(worksheet, write, prepared, { ...writer, areas }, start, end);
      return () => undefined;
    },
    onProgress: onRows,
    // Excel sets no documented limit on a `getRanges` list, and long ones have been refused as
    // InvalidArgument: send that block again the older way (each block only sets formats and
    // values, so what landed of it is simply set again).
    retry: (error) => {
      if (!areas || officeErrorCode(error) !== "InvalidArgument") return false;
      areas = false;
      return true;
    },
  });
}

function queueBlock(
  worksheet: Excel.Worksheet,
  write: GridWrite,
  prepared: PreparedGrid,
  writer: WriterContext & { readonly areas: boolean },
  start: number,
  end: number,
): void {
  const { capabilities } = writer;
  const place = { top: write.top, left: write.left, rangeAreas: writer.areas };
  if (capabilities.calculationSuspend)
    writer.context.workbook.application.suspendApiCalculationUntilNextSync();
  const range = worksheet.getRange(rangeAddress(write.top + start, write.left, end - start, write.width));
  if (write.clearFirst) range.clear("All");
  const made: (Excel.Range | Excel.RangeAreas)[] = [range];
  // A block can make thousands of objects: append without spreading them as arguments.
  const keep = (objects: readonly (Excel.Range | Excel.RangeAreas)[]) => objects.forEach((o) => made.push(o));
  if (writer.areas && prepared.bases)
    keep(queueFormats({ worksheet, ...place }, prepared.formats, prepared.bases, start, end));
  else range.numberFormat = prepared.formats.slice(start, end);
  range.values = prepared.values.slice(start, end);
  const styled = new Map<CellStyle, Area[]>();
  for (let c = 0; c < write.width; c++) {
    for (const { key, area } of columnRuns(c, start, end, (r) => styleOf(cellAt(write, r, c)) ?? null)) {
      const areas = styled.get(key) ?? [];
      areas.push(area);
      styled.set(key, areas);
    }
  }
  for (const [style, areas] of styled)
    keep(queueOnAreas(worksheet, mergeAcross(areas), place, (target) => applyStyle(target, style)));
  if (capabilities.hyperlinks) keep(queueLinks(worksheet, write, place, start, end));
  made.forEach((object) => object.untrack());
}

/** Each link on its cell, then the link font once over the runs of linked cells. */
function queueLinks(
  worksheet: Excel.Worksheet,
  write: GridWrite,
  place: { readonly top: number; readonly left: number; readonly rangeAreas: boolean },
  start: number,
  end: number,
): (Excel.Range | Excel.RangeAreas)[] {
  const made: (Excel.Range | Excel.RangeAreas)[] = [];
  const linked: Area[] = [];
  for (let c = 0; c < write.width; c++) {
    for (let r = start; r < end; r++) {
      const cell = cellAt(write, r, c);
      const link = linkOf(cell);
      if (!link) continue;
      const target = worksheet.getRange(a1(write.top + r, write.left + c));
      target.hyperlink = {
        documentReference: sheetA1(link.sheet, link.row, link.column),
        textToDisplay: displayText(cell),
      };
      made.push(target);
    }
    for (const run of columnRuns(c, start, end, (r) => (linkOf(cellAt(write, r, c)) ? true : null)))
      linked.push(run.area);
  }
  return made.concat(queueOnAreas(worksheet, mergeAcross(linked), place, (target) => applyLinkFont(target)));
}
