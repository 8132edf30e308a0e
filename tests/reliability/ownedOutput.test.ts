/**
 * Owned output never lands on the user's cells: a user column named like an owned column (or a
 * broken old block) stops the refresh with a one-line reason before anything is written, and a
 * new block goes right of every used cell — also when data rows reach further right than the
 * header row — on the in-memory adapter, on .xlsx files through the command line, and in Excel
 * (the office-js adapter on the Excel double).
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { dayFromYmd } from "../../src/engine/cells/calendar";
import type { RawCell } from "../../src/engine/cells/types";
import { RefreshError } from "../../src/refresh/errors";
import { runRefresh } from "../../src/refresh/pipeline";
import { OWNED_COLUMNS } from "../../src/refresh/render/ownedColumns";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type { WritePlan } from "../../src/workbook/port";
import { refreshInExcel } from "../../src/workbook/office";
import { openXlsx } from "../../src/workbook/xlsx";
import { installExcelDouble, type ExcelDouble } from "../excel-double";
import { censusOf, inOwnedArea, NOTHING_OWNED, ownedAreaOf, type CellFacts } from "./cellHash";
import { doubleCells, hasOpenpyxl, memoryCells, openpyxlCells } from "./census";
import { FORMULA_COLUMN, seededDouble } from "./doubleWorkbooks";
import { runCli } from "../support/cliRun";
import { injectionLedger, LEDGER_HEADER, LEDGER_HEADER_ROW } from "./ledgers";
import { AS_OF, plannedWrite, scratchDir, writeXlsxFiles, type SpecCell } from "./xlsxWorkbooks";

const OPTIONS = { asOf: dayFromYmd(2026, 6, 30), today: dayFromYmd(2026, 6, 30) };
const WIDTH = OWNED_COLUMNS.length;

/** The ledger with one header cell replaced. */
function withHeader(column: number, header: string): RawCell[][] {
  const sheet = injectionLedger(6);
  sheet[LEDGER_HEADER_ROW - 1] = [...LEDGER_HEADER];
  sheet[LEDGER_HEADER_ROW - 1][column] = header;
  return sheet;
}

/** The ledger with an old owned block at `first` missing its column `missing`. */
function withBrokenBlock(missing: number): RawCell[][] {
  const sheet = injectionLedger(6);
  const first = LEDGER_HEADER.length + 2;
  OWNED_COLUMNS.forEach((column, i) => {
    if (i !== missing) sheet[LEDGER_HEADER_ROW - 1][first + (i > missing ? i - 1 : i)] = column.zh;
  });
  return sheet;
}

/** The ledger whose 备注 column (13) is a user column called like an owned one. */
const CONFLICTS: readonly [string, RawCell[][], RegExp][] = [
  ["优先级 (the zh name of an owned column)", withHeader(13, "优先级"), /N「优先级」/],
  ["Priority Score (the en name)", withHeader(13, "Priority Score"), /N「Priority Score」/],
  ["ｗｈｙ (full-width, other case)", withHeader(13, "ｗｈｙ"), /N「ｗｈｙ」/],
  [" R分 (spaces around)", withHeader(13, " R分 "), /N「 R分 」/],
  ["an old block with a column deleted", withBrokenBlock(4), /校验状态/],
];

/** Cells holding a value or a formula inside the area the plan's block covers. */
function userCellsUnderBlock(cells: Iterable<CellFacts>, plan: WritePlan): CellFacts[] {
  const block = { ...ownedAreaOf(plan), sheets: [] };
  return [...cells].filter(
    (cell) => (cell.value !== "_" || cell.formula !== null) && inOwnedArea(cell, block),
  );
}

function expectOneLineConflict(error: unknown, mention: RegExp): void {
  expect(error).toBeInstanceOf(RefreshError);
  const refresh = error as RefreshError;
  expect(refresh.code).toBe("owned-conflict");
  for (const lang of ["zh", "en"] as const) {
    expect(refresh.reason[lang]).not.toMatch(/[\r\n]/);
    expect(refresh.reason[lang]).toMatch(mention);
  }
}

describe("a user column named like an owned column", () => {
  it.each(CONFLICTS)("in memory: %s stops the refresh and writes nothing", async (_name, ledger, mention) => {
    const book = new MemoryWorkbook({ 客户台账: ledger });
    const before = censusOf(memoryCells(book, ["客户台账"]), NOTHING_OWNED);
    const error = await runRefresh(book, OPTIONS).catch((e: unknown) => e);
    expectOneLineConflict(error, mention);
    expect(await book.listSheets()).toEqual(["客户台账"]);
    expect(censusOf(memoryCells(book, ["客户台账"]), NOTHING_OWNED)).toEqual(before);
  });
});

