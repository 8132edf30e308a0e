import type { ResultRow } from "../report/table";

/** What every section of the benchmark knows about this run. */
export interface BenchContext {
  /** `bench:quick`: 100k rows, engine + command line + double, no pandas, fewer repetitions. */
  readonly quick: boolean;
  readonly seed: number;
  /** Customers (and follow-ups) of the largest case: Excel's full sheet. */
  readonly fullRows: number;
  /** A Python with pandas (and openpyxl for read_excel), or null when there is none. */
  readonly python: PythonPeer | null;
  /** Progress for the reader, on stderr; the table goes to stdout. */
  log(message: string): void;
}

export interface PythonPeer {
  readonly executable: string;
  readonly pandas: string;
  /** False when openpyxl is missing: read_excel cannot open .xlsx then. */
  readonly openpyxl: boolean;
}

/** What a section found: its table rows, and figures later sections compare against. */
export interface SectionOutcome {
  readonly rows: readonly ResultRow[];
  readonly facts: Readonly<Record<string, number>>;
}

/** Repetitions per case: the median of 3 for the big cases, 5 for the small ones, 1 in quick mode. */
export function repetitions(ctx: BenchContext, rows: number): number {
  if (ctx.quick) return 1;
  return rows >= 1_000_000 ? 3 : 5;
}
