import type { RawCell } from "../engine/cells/types";
import { readSheetInSteps } from "../workbook/readInSteps";
import type { MemoryWorkbook } from "../workbook/memory/memoryWorkbook";
import type {
  ColumnChooser,
  ProgressSink,
  SheetRead,
  SheetSize,
  WorkbookPort,
  WritePlan,
} from "../workbook/port";

/** Where the add-in has written: the score block beside the ledger, and whole sheets. */
export interface OwnedRegions {
  readonly columns: {
    readonly sheet: string;
    readonly headerRow: number;
    readonly first: number;
    readonly count: number;
  } | null;
  readonly sheets: ReadonlySet<string>;
}

/** A macrotask: lets the browser paint progress and take a click on Cancel between reads. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The demo's workbook: the in-memory adapter, plus what the grid needs to follow it. Each call
 * yields to the browser first, as a round-trip to Excel does, so the pane stays live during a
 * refresh. Writes are remembered as owned regions and announced to the grid.
 */
export class DemoWorkbook implements WorkbookPort {
  private owned: OwnedRegions = { columns: null, sheets: new Set() };
  private version = 0;
  private readonly listeners = new Set<() => void>();

  private names: readonly string[];

  /** `sheetNames`: the memory workbook's sheets in tab order, as it was built. */
  constructor(
    readonly memory: MemoryWorkbook,
    sheetNames: readonly string[],
    /** The memory workbook's date system, for showing serials as dates. */
    readonly date1904: boolean,
  ) {
    this.names = [...sheetNames];
  }

  async listSheets(): Promise<string[]> {
    await nextTask();
    return this.memory.listSheets();
  }

  async uses1904Dates(): Promise<boolean> {
    return this.memory.uses1904Dates();
  }

  async usedSize(sheet: string): Promise<SheetSize> {
    await nextTask();
    return this.memory.usedSize(sheet);
  }

  async readTop(sheet: string, rowCount: number): Promise<RawCell[][]> {
    await nextTask();
    return this.memory.readTop(sheet, rowCount);
  }

  async readColumns(sheet: string, columns: readonly number[], firstRow: number): Promise<RawCell[][]> {
    await nextTask();
    return this.memory.readColumns(sheet, columns, firstRow);
  }
  async readSheet(sheet: string, topRows: number, choose: ColumnChooser): Promise<SheetRead> {
    return readSheetInSteps(this, sheet, topRows, choose);
  }

  async write(plan: WritePlan, progress?: ProgressSink): Promise<void> {
    await nextTask();
    await this.memory.write(plan, progress);
    const columns = plan.columns
      ? {
          sheet: plan.columns.sheet,
          headerRow: plan.columns.headerRow,
          first: plan.columns.firstColumn,
          count: plan.columns.headers.length,
        }
      : this.owned.columns;
    const written = plan.sheets.map((sheet) => sheet.name);
    this.owned = { columns, sheets: new Set([...this.owned.sheets, ...written]) };
    // The memory adapter adds a sheet it does not have after the last tab.
    this.names = [...this.names, ...written.filter((name) => !this.names.includes(name))];
    this.changed();
  }

  /** Sheet names in tab order, read synchronously for rendering. */
  sheetNames(): readonly string[] {
    return this.names;
  }

  ownedRegions(): OwnedRegions {
    return this.owned;
  }

  /** Bumped on every write; `useSyncExternalStore` re-renders the grid on it. */
  readonly getVersion = (): number => this.version;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private changed(): void {
    this.version += 1;
    for (const listener of [...this.listeners]) listener();
  }
}
