/**
 * The cells of a workbook as the data-safety harness (cellHash.ts) takes them, from each kind
 * of workbook the add-in writes: the in-memory adapter, the Excel double behind the office-js
 * adapter, and real .xlsx files read by openpyxl.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import * as path from "node:path";
import type { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type { WorkbookModel } from "../excel-double";
import { typedValue, type CellFacts } from "./cellHash";

export function* memoryCells(book: MemoryWorkbook, sheetNames: readonly string[]): Generator<CellFacts> {
  for (const name of sheetNames) {
    const sheet = book.sheet(name);
    if (!sheet) continue;
    for (let r = 0; r < sheet.cells.length; r++) {
      const line = sheet.cells[r] ?? [];
      for (let c = 0; c < line.length; c++) {
        const key = `${r + 1}:${c}`;
        yield {
          sheet: name,
          row: r + 1,
          column: c,
          value: typedValue(line[c]),
          formula: null,
          numberFormat: sheet.formats.get(key) ?? "General",
        };
      }
    }
  }
}

/** Every cell of the Excel double holding a value, a formula or a number format. */
export function doubleCells(model: WorkbookModel): CellFacts[] {
  const cells = new Map<string, { sheet: string; row: number; column: number }>();
  for (const sheet of model.sheets) {
    const note = (_: unknown, row: number, column: number): void => {
      cells.set(`${sheet.name}\u0000${row}\u0000${column}`, { sheet: sheet.name, row, column });
    };
    sheet.values.forEach(note);
    sheet.formulas.forEach(note);
    sheet.numberFormats.forEach(note);
  }
  return [...cells.values()].map(({ sheet: name, row, column }) => {
    const sheet = model.sheet(name)!;
    return {
      sheet: name,
      row: row + 1,
      column,
      value: typedValue(sheet.values.get(row, column)),
      formula: sheet.formulas.get(row, column) ?? null,
      numberFormat: sheet.numberFormat(row, column),
    };
  });
}

/** The system Python, which has Debian's python3-openpyxl (a pyenv `python3` may not). */
const PYTHON =
  ["/usr/bin/python3", "python3"].find((candidate) => candidate === "python3" || existsSync(candidate)) ??
  "python3";
const SCRIPT = path.join(__dirname, "openpyxl_cells.py");

export function hasOpenpyxl(): boolean {
  return spawnSync(PYTHON, ["-c", "import openpyxl"], { stdio: "ignore" }).status === 0;
}

type OpenpyxlRecord = [string, number, number, string, unknown, string | null, string];

/** Every non-blank cell of an .xlsx file, read by openpyxl: value (cached for formulas), formula, number format. */
export function openpyxlCells(file: string): CellFacts[] {
  const run = spawnSync(PYTHON, [SCRIPT, file], { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  if (run.status !== 0)
    throw new Error(`openpyxl could not read ${file}: ${run.stderr.trim().split("\n").pop()}`);
  return run.stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => {
      const [sheet, row, column, kind, value, formula, numberFormat] = JSON.parse(line) as OpenpyxlRecord;
      return {
        sheet,
        row,
        column,
        value: kind === "_" ? "_" : `${kind}:${String(value)}`,
        formula,
        numberFormat,
      };
    });
}
