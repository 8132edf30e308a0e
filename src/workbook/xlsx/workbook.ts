import type { RawCell } from "../../engine/cells/types";
import type { ColumnChooser, ProgressSink, SheetRead, SheetSize, WorkbookPort, WritePlan } from "../port";
import { XlsxError } from "./errors";
import { findSheet, openPackage, type PackageIndex } from "./package";
import { writePackage } from "./package-writer";
import type { InflateStream, PieceDeflater } from "./zip-io";
import { readSharedStrings } from "./shared-strings";
import { measureSheet, readSheetColumns, readSheetOnce, readTopRows, type SheetSource } from "./sheet-reader";

export interface OpenOptions {
  /** Called during long passes over a sheet with the fraction of the sheet read so far. */
  readonly onProgress?: (fraction: number) => void;
  /** A native deflater (the command line's zlib); fflate's when absent. */
  readonly deflater?: PieceDeflater;
  /** A native inflater for the large parts (the command line's zlib); fflate when absent. */
  readonly inflate?: InflateStream;
  /**
   * Receives the refreshed file piece by piece as `write` makes it, so a full sheet's file is
   * never held whole. The workbook is spent after such a write: it cannot be read again.
   */
  readonly sink?: (chunk: Uint8Array) => void;
}

/**
 * The .xlsx adapter of the workbook port, for the command line. Reads stream the sheet parts;
 * `write` builds the refreshed file, which `toBytes` hands over and later reads see.
 */
export class XlsxWorkbook implements WorkbookPort {
  private pkg: PackageIndex;
  private sharedStrings: string[] | null = null;
  private spent = false;
  private readonly sizes = new Map<string, SheetSize>();
  /** The top rows each `readSheet` kept, by part: a later `readTop` of as many rows needs no pass. */
  private readonly tops = new Map<string, RawCell[][]>();
  /**
   * The columns of each sheet's last full pass, by part and first row. The bytes cannot change
   * between reads, so a later read of the same columns (the pipeline re-reads the key column to
   * check the ledger did not move) is answered without another pass over the sheet.
   */
  private readonly lastColumns = new Map<
    string,
    { readonly firstRow: number; readonly columns: Map<number, RawCell[]> }
  >();

  constructor(
    bytes: Uint8Array,
    private readonly options: OpenOptions = {},
  ) {
    this.pkg = openPackage(bytes);
  }

  async listSheets(): Promise<string[]> {
    return this.pkg.sheets.map((s) => s.name);
  }

  async uses1904Dates(): Promise<boolean> {
    return this.pkg.workbook.date1904;
  }

  async usedSize(sheet: string): Promise<SheetSize> {
    const source = await this.source(sheet);
    if (!source) return { rows: 0, columns: 0 };
    const known = this.sizes.get(source.entry.name);
    if (known) return known;
    const size = await measureSheet(source, this.options.onProgress);
    this.sizes.set(source.entry.name, size);
    return size;
  }

  async readTop(sheet: string, rowCount: number): Promise<RawCell[][]> {
    const source = await this.source(sheet);
    if (!source) return [];
    const size = await this.usedSize(sheet);
    const kept = this.tops.get(source.entry.name);
    if (kept && (kept.length >= rowCount || kept.length === size.rows)) {
      return kept.slice(0, Math.min(rowCount, size.rows)).map((row) => row.slice());
    }
    return await readTopRows(source, rowCount, size);
  }

  async readColumns(sheet: string, columns: readonly number[], firstRow: number): Promise<RawCell[][]> {
    const source = await this.source(sheet);
    if (!source || columns.length === 0) return columns.map(() => []);
    const last = this.lastColumns.get(source.entry.name);
    const cached = last?.firstRow === firstRow ? columns.map((c) => last.columns.get(c)) : [];
    if (cached.length > 0 && cached.every((column) => column !== undefined)) {
      return cached.map((column) => (column ?? []).slice());
    }
    const result = await readSheetColumns(source, columns, firstRow, this.options.onProgress);
    this.sizes.set(source.entry.name, result.size);
    // Kept as returned (not copied: a million-row ledger's columns are large); callers only read them.
    this.lastColumns.set(source.entry.name, {
      firstRow,
      columns: new Map(columns.map((c, i) => [c, result.columns[i]])),
    });
    return result.columns;
  }

  async readSheet(sheet: string, topRows: number, choose: ColumnChooser): Promise<SheetRead> {
    const source = await this.source(sheet);
    if (!source) {
      const choice = choose([]);
      return {
        size: { rows: 0, columns: 0 },
        top: [],
        columns: choice ? choice.columns.map(() => []) : null,
      };
    }
    const result = await readSheetOnce(source, topRows, choose, this.options.onProgress);
    const name = source.entry.name;
    this.sizes.set(name, result.size);
    this.tops.set(name, result.top);
    const { choice, columns } = result;
    if (choice !== null && columns !== null) {
      // Kept as returned (not copied) for a later re-read: the pipeline's check that the ledger did not move.
      this.lastColumns.set(name, {
        firstRow: choice.firstRow,
        columns: new Map(choice.columns.map((c, i) => [c, columns[i]])),
      });
    }
    return { size: result.size, top: result.top, columns };
  }

  async write(plan: WritePlan, progress?: ProgressSink): Promise<void> {
    // Reading is over once a refresh writes: letting go of the cached columns now (not after)
    // frees them for the collector during the write, a full sheet's memory peak.
    this.lastColumns.clear();
    const { deflater, sink, inflate } = this.options;
    const bytes = await writePackage(
      this.pkg,
      plan,
      (fraction) => {
        progress?.({ step: "writing", fraction });
        this.options.onProgress?.(fraction);
      },
      { deflater, sink, inflate },
    );
    if (sink) this.spent = true;
    else this.pkg = openPackage(bytes);
    this.sharedStrings = null;
    this.sizes.clear();
    this.tops.clear();
    this.lastColumns.clear();
  }

  /** The workbook as it is now: the refreshed file after `write`, else the bytes it was opened from. */
  toBytes(): Uint8Array {
    this.assertReadable();
    return this.pkg.archive;
  }

  private assertReadable(): void {
    if (this.spent) throw new Error("This workbook was written to its sink and cannot be read again.");
  }

  /** Where a sheet's cells are; null for a sheet without cells (a chart sheet). */
  private async source(name: string): Promise<SheetSource | null> {
    this.assertReadable();
    const sheet = findSheet(this.pkg, name);
    if (!sheet) throw new XlsxError("unknown-sheet", name);
    const entry = sheet.isWorksheet && sheet.path ? this.pkg.entry(sheet.path) : undefined;
    if (!entry) return null;
    return {
      archive: this.pkg.archive,
      entry,
      context: { sharedStrings: await this.strings(), date1904: this.pkg.workbook.date1904 },
      inflate: this.options.inflate,
    };
  }

  private async strings(): Promise<string[]> {
    if (this.sharedStrings === null) {
      const path = this.pkg.sharedStringsPath;
      const entry = path ? this.pkg.entry(path) : undefined;
      this.sharedStrings = entry
        ? await readSharedStrings(this.pkg.archive, entry, this.options.inflate)
        : [];
    }
    return this.sharedStrings;
  }
}

/**
 * Opens an .xlsx file's bytes; throws XlsxError naming what the file is when it is not one. The
 * bytes are read in place, not copied: leave them unchanged while the workbook is in use.
 */
export function openXlsx(bytes: Uint8Array, options: OpenOptions = {}): XlsxWorkbook {
  return new XlsxWorkbook(bytes, options);
}