describe("where a new block goes", () => {
  it("in memory: right of the widest row, onto cells that were all blank", async () => {
    const ledger = injectionLedger(8);
    ledger[LEDGER_HEADER_ROW + 3][LEDGER_HEADER.length + 5] = "远处的备注";
    const book = new MemoryWorkbook({ 客户台账: ledger });
    expect(await book.usedSize("客户台账")).toEqual({
      rows: LEDGER_HEADER_ROW + 8,
      columns: LEDGER_HEADER.length + 6,
    });
    const before = [...memoryCells(book, ["客户台账"])];
    const { plan } = await runRefresh(book, OPTIONS);
    expect(plan.columns?.firstColumn).toBe(LEDGER_HEADER.length + 6);
    expect(userCellsUnderBlock(before, plan)).toEqual([]);
    expect(userCellsUnderBlock(memoryCells(book, ["客户台账"]), plan).length).toBeGreaterThan(0);
  });
});

const openpyxl = hasOpenpyxl();
const describeWithOpenpyxl = openpyxl ? describe : describe.skip;

describeWithOpenpyxl("on .xlsx files through the command line", () => {
  const dir = scratchDir("owned");

  function spec(rows: readonly (readonly SpecCell[])[]): string {
    const out = path.join(dir, `ledger-${Math.random().toString(36).slice(2)}.xlsx`);
    writeXlsxFiles([{ out, sheets: [{ name: "客户台账", rows }] }]);
    return out;
  }

  it.each(CONFLICTS)(
    "%s: exit 1, one line naming the column, no output file",
    async (_name, ledger, mention) => {
      const input = spec(ledger);
      const out = path.join(dir, "never-written.xlsx");
      const bytes = readFileSync(input);
      const run = await runCli(["refresh", input, "--as-of", AS_OF, "--out", out]);
      expect(run.code).toBe(1);
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(mention);
      expect(existsSync(out)).toBe(false);
      expect(readFileSync(input).equals(bytes)).toBe(true);
    },
  );

  it("the used width counts notes without a header and formulas that show nothing", async () => {
    const rows: SpecCell[][] = injectionLedger(8);
    rows[LEDGER_HEADER_ROW + 1] = [...rows[LEDGER_HEADER_ROW + 1]];
    rows[LEDGER_HEADER_ROW + 1][LEDGER_HEADER.length + 4] = { formula: '=IF(A1="x","","")' };
    const input = spec(rows);
    expect(await openXlsx(new Uint8Array(readFileSync(input))).usedSize("客户台账")).toEqual({
      rows: LEDGER_HEADER_ROW + 8,
      columns: LEDGER_HEADER.length + 5,
    });
    const plan = await plannedWrite(input);
    expect(plan.columns?.firstColumn).toBe(LEDGER_HEADER.length + 5);
    // Every cell the block will cover holds nothing of the user's: no value, no formula.
    expect(userCellsUnderBlock(openpyxlCells(input), plan)).toEqual([]);
    expect(plan.columns?.headers).toHaveLength(WIDTH);
  });
});

describe("in Excel (the office-js adapter on the Excel double)", () => {
  let double: ExcelDouble | undefined;
  afterEach(() => {
    double?.uninstall();
    double = undefined;
  });

  it.each(CONFLICTS)("%s stops the refresh and writes nothing", async (_name, ledger, mention) => {
    double = installExcelDouble();
    double.model.addSheet("客户台账", ledger);
    const before = censusOf(doubleCells(double.model), NOTHING_OWNED);
    const error = await refreshInExcel(OPTIONS).catch((e: unknown) => e);
    expectOneLineConflict(error, mention);
    expect(double.model.sheets.map((sheet) => sheet.name)).toEqual(["客户台账"]);
    expect(censusOf(doubleCells(double.model), NOTHING_OWNED)).toEqual(before);
    expect(double.syncs.filter((sync) => sync.writes)).toEqual([]);
  });

  it("the used width counts notes without a header and formulas that show nothing", async () => {
    double = seededDouble();
    const ledger = double.model.sheet("客户台账")!;
    const far = FORMULA_COLUMN + 3;
    ledger.seed([[{ value: "", formula: '=IF(A1="x","","")' }]], LEDGER_HEADER_ROW + 2, far);
    const before = doubleCells(double.model);
    const { plan } = await refreshInExcel(OPTIONS);
    expect(plan.columns?.firstColumn).toBe(far + 1);
    expect(userCellsUnderBlock(before, plan)).toEqual([]);
    expect(ledger.formulas.get(LEDGER_HEADER_ROW + 2, far)).toBe('=IF(A1="x","","")');
  });
});
