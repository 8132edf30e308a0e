import { displayValue, normalizeText } from "../cells";
import type { RawCell } from "../cells/types";
import type { FieldDef, SheetDef } from "./fields";

/** How many rows from the top are searched for the header row (SPEC 1). */
export const HEADER_SCAN_ROWS = 10;

/** A header cell matched to a field: its 0-based column index and its text as the sheet shows it. */
export interface HeaderColumn {
  readonly index: number;
  readonly header: string;
}

/** A field whose header appears more than once; the first column is used, the others ignored. */
export interface DuplicateHeader {
  readonly field: string;
  /** Header text of the column in use (the first). */
  readonly header: string;
  /** Every column that matched the field, ascending; `indexes[0]` is the one in use. */
  readonly indexes: readonly number[];
}

export interface HeaderLocation {
  /** 0-based position of the header row within the rows searched. */
  readonly rowOffset: number;
  /** Matched columns by field key; unknown columns are not listed. */
  readonly columns: ReadonlyMap<string, HeaderColumn>;
  readonly duplicates: readonly DuplicateHeader[];
  /** Every cell of the header row as shown, known or not. */
  readonly headers: readonly string[];
}

// Whitespace anywhere and the asterisk templates use to mark required columns ("*客户编号").
const IGNORED_IN_HEADERS = /[\s*]/g;

/** Header text reduced for matching: width-, case- and space-insensitive, so （万元） equals (万元). */
export function normalizeHeader(raw: RawCell): string {
  return normalizeText(raw).replace(IGNORED_IN_HEADERS, "").toLowerCase();
}

function namesOf(def: {
  readonly zh: string;
  readonly en: string;
  readonly aliases?: readonly string[];
}): string[] {
  return [def.zh, def.en, ...(def.aliases ?? [])];
}

/** The first sheet (in tab order) named like `def` by its zh name, en name or an alias. */
export function findSheet(names: readonly string[], def: SheetDef): string | null {
  const wanted = new Set(namesOf(def).map(normalizeHeader));
  return names.find((name) => wanted.has(normalizeHeader(name))) ?? null;
}

/** Normalised name → field; when two fields share a name the earlier field keeps it. */
function fieldsByName(fields: readonly FieldDef[]): Map<string, FieldDef> {
  const byName = new Map<string, FieldDef>();
  for (const field of fields) {
    for (const name of namesOf(field)) {
      const key = normalizeHeader(name);
      if (key !== "" && !byName.has(key)) byName.set(key, field);
    }
  }
  return byName;
}

/** Field key per cell of a row (undefined for unknown headers). */
function matchRow(row: readonly RawCell[], byName: ReadonlyMap<string, FieldDef>): (string | undefined)[] {
  return Array.from(row, (cell) => byName.get(normalizeHeader(cell))?.key);
}

function buildLocation(
  rowOffset: number,
  row: readonly RawCell[],
  keys: readonly (string | undefined)[],
): HeaderLocation {
  const headers = Array.from(row, (cell) => displayValue(cell));
  const columns = new Map<string, HeaderColumn>();
  const repeated = new Map<string, number[]>();
  keys.forEach((key, index) => {
    if (key === undefined) return;
    const first = columns.get(key);
    if (first === undefined) {
      columns.set(key, { index, header: headers[index] });
      return;
    }
    const indexes = repeated.get(key) ?? [first.index];
    indexes.push(index);
    repeated.set(key, indexes);
  });
  const duplicates = Array.from(repeated, ([field, indexes]) => ({
    field,
    header: headers[indexes[0]],
    indexes,
  }));
  return { rowOffset, columns, duplicates, headers };
}

/**
 * The header row: the first of the top `maxRows` rows that names at least half (rounded up) of
 * the fields whose blank is an error. Null when no row qualifies.
 */
export function locateHeader(
  rows: readonly (readonly RawCell[])[],
  fields: readonly FieldDef[],
  maxRows = HEADER_SCAN_ROWS,
): HeaderLocation | null {
  const byName = fieldsByName(fields);
  const anchors = new Set(fields.filter((field) => field.required === "error").map((field) => field.key));
  // Without error-required fields every known header counts, and one is enough.
  const counts = (key: string | undefined): key is string =>
    key !== undefined && (anchors.size === 0 || anchors.has(key));
  const needed = Math.max(1, Math.ceil(anchors.size / 2));
  const limit = Math.min(rows.length, maxRows);
  for (let offset = 0; offset < limit; offset++) {
    const keys = matchRow(rows[offset], byName);
    if (new Set(keys.filter(counts)).size >= needed) return buildLocation(offset, rows[offset], keys);
  }
  return null;
}
