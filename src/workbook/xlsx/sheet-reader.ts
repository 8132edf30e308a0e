import { SaxesParser } from "saxes";
import type { RawCell } from "../../engine/cells/types";
import type { ColumnChoice, ColumnChooser, SheetSize } from "../port";
import { parseCellAddress } from "./cell-ref";
import { cellValue, type ValueContext } from "./cell-values";
import { streamPartTextAsync, xmlFailure } from "./part-stream";
import { StringItemText } from "./rich-text";
import type { ZipEntry } from "./zip-directory";
import type { InflateStream } from "./zip-io";

/**
 * Reads a worksheet part in one streaming pass (inflate → UTF-8 → saxes), handing over each
 * cell; nothing of the sheet is kept but what the caller keeps. Rows and cells without an `r`
 * attribute follow the one before, as the format says.
 */
export type CellVisitor = (row: number, column: number, value: RawCell, hasFormula: boolean) => void;

export interface ScanOptions {
  /** Rows after this one are not wanted: the pass stops soon after reaching one. */
  readonly lastRow?: number;
  readonly onProgress?: (fraction: number) => void;
}

export interface SheetSource {
  readonly archive: Uint8Array;
  readonly entry: ZipEntry;
  readonly context: ValueContext;
  /** Inflates off the main thread (the command line); fflate when absent. */
  readonly inflate?: InflateStream;
}

/** The local part of a qualified name, without allocating for the usual unprefixed names. */
function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The parser of a worksheet part, fed text by a driver (synchronous or not). */
interface SheetScanner {
  write(text: string): void;
  close(): void;
  readonly stopped: () => boolean;
}

function sheetScanner(source: SheetSource, visit: CellVisitor, options: ScanOptions): SheetScanner {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const inline = new StringItemText();
  const { context } = source;
  // Depths of the elements of interest once inside <sheetData> (the worksheet root is depth 1).
  const ROW = 3;
  const CELL = 4;
  const CELL_CHILD = 5;
  let depth = 0;
  let inSheetData = false;
  let row = 0;
  let column = -1;
  let inCell = false;
  let type: string | undefined;
  let hasFormula = false;
  let value: string | null = null;
  let inValue = false;
  let inInline = false;
  let inlineText: string | null = null;
  let stopped = false;

  parser.on("opentag", (tag) => {
    depth++;
    if (inInline) return inline.open(tag.name);
    if (!inSheetData) {
      if (depth === 2 && localName(tag.name) === "sheetData") inSheetData = true;
      return;
    }
    if (depth === CELL) {
      const ref = tag.attributes.r;
      const address = ref ? parseCellAddress(ref) : null;
      column = address ? address.column : column + 1;
      inCell = true;
      type = tag.attributes.t;
      hasFormula = false;
      value = null;
      inlineText = null;
    } else if (depth === CELL_CHILD && inCell) {
      const local = localName(tag.name);
      if (local === "v") {
        value = "";
        inValue = true;
      } else if (local === "f") hasFormula = true;
      else if (local === "is") inInline = true;
    } else if (depth === ROW) {
      const r = Number(tag.attributes.r);
      row = Number.isInteger(r) && r > 0 ? r : row + 1;
      column = -1;
      if (options.lastRow !== undefined && row > options.lastRow) stopped = true;
    }
  });

  parser.on("closetag", (tag) => {
    if (inInline) {
      if (depth === CELL_CHILD) {
        inInline = false;
        inlineText = inline.take();
      } else inline.close(tag.name);
    } else if (inValue && depth === CELL_CHILD) {
      inValue = false;
    } else if (inCell && depth === CELL) {
      inCell = false;
      visit(row, column, cellValue({ type, value, inline: inlineText }, context), hasFormula);
    } else if (depth === 2 && inSheetData) {
      inSheetData = false;
    }
    depth--;
  });

  const onText = (text: string): void => {
    if (inValue) value += text;
    else if (inInline) inline.text(text);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);

  return {
    write: (text) => parser.write(text),
    close: () => {
      if (!stopped) parser.close();
    },
    stopped: () => stopped,
  };
}

/** One pass, inflating with the source's own inflater when it has one (the command line's zlib). */
export async function scanSheet(
  source: SheetSource,
  visit: CellVisitor,
  options: ScanOptions = {},
): Promise<void> {
  const scanner = sheetScanner(source, visit, options);
  try {
    await streamPartTextAsync(source.archive, source.entry, scanner.write, {
      shouldStop: scanner.stopped,
      onProgress: options.onProgress,
      inflate: source.inflate,
    });
    scanner.close();
  } catch (cause) {
    throw xmlFailure(source.entry, cause);
  }
}

/** A cell counts as used when it holds a value or a formula; formatting alone does not count. */
function isUsed(value: RawCell, hasFormula: boolean): boolean {
  return hasFormula || (value !== null && value !== undefined && value !== "");
}

export async function measureSheet(
  source: SheetSource,
  onProgress?: (fraction: number) => void,
): Promise<SheetSize> {
  let rows = 0;
  let columns = 0;
  await scanSheet(
    source,
    (row, column, value, hasFormula) => {
      if (!isUsed(value, hasFormula)) return;
      rows = Math.max(rows, row);
      columns = Math.max(columns, column + 1);
    },
    { onProgress },
  );
  return { rows, columns };
}

