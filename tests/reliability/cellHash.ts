/**
 * The data-safety harness: a census of every cell the user owns — value, formula and number
 * format — taken before and after an add-in action, and the list of cells that differ. Cells in
 * the add-in's owned block (its columns, from the header row down) and on its owned sheets are
 * left out; everything else must come through unchanged.
 */
import { createHash } from "node:crypto";
import { normalizeHeader } from "../../src/engine/schema/headers";
import { columnLetters } from "../../src/workbook/cellRef";
import type { WritePlan } from "../../src/workbook/port";

/** One cell as a workbook holds it. Blank cells with the General format are never listed. */
export interface CellFacts {
  readonly sheet: string;
  /** 1-based row, 0-based column, as everywhere in the port. */
  readonly row: number;
  readonly column: number;
  /** The value with its type, e.g. `s:华康医疗`, `n:42`, `e:#N/A`. */
  readonly value: string;
  readonly formula: string | null;
  readonly numberFormat: string;
}

/** Where the add-in may write. */
export interface OwnedArea {
  /** Owned sheets, compared as the engine compares sheet names. */
  readonly sheets: readonly string[];
  readonly block: {
    readonly sheet: string;
    readonly headerRow: number;
    readonly firstColumn: number;
    readonly width: number;
  } | null;
}

/** Address → the cell's facts as one string (its "hash" stays readable in a failure message). */
export type Census = ReadonlyMap<string, string>;

export function ownedAreaOf(...plans: readonly WritePlan[]): OwnedArea {
  const sheets = plans.flatMap((plan) => plan.sheets.map((sheet) => sheet.name));
  const withBlock = plans.find((plan) => plan.columns !== null)?.columns ?? null;
  const block =
    withBlock === null
      ? null
      : {
          sheet: withBlock.sheet,
          headerRow: withBlock.headerRow,
          firstColumn: withBlock.firstColumn,
          width: withBlock.headers.length,
        };
  return { sheets, block };
}

export const NOTHING_OWNED: OwnedArea = { sheets: [], block: null };

/** Whether the add-in may write this cell. */
export function inOwnedArea(cell: Pick<CellFacts, "sheet" | "row" | "column">, owned: OwnedArea): boolean {
  if (owned.sheets.some((name) => normalizeHeader(name) === normalizeHeader(cell.sheet))) return true;
  const block = owned.block;
  return (
    block !== null &&
    block.sheet === cell.sheet &&
    cell.row >= block.headerRow &&
    cell.column >= block.firstColumn &&
    cell.column < block.firstColumn + block.width
  );
}

/** The census of the cells outside `owned`. */
export function censusOf(cells: Iterable<CellFacts>, owned: OwnedArea): Census {
  const census = new Map<string, string>();
  for (const cell of cells) {
    if (inOwnedArea(cell, owned)) continue;
    const blank = cell.value === "_" && cell.formula === null && cell.numberFormat === "General";
    if (blank) continue;
    const address = `${cell.sheet}!${columnLetters(cell.column)}${cell.row}`;
    census.set(address, JSON.stringify([cell.value, cell.formula, cell.numberFormat]));
  }
  return census;
}

/** Every address whose facts differ, appeared or vanished, with before → after; [] when none. */
export function diffCensus(before: Census, after: Census): string[] {
  const changes: string[] = [];
  for (const [address, facts] of before) {
    const now = after.get(address);
    if (now !== facts) changes.push(`${address}: ${facts} → ${now ?? "(gone)"}`);
  }
  for (const [address, facts] of after) {
    if (!before.has(address)) changes.push(`${address}: (blank) → ${facts}`);
  }
  return changes;
}

/** One SHA-256 over the whole census, in address order: the "hash of every cell". */
export function censusDigest(census: Census): string {
  const hash = createHash("sha256");
  for (const address of [...census.keys()].sort())
    hash.update(`${address}\u0000${census.get(address)}\u0001`);
  return hash.digest("hex");
}

/** A value as the census writes it: a type letter, a colon, the value; blanks are `_`. */
export function typedValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "_";
  if (typeof value === "object" && value !== null && "error" in value) return `e:${String(value.error)}`;
  if (typeof value === "number") return `n:${Object.is(value, -0) ? 0 : value}`;
  return `${typeof value === "boolean" ? "b" : "s"}:${String(value)}`;
}
