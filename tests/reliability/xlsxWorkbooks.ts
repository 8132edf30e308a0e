/** Real .xlsx inputs for the reliability tests, and the plan a refresh of each would write. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { parseIsoDay } from "../../src/engine/cells/calendar";
import type { RawCell } from "../../src/engine/cells/types";
import { runRefresh } from "../../src/refresh/pipeline";
import type { WritePlan } from "../../src/workbook/port";
import { openXlsx } from "../../src/workbook/xlsx";

export const ROOT = path.join(__dirname, "..", "..");
export const AS_OF = "2026-06-30";

export function scratchDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `sales-radar-${prefix}-`));
}

/** Builds tests/reliability/make_tricky_ledger.py's workbook into `dir`. */
export function makeTrickyLedger(dir: string): string {
  const file = path.join(dir, "tricky.xlsx");
  const script = path.join(__dirname, "make_tricky_ledger.py");
  const run = spawnSync("/usr/bin/python3", [script, file], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`make_tricky_ledger.py failed: ${run.stderr}`);
  return file;
}

/** Committed workbooks made by other programs (LibreOffice, openpyxl, exceljs). */
export function committedWorkbooks(): string[] {
  return [
    "tests/fixtures/xlsx/ledger-libreoffice.xlsx",
    "tests/fixtures/xlsx/ledger-openpyxl.xlsx",
    "samples/sales-radar-sample.xlsx",
  ]
    .map((file) => path.join(ROOT, file))
    .filter((file) => existsSync(file));
}

/** What `refresh --as-of` would write for this file: the pipeline in validate mode on the same bytes. */
export async function plannedWrite(file: string, asOf = AS_OF): Promise<WritePlan> {
  const day = parseIsoDay(asOf);
  if (day === null) throw new Error(`bad date ${asOf}`);
  const outcome = await runRefresh(openXlsx(new Uint8Array(readFileSync(file))), {
    asOf: day,
    mode: "validate",
  });
  return outcome.plan;
}

/** A cell for write_xlsx.py: a raw value (strings stay text), a formula, or a formatted number. */
export type SpecCell =
  RawCell | { readonly formula: string } | { readonly number: number; readonly format: string };

export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly SpecCell[])[];
  /** A1 ranges, e.g. `A1:C1`. */
  readonly merges?: readonly string[];
}

export interface BookSpec {
  readonly out: string;
  readonly sheets: readonly SheetSpec[];
}

/** Writes the books with openpyxl (tests/reliability/write_xlsx.py), all in one Python run. */
export function writeXlsxFiles(books: readonly BookSpec[]): void {
  const script = path.join(__dirname, "write_xlsx.py");
  const run = spawnSync("/usr/bin/python3", [script], {
    input: JSON.stringify(books),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`write_xlsx.py failed: ${run.stderr.trim().split("\n").pop()}`);
}
