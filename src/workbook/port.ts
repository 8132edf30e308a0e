import type { RawCell } from "../engine/cells/types";

/**
 * The one interface between the refresh pipeline and a workbook. Adapters: in-memory (tests, the
 * browser demo), .xlsx files (the command line) and office-js (the add-in).
 *
 * A refresh reads first and writes once: every write of a refresh is handed over as one
 * `WritePlan`, so an adapter can stream it (xlsx) or chunk it (office-js), and nothing is
 * written before every number is known.
 */
export interface WorkbookPort {
  /** Sheet names in tab order. */
  listSheets(): Promise<string[]>;
  /** Whether dates are serials of the 1904 system (Mac workbooks). */
  uses1904Dates(): Promise<boolean>;
  /** Last used row and column (1-based counts; 0 × 0 for an empty sheet). */
  usedSize(sheet: string): Promise<SheetSize>;
  /** The first `rowCount` rows of the used range, each as wide as the used range. */
  readTop(sheet: string, rowCount: number): Promise<RawCell[][]>;
  /**
   * Whole columns (0-based indexes) from Excel row `firstRow` (1-based) down to the last used
   * row: one array per requested column, in the order asked.
   */
  readColumns(sheet: string, columns: readonly number[], firstRow: number): Promise<RawCell[][]>;
  /**
   * A table in one go: the first `topRows` rows, then the columns `choose` picks from them, and the
   * used size. An adapter that streams a file reads it once instead of three times; the others
   * answer with `readSheetInSteps` (usedSize → readTop → readColumns).
   */
  readSheet(sheet: string, topRows: number, choose: ColumnChooser): Promise<SheetRead>;
  /** Applies a refresh's writes. Adapters never write outside the plan's columns and sheets. */
  write(plan: WritePlan, progress?: ProgressSink): Promise<void>;
}

/** Which columns to read, from which row (1-based) down; null reads none. */
export type ColumnChooser = (top: readonly (readonly RawCell[])[]) => ColumnChoice | null;

export interface ColumnChoice {
  /** 0-based indexes, in the order wanted. */
  readonly columns: readonly number[];
  readonly firstRow: number;
}

export interface SheetRead {
  readonly size: SheetSize;
  /** The first rows (at most the used rows), each as wide as the used range. */
  readonly top: RawCell[][];
  /** The chosen columns from the chosen row to the last used row; null when none were chosen. */
  readonly columns: RawCell[][] | null;
}

export interface SheetSize {
  readonly rows: number;
  readonly columns: number;
}

/** A cell the add-in writes. Plain text is always written as text, never as a formula. */
export type OutCell = string | number | boolean | null | RichCell;

export interface RichCell {
  readonly value: string | number | boolean | null;
  /** Excel number format, e.g. `yyyy-mm-dd`, `0.0%`. */
  readonly format?: string;
  /** A link to a cell of this workbook. */
  readonly link?: CellRef;
  readonly style?: CellStyle;
}

export type CellStyle = "title" | "header" | "ownedHeader" | "note" | "good" | "warn" | "bad";

export interface CellRef {
  readonly sheet: string;
  /** 1-based row and 0-based column, as everywhere in the port. */
  readonly row: number;
  readonly column: number;
}

/**
 * Rows of cells by position, built when asked for: a full sheet's score block (a million rows of
 * twenty cells) is never held whole. A plain array is one.
 */
export interface RowSource {
  readonly length: number;
  /** Row `index` (0-based); undefined past the end. Each call may build the row anew. */
  at(index: number): readonly OutCell[] | undefined;
}

/** Score columns beside the user's ledger (SPEC 1.4). */
export interface OwnedColumns {
  readonly sheet: string;
  readonly headerRow: number;
  /** 0-based index of the block's first column. */
  readonly firstColumn: number;
  readonly headers: readonly string[];
  /** One row per ledger data row, from headerRow + 1 down, each `headers.length` wide. */
  readonly rows: RowSource;
  /** Rows below `rows` that held an older, longer block and must be emptied. */
  readonly clearRowsBelow: number;
}

export interface ChartSeries {
  readonly name: string;
  /** Values: a single column range on the sheet the chart sits on. */
  readonly values: RangeRef;
}

export interface RangeRef {
  /** 1-based first and last row, 0-based column. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly column: number;
}

export interface ChartSpec {
  /** `funnel` falls back to `bar` where the host cannot draw funnels. */
  readonly kind: "funnel" | "bar" | "column" | "pie" | "line";
  readonly title: string;
  readonly categories: RangeRef;
  readonly series: readonly ChartSeries[];
  /** Top-left cell (1-based row, 0-based column) and size in cells. */
  readonly anchor: {
    readonly row: number;
    readonly column: number;
    readonly width: number;
    readonly height: number;
  };
}

/** An add-in-owned sheet, rewritten whole on each refresh. */
export interface OwnedSheet {
  readonly name: string;
  /** Rows from A1 down. */
  readonly rows: readonly (readonly OutCell[])[];
  readonly columnWidths?: readonly number[];
  readonly frozenRows?: number;
  readonly charts?: readonly ChartSpec[];
}

export interface WritePlan {
  readonly columns: OwnedColumns | null;
  readonly sheets: readonly OwnedSheet[];
}

export type Step = "reading" | "validating" | "scoring" | "writing" | "charts";

export interface Progress {
  readonly step: Step;
  /** 0–1 within the step. */
  readonly fraction: number;
}

export type ProgressSink = (progress: Progress) => void;
