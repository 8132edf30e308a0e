import type { RawCell } from "../../engine/cells/types";
import { readSheetInSteps } from "../readInSteps";
import type { Finding } from "../../engine/validation/finding";
import type {
  ColumnChooser,
  OutCell,
  OwnedColumns,
  ProgressSink,
  SheetRead,
  SheetSize,
  WorkbookPort,
  WritePlan,
} from "../port";
import {
  capabilities as hostCapabilities,
  type Feature,
  type HostCapabilities,
  type Notice,
} from "./capabilities";
import { drawCharts } from "./charts";
import { writeGrid, type GridWrite, type WriterContext } from "./gridWriter";
import { applyHighlights, clearHighlights } from "./highlights";
import { DEFAULT_LIMITS, type RequestLimits } from "./limits";
import { finishOwnedSheets, prepareOwnedSheets } from "./ownedSheets";
import { SheetReader } from "./reader";

export interface OfficeWorkbookOptions {
  /** Default: read from the host (`capabilities()`). */
  readonly capabilities?: HostCapabilities;
  /** The `Excel.run` was opened with `mergeUndoGroup`: the whole refresh is one undo step. */
  readonly undoGrouped?: boolean;
  readonly limits?: RequestLimits;
  /** Fraction of a long column read done, for the pane's progress bar while reading. */
  readonly onReadProgress?: (fraction: number) => void;
}

/** Features whose absence changes what a refresh leaves in the workbook. */
const REFRESH_FEATURES: ReadonlySet<Feature> = new Set([
  "charts",
  "funnelChart",
  "hyperlinks",
  "freezePanes",
  "undoGrouping",
]);

/**
 * The office-js adapter of the workbook port, made per refresh inside one `Excel.run`. Reads go
 * by blocks of rows over only the columns asked for; the write goes block by block in as few
 * requests as Excel's limits allow, and touches only the plan's columns and the add-in's sheets.
 */
export class OfficeWorkbook implements WorkbookPort {
  readonly capabilities: HostCapabilities;
  /** Whether the user can take the refresh back with one Undo. */
  readonly canUndo: boolean;
  private readonly limits: RequestLimits;
  private readonly reader: SheetReader;
  private readonly runtimeNotices: Notice[] = [];

  constructor(
    private readonly context: Excel.RequestContext,
    options: OfficeWorkbookOptions = {},
  ) {
    this.capabilities = options.capabilities ?? hostCapabilities();
    this.canUndo = (options.undoGrouped ?? false) && this.capabilities.undoGrouping;
    this.limits = options.limits ?? DEFAULT_LIMITS;
    this.reader = new SheetReader(context, this.limits, options.onReadProgress);
  }

  /** What a refresh loses on this host, and anything that had to give way during the last write. */
  get notices(): readonly Notice[] {
    const relevant = this.capabilities.notices.filter((notice) => REFRESH_FEATURES.has(notice.feature));
    return [...relevant, ...this.runtimeNotices];
  }

  async listSheets(): Promise<string[]> {
    const { context } = this;
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((sheet) => sheet.name);
  }

  /**
   * `Workbook.use1904DateSystem` exists only in the preview API, so the workbook is asked to
   * evaluate DATE(1904,1,1) instead — serial 0 in the 1904 system, 1462 in the 1900 one. It is a
   * worksheet function evaluated without touching a cell (ExcelApi 1.2).
   */
  async uses1904Dates(): Promise<boolean> {
    const { context } = this;
    const result = context.workbook.functions.date(1904, 1, 1);
    result.load("value");
    await context.sync();
    return result.value === 0;
  }

  /**
   * Asked afresh every time: the user can type while a refresh runs, and the pipeline compares a
   * fresh read with the first one before it writes.
   */
  async usedSize(sheet: string): Promise<SheetSize> {
    const area = await this.reader.usedArea(sheet);
    return { rows: area.rows, columns: area.columns };
  }

  async readTop(sheet: string, rowCount: number): Promise<RawCell[][]> {
    const area = await this.reader.usedArea(sheet);
    const rows = Math.min(rowCount, area.rows);
    if (rows === 0 || area.columns === 0) return [];
    const columns = Array.from({ length: area.columns }, (_, c) => c);
    const byColumn = await this.reader.readColumns(sheet, columns, 1, rows);
    return Array.from({ length: rows }, (_, r) => byColumn.map((column) => column[r]));
  }

  async readColumns(sheet: string, columns: readonly number[], firstRow: number): Promise<RawCell[][]> {
    const area = await this.reader.usedArea(sheet);
    return this.reader.readColumns(sheet, columns, firstRow, area.rows);
  }
  async readSheet(sheet: string, topRows: number, choose: ColumnChooser): Promise<SheetRead> {
    return readSheetInSteps(this, sheet, topRows, choose);
  }

  async write(plan: WritePlan, progress?: ProgressSink): Promise<void> {
    const report = progress ?? (() => undefined);
    report({ step: "writing", fraction: 0 });
    this.runtimeNotices.length = 0;
    await prepareOwnedSheets(
      this.context,
      plan.sheets.map((sheet) => sheet.name),
      this.capabilities,
    );
    const grids: GridWrite[] = [
      ...(plan.columns ? [ownedColumnsGrid(plan.columns)] : []),
      ...plan.sheets.map((sheet) => ({
        sheet: sheet.name,
        top: 1,
        left: 0,
        width: sheet.rows.reduce((width, row) => Math.max(width, row.length), 0),
        rows: sheet.rows,
        clearFirst: false,
      })),
    ];
    const totalRows = grids.reduce((sum, grid) => sum + grid.rows.length, 0);
    const writer: WriterContext = {
      context: this.context,
      capabilities: this.capabilities,
      limits: this.limits,
    };
    let before = 0;
    for (const grid of grids) {
      await writeGrid(grid, writer, (done) =>
        report({ step: "writing", fraction: (before + done) / Math.max(1, totalRows) }),
      );
      before += grid.rows.length;
    }
    await finishOwnedSheets(this.context, plan.sheets, this.capabilities);
    report({ step: "charts", fraction: 0 });
    this.runtimeNotices.push(...(await drawCharts(this.context, plan.sheets, this.capabilities)));
    report({ step: "charts", fraction: 1 });
  }

  /**
   * Marks the cells behind findings with the add-in's own conditional formats (errors red,
   * warnings amber), replacing any it added before. Cell values and formats stay untouched.
   */
  async applyHighlights(findings: readonly Finding[]): Promise<number> {
    return applyHighlights(this.context, findings, this.capabilities, this.limits);
  }

  /** Removes only the add-in's own highlight rules; returns how many went. */
  async clearHighlights(): Promise<number> {
    return clearHighlights(this.context, this.capabilities);
  }
}

/** The score columns as one rectangle: the header row in the owned-header style, the rows, then blanks. */
function ownedColumnsGrid(columns: OwnedColumns): GridWrite {
  const blank: OutCell[] = columns.headers.map(() => null);
  return {
    sheet: columns.sheet,
    top: columns.headerRow,
    left: columns.firstColumn,
    width: columns.headers.length,
    rows: [
      columns.headers.map((header): OutCell => ({ value: header, style: "ownedHeader" })),
      ...Array.from({ length: columns.rows.length }, (_, i) => columns.rows.at(i) ?? blank),
      ...Array.from({ length: columns.clearRowsBelow }, () => blank),
    ],
    clearFirst: true,
  };
}
