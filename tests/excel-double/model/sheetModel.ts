import type { Rect } from "./address";
import {
  GENERAL_FORMAT,
  interpretFormula,
  interpretInput,
  isExcelError,
  type CellValue,
  type Entry,
  type ExcelError,
} from "./cellInput";
import { Grid, union } from "./grid";
import {
  internFormat,
  shiftRect,
  type CellFormat,
  type ChartModel,
  type ConditionalFormatModel,
  type HyperlinkModel,
  type TableModel,
  type ValidationModel,
} from "./objects";

/** Default column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;

/** A cell for seeding a sheet: a plain value, or a value with its formula and number format. */
export type SeedCell = string | number | boolean | null | undefined | ExcelError | SeedEntry;

export interface SeedEntry {
  readonly value?: CellValue;
  readonly formula?: string;
  readonly numberFormat?: string;
}

/** Everything one cell holds, for assertions. */
export interface CellSnapshot {
  readonly value: CellValue | undefined;
  readonly formula: string | undefined;
  readonly numberFormat: string;
  readonly format: CellFormat | undefined;
  readonly hyperlink: HyperlinkModel | undefined;
}

export type ClearTarget =
  "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents";

/** One worksheet's state. Rows and columns are 0-based here; A1 is (0, 0). */
export class SheetModel {
  readonly values = new Grid<CellValue>();
  readonly formulas = new Grid<string>();
  readonly numberFormats = new Grid<string>();
  readonly formats = new Grid<CellFormat>();
  readonly hyperlinks = new Grid<HyperlinkModel>();
  readonly columnWidths = new Map<number, number>();
  frozenRows = 0;
  frozenColumns = 0;
  visibility = "Visible";
  charts: ChartModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  tables: TableModel[] = [];
  validations: ValidationModel[] = [];

  constructor(
    readonly id: string,
    public name: string,
    readonly date1904: () => boolean,
  ) {}

  numberFormat(row: number, column: number): string {
    return this.numberFormats.get(row, column) ?? GENERAL_FORMAT;
  }

  snapshot(row: number, column: number): CellSnapshot {
    return {
      value: this.values.get(row, column),
      formula: this.formulas.get(row, column),
      numberFormat: this.numberFormat(row, column),
      format: this.formats.get(row, column),
      hyperlink: this.hyperlinks.get(row, column),
    };
  }

  /** Writes one input of a `values` or `formulas` array, as typing it would. */
  write(row: number, column: number, input: unknown, through: "values" | "formulas"): void {
    const interpret = through === "values" ? interpretInput : interpretFormula;
    const entry = interpret(input, this.numberFormat(row, column), this.date1904());
    if (entry !== "unchanged") this.store(row, column, entry);
  }

  store(row: number, column: number, entry: Entry): void {
    this.values.set(row, column, entry.value);
    this.formulas.set(row, column, entry.formula);
    if (entry.autoFormat) this.numberFormats.set(row, column, entry.autoFormat);
  }

  /** "" or General resets a cell to General; null leaves it (as in a `numberFormat` array). */
  setNumberFormat(row: number, column: number, format: unknown): void {
    if (format === null) return;
    if (typeof format !== "string") throw new TypeError("A number format is text");
    this.numberFormats.set(row, column, format === "" || format === GENERAL_FORMAT ? undefined : format);
  }

  seed(rows: readonly (readonly SeedCell[])[], fromRow = 0, fromColumn = 0): void {
    rows.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell === null || cell === undefined || cell === "") return;
        const [row, column] = [fromRow + r, fromColumn + c];
        if (typeof cell !== "object" || isExcelError(cell)) {
          this.values.set(row, column, cell);
          return;
        }
        this.values.set(row, column, cell.value);
        this.formulas.set(row, column, cell.formula);
        if (cell.numberFormat) this.setNumberFormat(row, column, cell.numberFormat);
      }),
    );
  }

  patchFormat(rect: Rect, patch: CellFormat, remove: readonly (keyof CellFormat)[] = []): void {
    // Few distinct looks meet one patch: work each transition out once, not once per cell.
    const transitions = new Map<CellFormat | undefined, CellFormat | undefined>();
    const next = (old: CellFormat | undefined): CellFormat | undefined => {
      if (transitions.has(old)) return transitions.get(old);
      const merged: Record<string, unknown> = { ...old, ...patch };
      for (const key of remove) delete merged[key];
      const shared = internFormat(merged as CellFormat);
      transitions.set(old, shared);
      return shared;
    };
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.column; c < rect.column + rect.columns; c++)
        this.formats.set(r, c, next(this.formats.get(r, c)));
    }
  }

  /** The one value every cell of `rect` shares, or null when they differ (as office-js reports). */
  sharedFormat<K extends keyof CellFormat>(rect: Rect, key: K): CellFormat[K] | null {
    let first: CellFormat[K] | undefined;
    for (let r = rect.row; r < rect.row + Math.min(rect.rows, 10_000); r++) {
      for (let c = rect.column; c < rect.column + Math.min(rect.columns, 1_000); c++) {
        const value = this.formats.get(r, c)?.[key];
        if (r === rect.row && c === rect.column) first = value;
        else if (value !== first) return null;
      }
    }
    return first ?? null;
  }

  clear(rect: Rect, target: ClearTarget): void {
    const contents = target === "All" || target === "Contents" || target === "ResetContents";
    const formats = target === "All" || target === "Formats";
    if (contents) {
      this.values.clear(rect);
      this.formulas.clear(rect);
    }
    if (formats) {
      this.numberFormats.clear(rect);
      this.formats.clear(rect);
      this.conditionalFormats = this.conditionalFormats.filter((cf) => !covers(rect, cf.rect));
    }
    if (target === "All" || target === "Hyperlinks" || target === "RemoveHyperlinks")
      this.hyperlinks.clear(rect);
  }

  /** Like Excel's used range: with valuesOnly, cells holding a value or formula; else formats too. */
  usedRect(valuesOnly: boolean): Rect | null {
    const content = union(this.values.extent(), this.formulas.extent());
    if (valuesOnly) return content;
    return [this.numberFormats, this.formats, this.hyperlinks].reduce(
      (rect, grid) => union(rect, grid.extent()),
      content,
    );
  }

  insertRows(at: number, count: number): void {
    for (const grid of [this.values, this.formulas, this.numberFormats, this.formats, this.hyperlinks])
      grid.insertRows(at, count);
    for (const cf of this.conditionalFormats) cf.rect = shiftRect(cf.rect, at, count);
    for (const table of this.tables) table.rect = shiftRect(table.rect, at, count);
    for (const validation of this.validations) validation.rect = shiftRect(validation.rect, at, count);
  }

  columnWidth(column: number): number {
    return this.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }
}

function covers(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}
