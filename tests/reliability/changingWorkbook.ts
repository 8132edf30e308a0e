/**
 * A workbook that changes under the refresh, as Excel does while the user keeps typing: the
 * in-memory adapter behind a port that runs an edit just before its n-th call reaches the book.
 */
import type { RawCell } from "../../src/engine/cells/types";
import { readSheetInSteps } from "../../src/workbook/readInSteps";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type {
  ColumnChooser,
  ProgressSink,
  SheetRead,
  SheetSize,
  WorkbookPort,
  WritePlan,
} from "../../src/workbook/port";

export type Edit = (book: MemoryWorkbook) => void;

export class ChangingWorkbook implements WorkbookPort {
  /** Port calls so far, in order: the method, and the sheet it asked about. */
  readonly calls: string[] = [];
  private pending: { readonly at: number; readonly edit: Edit } | null = null;

  constructor(readonly book: MemoryWorkbook) {}

  /** Runs `edit` on the book right before port call number `at` (1-based) is served. */
  editBeforeCall(at: number, edit: Edit): void {
    this.pending = { at, edit };
  }

  private step(method: string): void {
    this.calls.push(method);
    if (this.pending !== null && this.pending.at === this.calls.length) {
      this.pending.edit(this.book);
      this.pending = null;
    }
  }

  async listSheets(): Promise<string[]> {
    this.step("listSheets");
    return this.book.listSheets();
  }

  async uses1904Dates(): Promise<boolean> {
    this.step("uses1904Dates");
    return this.book.uses1904Dates();
  }

  async usedSize(sheet: string): Promise<SheetSize> {
    this.step(`usedSize ${sheet}`);
    return this.book.usedSize(sheet);
  }

  async readTop(sheet: string, rowCount: number): Promise<RawCell[][]> {
    this.step(`readTop ${sheet}`);
    return this.book.readTop(sheet, rowCount);
  }

  async readColumns(sheet: string, columns: readonly number[], firstRow: number): Promise<RawCell[][]> {
    this.step(`readColumns ${sheet}`);
    return this.book.readColumns(sheet, columns, firstRow);
  }
  async readSheet(sheet: string, topRows: number, choose: ColumnChooser): Promise<SheetRead> {
    return readSheetInSteps(this, sheet, topRows, choose);
  }

  async write(plan: WritePlan, progress?: ProgressSink): Promise<void> {
    this.step("write");
    return this.book.write(plan, progress);
  }
}

/** Edits a user might make mid-refresh, on the sheet `sheet` whose header is on `headerRow`. */
export function userEdits(sheet: string, headerRow: number): Record<string, Edit> {
  const cells = (book: MemoryWorkbook): RawCell[][] => book.sheet(sheet)!.cells;
  const width = (book: MemoryWorkbook): number => Math.max(...cells(book).map((row) => row.length));
  return {
    "a row inserted in the middle": (book) => {
      const rows = cells(book);
      rows.splice(headerRow + 2, 0, ["ZZ-DX-YX-999", "新插入的客户"]);
    },
    "a row deleted": (book) => {
      cells(book).splice(headerRow + 1, 1);
    },
    "two rows swapped (a sort)": (book) => {
      const rows = cells(book);
      [rows[headerRow], rows[headerRow + 1]] = [rows[headerRow + 1], rows[headerRow]];
    },
    "a column inserted left of the IDs": (book) => {
      for (const row of cells(book)) row.unshift(null);
    },
    "a column filled in right of the data": (book) => {
      const column = width(book);
      cells(book).forEach((row, r) => {
        if (r >= headerRow - 1) row[column] = `新列 ${r}`;
      });
    },
    "a customer appended below the ledger": (book) => {
      cells(book).push(["ZZ-DX-YX-998", "刚录入的客户"]);
    },
    "an ID retyped": (book) => {
      cells(book)[headerRow][0] = "ZZ-DX-YX-997";
    },
  };
}
