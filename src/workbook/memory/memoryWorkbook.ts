import type { RawCell } from "../../engine/cells/types";
import { readSheetInSteps } from "../readInSteps";
import type {
  ChartSpec,
  ColumnChooser,
  OutCell,
  OwnedSheet,
  SheetRead,
  ProgressSink,
  SheetSize,
  WorkbookPort,
  WritePlan,
} from "../port";

/** One sheet held in memory: values from A1, plus what the add-in wrote beside them. */
export interface MemorySheet {
  name: string;
  /** Rows from row 1; ragged rows are fine (missing cells are blank). */
  cells: RawCell[][];
  /** Number formats and links of owned cells, keyed by "row:column". */
  formats: Map<string, string>;
  links: Map<string, string>;
  charts: ChartSpec[];
  frozenRows: number;
}

/**
 * The in-memory adapter: a workbook as plain arrays. Tests and the browser demo use it; it
 * applies a WritePlan exactly as the real adapters must (owned columns and sheets only).
 */
export class MemoryWorkbook implements WorkbookPort {
  private readonly sheets: MemorySheet[] = [];

  constructor(
    sheets: Readonly<Record<string, RawCell[][]>> = {},
    private readonly date1904 = false,
  ) {
    for (const [name, cells] of Object.entries(sheets)) this.addSheet(name, cells);
  }

  addSheet(name: string, cells: RawCell[][]): MemorySheet {
    const sheet: MemorySheet = {
      name,
      cells,
      formats: new Map(),
      links: new Map(),
      charts: [],
      frozenRows: 0,
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** The value at (1-based row, 0-based column), blank as null. */
  cell(sheet: string, row: number, column: number): RawCell {
    return this.sheet(sheet)?.cells[row - 1]?.[column] ?? null;
  }

  async listSheets(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  async uses1904Dates(): Promise<boolean> {
    return this.date1904;
  }

  async usedSize(sheet: string): Promise<SheetSize> {
    return usedSizeOf(this.require(sheet).cells);
  }

  async readTop(sheet: string, rowCount: number): Promise<RawCell[][]> {
    const cells = this.require(sheet).cells;
    const size = usedSizeOf(cells);
    const rows: RawCell[][] = [];
    for (let r = 0; r < Math.min(rowCount, size.rows); r++) {
      rows.push(Array.from({ length: size.columns }, (_, c) => cells[r]?.[c] ?? null));
    }
    return rows;
  }

  async readColumns(sheet: string, columns: readonly number[], firstRow: number): Promise<RawCell[][]> {
    const cells = this.require(sheet).cells;
    const lastRow = usedSizeOf(cells).rows;
    return columns.map((column) => {
      const values: RawCell[] = [];
      for (let r = firstRow; r <= lastRow; r++) values.push(cells[r - 1]?.[column] ?? null);
      return values;
    });
  }
  async readSheet(sheet: string, topRows: number, choose: ColumnChooser): Promise<SheetRead> {
    return readSheetInSteps(this, sheet, topRows, choose);
  }

  async write(plan: WritePlan, progress?: ProgressSink): Promise<void> {
    progress?.({ step: "writing", fraction: 0 });
    if (plan.columns) {
      const { sheet: name, headerRow, firstColumn, headers, rows, clearRowsBelow } = plan.columns;
      const sheet = this.require(name);
      headers.forEach((header, i) => this.put(sheet, headerRow, firstColumn + i, header));
      for (let r = 0; r < rows.length; r++) {
        rows.at(r)?.forEach((cell, i) => this.put(sheet, headerRow + 1 + r, firstColumn + i, cell));
      }
      for (let r = rows.length; r < rows.length + clearRowsBelow; r++) {
        headers.forEach((_, i) => this.put(sheet, headerRow + 1 + r, firstColumn + i, null));
      }
    }
    progress?.({ step: "charts", fraction: 0.5 });
    for (const owned of plan.sheets) this.replaceSheet(owned);
    progress?.({ step: "charts", fraction: 1 });
  }

  private replaceSheet(owned: OwnedSheet): void {
    const existing = this.sheet(owned.name);
    const sheet = existing ?? this.addSheet(owned.name, []);
    sheet.cells = [];
    sheet.formats.clear();
    sheet.links.clear();
    owned.rows.forEach((row, r) => row.forEach((cell, c) => this.put(sheet, r + 1, c, cell)));
    sheet.charts = [...(owned.charts ?? [])];
    sheet.frozenRows = owned.frozenRows ?? 0;
  }

  private put(sheet: MemorySheet, row: number, column: number, cell: OutCell): void {
    while (sheet.cells.length < row) sheet.cells.push([]);
    const line = sheet.cells[row - 1];
    while (line.length <= column) line.push(null);
    const key = `${row}:${column}`;
    sheet.formats.delete(key);
    sheet.links.delete(key);
    if (cell !== null && typeof cell === "object") {
      line[column] = cell.value;
      if (cell.format) sheet.formats.set(key, cell.format);
      if (cell.link) sheet.links.set(key, `${cell.link.sheet}!${cell.link.row}:${cell.link.column}`);
    } else {
      line[column] = cell;
    }
  }

  private require(name: string): MemorySheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }
}

function isBlank(cell: RawCell): boolean {
  return cell === null || cell === undefined || cell === "";
}

/** Like Excel's used range: up to the last row and column holding a value. */
function usedSizeOf(cells: RawCell[][]): SheetSize {
  let rows = 0;
  let columns = 0;
  cells.forEach((row, r) => {
    for (let c = row.length - 1; c >= 0; c--) {
      if (!isBlank(row[c])) {
        rows = r + 1;
        columns = Math.max(columns, c + 1);
        break;
      }
    }
  });
  return { rows, columns };
}
