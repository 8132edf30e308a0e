/** Test helpers of the task pane: the bundled sample in memory, hosts, and a port that can pause. */
import { readFileSync } from "node:fs";
import { readSheetInSteps } from "../../src/workbook/readInSteps";
import * as path from "node:path";
import { RefreshStatusStore } from "../../src/commands/refreshStatus";
import { parseIsoDay, type DayNumber } from "../../src/engine/cells/calendar";
import type { RawCell } from "../../src/engine/cells/types";
import type { PaneHost } from "../../src/taskpane/host";
import { insertSheetsThroughPort } from "../../src/taskpane/host";
import { SAMPLE_AS_OF } from "../../src/template/sample";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type {
  ColumnChooser,
  ProgressSink,
  SheetRead,
  SheetSize,
  WorkbookPort,
  WritePlan,
} from "../../src/workbook/port";
import { openXlsx } from "../../src/workbook/xlsx";

export const SAMPLE_PATH = path.join(__dirname, "../../samples/sales-radar-sample.xlsx");

export function sampleDay(): DayNumber {
  const day = parseIsoDay(SAMPLE_AS_OF);
  if (day === null) throw new Error("bad SAMPLE_AS_OF");
  return day;
}

let sampleSheets: { names: string[]; cells: RawCell[][][] } | null = null;

/** The bundled sample workbook as a fresh in-memory workbook (read once, copied per call). */
export async function sampleMemoryWorkbook(): Promise<MemoryWorkbook> {
  if (sampleSheets === null) {
    const file = openXlsx(new Uint8Array(readFileSync(SAMPLE_PATH)));
    const names = await file.listSheets();
    const cells: RawCell[][][] = [];
    for (const name of names) cells.push(await file.readTop(name, (await file.usedSize(name)).rows));
    sampleSheets = { names, cells };
  }
  const memory = new MemoryWorkbook();
  const { names, cells } = sampleSheets;
  names.forEach((name, i) =>
    memory.addSheet(
      name,
      cells[i].map((row) => [...row]),
    ),
  );
  return memory;
}

export interface TestHost extends PaneHost {
  readonly selected: { sheet: string; row: number; column: number }[];
}

export function makeHost(port: WorkbookPort, overrides: Partial<PaneHost> = {}): TestHost {
  const selected: { sheet: string; row: number; column: number }[] = [];
  return {
    withWorkbook: (use) => use(port),
    refreshStatus: new RefreshStatusStore(),
    locale: "zh-CN",
    theme: "light",
    today: sampleDay,
    selectCell: async (sheet, row, column) => {
      selected.push({ sheet, row, column });
    },
    insertSheets: (template, names) => insertSheetsThroughPort(port, template, names),
    limitations: async () => [],
    ...overrides,
    selected,
  };
}

/** A port whose reads wait until `release()`: the pane can be seen mid-refresh. */
export class PausedPort implements WorkbookPort {
  private opened!: () => void;
  private readonly gate = new Promise<void>((resolve) => (this.opened = resolve));
  writes = 0;

  constructor(private readonly inner: WorkbookPort) {}

  release(): void {
    this.opened();
  }

  async listSheets(): Promise<string[]> {
    const names = await this.inner.listSheets();
    return names;
  }

  async uses1904Dates(): Promise<boolean> {
    return this.inner.uses1904Dates();
  }

  async usedSize(sheet: string): Promise<SheetSize> {
    return this.inner.usedSize(sheet);
  }

  async readTop(sheet: string, rowCount: number): Promise<RawCell[][]> {
    await this.gate;
    return this.inner.readTop(sheet, rowCount);
  }

  async readColumns(sheet: string, columns: readonly number[], firstRow: number): Promise<RawCell[][]> {
    return this.inner.readColumns(sheet, columns, firstRow);
  }
  async readSheet(sheet: string, topRows: number, choose: ColumnChooser): Promise<SheetRead> {
    return readSheetInSteps(this, sheet, topRows, choose);
  }

  async write(plan: WritePlan, progress?: ProgressSink): Promise<void> {
    this.writes += 1;
    return this.inner.write(plan, progress);
  }
}
