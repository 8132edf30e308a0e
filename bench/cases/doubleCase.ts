/**
 * Child process: a full refresh through the office-js adapter against the in-memory Excel double
 * (tests/excel-double), which counts every sync and the JSON it carries. Reports the number of
 * syncs, the largest request and response, the most cells in one sync, and the bytes moved
 * against the minimum any reader and writer must move: the needed input columns' values plus
 * the values written.
 *
 *   node dist/bench/bench/cases/doubleCase.js --rows 100000 --seed 20261116
 */
import { performance } from "node:perf_hooks";
import type { RawCell } from "../../src/engine/cells/types";
import { isErrorValue } from "../../src/engine/cells/types";
import { FOLLOWUP_FIELDS, LEDGER_FIELDS, type FieldDef } from "../../src/engine/schema/fields";
import type { OutCell, WritePlan } from "../../src/workbook/port";
import { refreshInExcel } from "../../src/workbook/office";
import { jsonCellBytes } from "../../src/workbook/office/limits";
import { installExcelDouble } from "../../tests/excel-double";
import { generateDataset } from "../data/dataset";
import type { GeneratedSheet } from "../data/sheet";
import { argValue, collectGarbage, peakRssMb, reportResult } from "../measure/protocol";

/** Row-major, header first: how a workbook holds the sheet. */
function rowsOf(sheet: GeneratedSheet): RawCell[][] {
  const rows: RawCell[][] = [sheet.headers.slice()];
  for (let r = 0; r < sheet.rows; r++) rows.push(sheet.columns.map((column) => column[r]));
  return rows;
}

/** JSON bytes of a cell in a `values` array as Excel sends it: a blank is "", an error its code. */
function valueBytes(cell: RawCell | OutCell): number {
  if (cell === null || cell === undefined) return jsonCellBytes("");
  if (typeof cell === "object")
    return jsonCellBytes(
      isErrorValue(cell as RawCell)
        ? (cell as { error: string }).error
        : ((cell as { value: unknown }).value ?? ""),
    );
  return jsonCellBytes(cell);
}

/** The data cells of the columns the engine reads: the least any reader has to fetch. */
function neededInputBytes(sheet: GeneratedSheet, fields: readonly FieldDef[]): number {
  const known = new Set(fields.map((field) => field.zh));
  let bytes = 0;
  sheet.headers.forEach((header, c) => {
    if (known.has(header)) for (const cell of sheet.columns[c]) bytes += valueBytes(cell);
  });
  return bytes;
}

/** The values the refresh writes: the score block and the owned sheets. */
function outputBytes(plan: WritePlan): number {
  let bytes = 0;
  const add = (rows: readonly (readonly OutCell[])[]) => {
    for (const row of rows) for (const cell of row) bytes += valueBytes(cell);
  };
  if (plan.columns) {
    add([plan.columns.headers]);
    for (let r = 0; r < plan.columns.rows.length; r++) add([plan.columns.rows.at(r) ?? []]);
  }
  for (const sheet of plan.sheets) add(sheet.rows);
  return bytes;
}

async function main(argv: readonly string[]): Promise<void> {
  const rows = Number(argValue(argv, "rows"));
  const seed = Number(argValue(argv, "seed"));
  const data = generateDataset(rows, seed);
  const double = installExcelDouble();
  double.model.addSheet(data.ledger.name, rowsOf(data.ledger));
  double.model.addSheet(data.followups.name, rowsOf(data.followups));
  const minimumInput =
    neededInputBytes(data.ledger, LEDGER_FIELDS) + neededInputBytes(data.followups, FOLLOWUP_FIELDS);
  collectGarbage();

  const start = performance.now();
  const outcome = await refreshInExcel({ asOf: data.asOf, today: data.asOf });
  const refreshMs = performance.now() - start;
  const syncs = double.syncs;
  double.uninstall();

  const minimum = minimumInput + outputBytes(outcome.plan);
  const moved = syncs.reduce((sum, sync) => sum + sync.requestBytes + sync.responseBytes, 0);
  reportResult({
    rows,
    refreshMs,
    written: outcome.written,
    syncs: syncs.length,
    failedSyncs: syncs.filter((sync) => sync.outcome !== "ok").length,
    largestRequestBytes: Math.max(...syncs.map((sync) => sync.requestBytes)),
    largestResponseBytes: Math.max(...syncs.map((sync) => sync.responseBytes)),
    largestCells: Math.max(...syncs.map((sync) => sync.cells)),
    movedBytes: moved,
    minimumBytes: minimum,
    peakRssMb: peakRssMb(),
  });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