/** Rows 1…`rowCount` (capped by the used size), each `size.columns` wide, blanks as null. */
export async function readTopRows(
  source: SheetSource,
  rowCount: number,
  size: SheetSize,
): Promise<RawCell[][]> {
  const count = Math.max(0, Math.min(rowCount, size.rows));
  const rows = Array.from({ length: count }, () => new Array<RawCell>(size.columns).fill(null));
  if (count === 0 || size.columns === 0) return rows;
  await scanSheet(
    source,
    (row, column, value) => {
      if (row <= count && column < size.columns) rows[row - 1][column] = value;
    },
    { lastRow: count },
  );
  return rows;
}

/** Short texts repeat down a ledger (stages, regions, owners); one copy of each is kept. */
const INTERN_MAX_LENGTH = 16;
const INTERN_MAX_ENTRIES = 100_000;

function interner(): (value: RawCell) => RawCell {
  const seen = new Map<string, string>();
  return (value) => {
    if (typeof value !== "string" || value.length > INTERN_MAX_LENGTH) return value;
    const known = seen.get(value);
    if (known !== undefined) return known;
    if (seen.size < INTERN_MAX_ENTRIES) seen.set(value, value);
    return value;
  };
}

/**
 * The requested columns from `firstRow` down to the last used row, one array per request (a
 * column asked twice is returned twice), in a single pass that keeps nothing else.
 */
export async function readSheetColumns(
  source: SheetSource,
  columns: readonly number[],
  firstRow: number,
  onProgress?: (fraction: number) => void,
): Promise<{ columns: RawCell[][]; size: SheetSize }> {
  const read = await readSheetOnce(source, 0, () => ({ columns, firstRow }), onProgress);
  return { columns: read.columns ?? [], size: read.size };
}

export interface SheetOnce {
  readonly size: SheetSize;
  /** The first rows (at most the used ones), each as wide as the used range. */
  readonly top: RawCell[][];
  /** The chosen columns to the last used row; null when none were chosen. */
  readonly columns: RawCell[][] | null;
  readonly choice: ColumnChoice | null;
}

/**
 * A table in one pass: keeps the first `topRows` rows, asks `choose` which columns it wants as
 * soon as the pass is below them, then collects those columns to the end, measuring as it goes.
 * A ledger of a million rows is inflated and parsed once instead of three times.
 */
export async function readSheetOnce(
  source: SheetSource,
  topRows: number,
  choose: ColumnChooser,
  onProgress?: (fraction: number) => void,
): Promise<SheetOnce> {
  const top: RawCell[][] = [];
  let rows = 0;
  let width = 0;
  let decided = false;
  let out: RawCell[][] | null = null;
  let chosen: ColumnChoice | null = null;
  let firstRow = 0;
  let wanted = new Map<number, number[]>();
  const intern = interner();

  const decide = (): void => {
    decided = true;
    const choice = choose(padded(top, Math.min(topRows, rows), width));
    if (choice === null) return;
    chosen = choice;
    firstRow = choice.firstRow;
    out = choice.columns.map(() => [] as RawCell[]);
    wanted = new Map();
    choice.columns.forEach((column, i) => wanted.set(column, [...(wanted.get(column) ?? []), i]));
    // Rows under the header that sit among the top rows were kept there.
    for (let row = Math.max(1, firstRow); row <= top.length; row++) {
      const cells = top[row - 1];
      if (cells) cells.forEach((value, column) => collect(row, column, value));
    }
  };
  const collect = (row: number, column: number, value: RawCell): void => {
    const targets = out !== null && row >= firstRow ? wanted.get(column) : undefined;
    if (targets && out) for (const i of targets) place(out[i], row - firstRow, value);
  };

  await scanSheet(
    source,
    (row, column, raw, hasFormula) => {
      if (row > topRows && !decided) decide();
      const value = intern(raw);
      if (isUsed(value, hasFormula)) {
        rows = Math.max(rows, row);
        width = Math.max(width, column + 1);
      }
      if (row <= topRows) (top[row - 1] ??= [])[column] = value;
      else collect(row, column, value);
    },
    { onProgress },
  );
  if (!decided) decide();
  // Set inside `decide`, which the compiler cannot follow.
  const columns = out as RawCell[][] | null;
  if (columns !== null) for (const column of columns) fit(column, Math.max(0, rows - firstRow + 1));
  return {
    size: { rows, columns: width },
    top: padded(top, Math.min(topRows, rows), width),
    columns,
    choice: chosen as ColumnChoice | null,
  };
}

/** `count` rows from the sparse `rows`, each exactly `width` wide, blanks as null. */
function padded(rows: readonly (RawCell[] | undefined)[], count: number, width: number): RawCell[][] {
  return Array.from({ length: count }, (_, r) =>
    Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? null),
  );
}

/** Sets `list[index]`, filling any gap with null so the array stays packed. */
function place(list: RawCell[], index: number, value: RawCell): void {
  while (list.length < index) list.push(null);
  if (list.length === index) list.push(value);
  else list[index] = value;
}

function fit(list: RawCell[], length: number): void {
  if (list.length > length) list.length = length;
  while (list.length < length) list.push(null);
}
