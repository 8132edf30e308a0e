import { parseIsoDay, type DayNumber } from "../../src/engine/cells/calendar";
import type { RawCell } from "../../src/engine/cells/types";
import { createRng } from "../../src/template/prng";
import { generateFollowUps } from "./followups";
import { CellForms } from "./forms";
import { generateLedger } from "./ledger";
import type { GeneratedSheet } from "./sheet";

/** The as-of date every benchmark measures from (`--as-of`); the data is dated around it. */
export const BENCH_AS_OF = "2026-11-16";
/** Excel's last row is 1,048,576: the header plus this many data rows fill a sheet. */
export const FULL_SHEET_ROWS = 1_048_575;
export const DEFAULT_SEED = 20261116;
/** Share of typed cells that cannot be read: with ~25 typed cells a row, about 4 % of rows have an error. */
const BAD_CELL_RATE = 0.0015;

export interface Dataset {
  readonly asOf: DayNumber;
  readonly ledger: GeneratedSheet;
  readonly followups: GeneratedSheet;
}

export function benchAsOf(): DayNumber {
  const day = parseIsoDay(BENCH_AS_OF);
  if (day === null) throw new Error(`BENCH_AS_OF is not a date: ${BENCH_AS_OF}`);
  return day;
}

/** A ledger of `customers` rows and a follow-up log of as many contacts; the same for the same seed. */
export function generateDataset(customers: number, seed: number): Dataset {
  const asOf = benchAsOf();
  const forms = new CellForms(createRng(seed), BAD_CELL_RATE);
  const ledger = generateLedger(forms, customers, asOf);
  const followups = generateFollowUps(forms, customers, ledger, asOf);
  return { asOf, ledger: asDelivered(ledger.sheet), followups: asDelivered(followups) };
}

/**
 * The cells as Excel delivers them to an add-in: office-js hands a range's values over as JSON,
 * so every cell is its own flat string, laid out in row order. Without this pass, strings built
 * by concatenation (ropes) and one string shared by many cells would make the engine's reads
 * look slower (and less cache-friendly) than they are with real data.
 */
function asDelivered(sheet: GeneratedSheet): GeneratedSheet {
  const columns = sheet.columns.map((column) => JSON.parse(JSON.stringify(column)) as RawCell[]);
  return { ...sheet, columns };
}
