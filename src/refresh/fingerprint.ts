import type { RawCell } from "../engine/cells/types";
import type { SheetTable } from "../engine/schema/table";
import type { WorkbookPort } from "../workbook/port";
import { RefreshError } from "./errors";
import type { LocatedSheet } from "./readTables";

/**
 * The ledger's shape when it was read: used size, header row and the key column (客户编号, else
 * the first column the engine knows). In Excel the user can keep typing while a refresh runs;
 * if a row is inserted, deleted or sorted between reading and writing, the computed rows would
 * land beside the wrong customers. The pipeline compares this against a fresh read just before
 * writing and stops instead.
 */
export interface LedgerFingerprint {
  readonly rows: number;
  readonly columns: number;
  /** 0-based index of the key column; null when the ledger has no column the engine knows. */
  readonly keyColumn: number | null;
  readonly headerHash: string;
  readonly keyHash: string;
}

/** The fingerprint of what the pipeline has already read: no extra round trip to the workbook. */
export function fingerprintOf(sheet: LocatedSheet, table: SheetTable): LedgerFingerprint {
  const key = table.columns.get("id") ?? table.columns.values().next().value;
  return {
    rows: sheet.usedRows,
    columns: sheet.usedColumns,
    keyColumn: key?.index ?? null,
    headerHash: hashCells(sheet.headerCells),
    keyHash: hashCells(key?.cells ?? []),
  };
}

/** The same fingerprint read afresh through the port. */
export async function readFingerprint(
  port: WorkbookPort,
  sheet: LocatedSheet,
  keyColumn: number | null,
): Promise<LedgerFingerprint> {
  const headerRow = sheet.location.rowOffset + 1;
  const size = await port.usedSize(sheet.name);
  const top = await port.readTop(sheet.name, headerRow);
  const keys =
    keyColumn === null ? [] : ((await port.readColumns(sheet.name, [keyColumn], headerRow + 1))[0] ?? []);
  return {
    rows: size.rows,
    columns: size.columns,
    keyColumn,
    headerHash: hashCells(top[headerRow - 1] ?? []),
    keyHash: hashCells(keys),
  };
}

/** Throws RefreshError("workbook-changed") when the ledger no longer matches `before`. */
export async function assertLedgerUnchanged(
  port: WorkbookPort,
  sheet: LocatedSheet,
  before: LedgerFingerprint,
): Promise<void> {
  const now = await readFingerprint(port, sheet, before.keyColumn);
  const same =
    now.rows === before.rows &&
    now.columns === before.columns &&
    now.headerHash === before.headerHash &&
    now.keyHash === before.keyHash;
  if (same) return;
  throw new RefreshError("workbook-changed", {
    zh: `刷新期间「${sheet.name}」有改动(插入、删除或移动了行或列),为免把结果写到错误的行上,已停止刷新。请再刷新一次。`,
    en: `"${sheet.name}" changed during the refresh (rows or columns inserted, deleted or moved); the refresh stopped so that no result lands on the wrong row. Refresh again.`,
  });
}

/** How a cell enters the hash: a type tag and its value, so 1 and "1" differ; every blank is alike. */
function cellText(cell: RawCell): string {
  if (cell === null || cell === undefined || cell === "") return "_";
  if (typeof cell === "string") return `s${cell}`;
  if (typeof cell === "number") return `n${cell}`;
  if (typeof cell === "boolean") return cell ? "b1" : "b0";
  return `e${cell.error}`;
}

/**
 * Two 32-bit lanes (FNV-1a and a multiply–rotate mix) over every cell's text and a separator:
 * 64 bits against accidental collisions. This detects edits, not adversaries, so a fast
 * non-cryptographic hash that runs the same in the browser and in Node is the right tool.
 */
export function hashCells(cells: readonly RawCell[]): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9 ^ cells.length;
  const feed = (code: number): void => {
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b = (b << 13) | (b >>> 19);
  };
  for (const cell of cells) {
    const text = cellText(cell);
    for (let i = 0; i < text.length; i++) feed(text.charCodeAt(i));
    feed(0);
  }
  return `${(a >>> 0).toString(16).padStart(8, "0")}${(b >>> 0).toString(16).padStart(8, "0")}`;
}
