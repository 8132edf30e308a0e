import { upperCaseKey } from "../cells/text";
import { STAGE_LABELS } from "../config/stages";
import type { CodesConfig, EngineConfig } from "../config/types";
import { compileIdPattern, matchesIdPattern } from "../config/idPattern";
import type { CustomerRecord } from "../schema/records";
import type { CellSite, FindingLog } from "./finding-log";
import type { MessageParams } from "./messages";
import type { RowOfId } from "./row-of-id";
import { StringIndex } from "./string-index";

/** How many other rows or IDs a message lists before it says "and n more". */
const LISTED = 3;

/** The code a 代码表 table gives a label, or null when the label is not listed. */
function codeOf(table: Readonly<Record<string, string>>, label: string | null): string | null {
  return label !== null && Object.prototype.hasOwnProperty.call(table, label) ? table[label] : null;
}

/** 大类 of `大类-细分`, e.g. 制造业 of 制造业-汽车零部件. */
function majorIndustry(industry: string | null): string | null {
  if (industry === null) return null;
  const dash = industry.indexOf("-");
  return (dash < 0 ? industry : industry.slice(0, dash)).trim();
}

type CodePart = MessageParams["id.code-mismatch"]["part"];

/**
 * The rules across rows run once every row is read, on the records: the ID and name columns
 * (where findings go), the records in sheet order, and the log.
 */
export interface RecordScope {
  readonly ids: CellSite | undefined;
  readonly names: CellSite | undefined;
  readonly records: readonly CustomerRecord[];
  readonly log: FindingLog;
}

/** The ID's part between `start` and `end` against the code the row's own value calls for. */
function checkPart(
  log: FindingLog,
  ids: CellSite,
  row: number,
  part: CodePart,
  id: string,
  start: number,
  end: number,
  source: string | null,
  expected: string | null,
): void {
  if (source === null || expected === null) return;
  // Compared in place: a million IDs need not be split into parts to find the rare mismatch.
  if (end - start === expected.length && id.startsWith(expected, start)) return;
  log.cell(ids, row, "id.code-mismatch", { part, actual: id.slice(start, end), expected, source });
}

/** 大类 of an industry and its code, worked out once per distinct industry (a ledger has a few dozen). */
type IndustryCodes = (industry: string | null) => {
  readonly major: string | null;
  readonly code: string | null;
};

function industryCodes(codes: CodesConfig): IndustryCodes {
  const known = new Map<string | null, { readonly major: string | null; readonly code: string | null }>();
  return (industry) => {
    let entry = known.get(industry);
    if (entry === undefined) {
      const major = majorIndustry(industry);
      entry = { major, code: codeOf(codes.industry, major) };
      known.set(industry, entry);
    }
    return entry;
  };
}

/** `行业代码-规模代码-阶段代码-序号`: warns for each code that disagrees with the row's own value. */
function checkCodeParts(
  log: FindingLog,
  ids: CellSite,
  record: CustomerRecord,
  id: string,
  codes: CodesConfig,
  industryOf: IndustryCodes,
): void {
  // Exactly four parts: three dashes.
  const first = id.indexOf("-");
  const second = first < 0 ? -1 : id.indexOf("-", first + 1);
  const third = second < 0 ? -1 : id.indexOf("-", second + 1);
  if (third < 0 || id.indexOf("-", third + 1) >= 0) return;
  const row = record.index;
  const industry = industryOf(record.industry);
  checkPart(log, ids, row, "industry", id, 0, first, industry.major, industry.code);
  const size = record.size;
  checkPart(log, ids, row, "size", id, first + 1, second, size, codeOf(codes.size, size));
  const stageLabel = record.stage === null ? null : STAGE_LABELS[record.stage].zh;
  checkPart(log, ids, row, "stage", id, second + 1, third, stageLabel, codeOf(codes.stage, stageLabel));
}

/**
 * Records grouped by a text key (an ID, a name; null: not grouped), each known by a number (its
 * data row, or its position in the records). All keys go into the index at once (see
 * `StringIndex.addAll`); the groups of keys seen more than once are then gathered in key order,
 * each in the order its second member comes, as adding one key at a time would have found them.
 */
function groupKeys(
  index: StringIndex,
  keys: readonly (string | null)[],
  numbers: ArrayLike<number>,
): Map<number, number[]> {
  const first = index.addAll(keys, numbers);
  const shared = new Map<number, number[]>();
  for (let i = 0; i < keys.length; i++) {
    if (first[i] < 0) continue;
    const members = shared.get(first[i]);
    if (members === undefined) shared.set(first[i], [first[i], numbers[i]]);
    else members.push(numbers[i]);
  }
  return shared;
}

/** Each ID's first data row, from the ID groups (numbered by row). */
function firstRowOfIds(index: StringIndex): RowOfId {
  return {
    get: (id) => {
      const row = index.find(id);
      return row < 0 ? undefined : row;
    },
    rowsOf: (ids) => index.findAll(ids),
  };
}

/** Excel rows of the other members of a group, the first few only. */
function otherRows(
  rows: readonly number[],
  self: number,
  headerRow: number,
): { rows: number[]; more: number } {
  const listed: number[] = [];
  for (const row of rows) {
    if (row === self) continue;
    if (listed.length === LISTED) break;
    listed.push(headerRow + 1 + row);
  }
  return { rows: listed, more: rows.length - 1 - listed.length };
}

/**
 * SPEC 3.1: the ID follows the configured pattern, its codes agree with the row, and it is unique.
 * Returns each ID's first data row, which the follow-up check reuses instead of indexing a
 * million IDs a second time.
 */
export function checkCustomerIds(scope: RecordScope, config: EngineConfig): RowOfId {
  const { ids, records, log } = scope;
  if (ids === undefined) return new Map();
  const pattern = compileIdPattern(config.idPattern);
  const industryOf = industryCodes(config.codes);
  const keys = new Array<string | null>(records.length);
  const rows = new Int32Array(records.length);
  for (let position = 0; position < records.length; position++) {
    const record = records[position];
    const id = record.id;
    keys[position] = id;
    rows[position] = record.index;
    if (id === null) continue;
    if (pattern !== null && !matchesIdPattern(pattern, id)) {
      log.cell(ids, record.index, "id.pattern", { pattern: config.idPattern });
    } else {
      checkCodeParts(log, ids, record, id, config.codes, industryOf);
    }
  }
  // Numbered by data row: the follow-ups are joined by row.
  const index = new StringIndex(records.length, records.length === 0 ? 0 : rows[records.length - 1]);
  for (const members of groupKeys(index, keys, rows).values()) {
    for (const row of members) {
      log.cell(ids, row, "id.duplicate", otherRows(members, row, log.table.headerRow));
    }
  }
  return firstRowOfIds(index);
}

/**
 * Names compared without case or spaces: "华为 科技" and "华为科技" are the same name. Names are
 * normalised text, where every whitespace run is already one plain space, so a split on that
 * space does what a whitespace regex would, without one per row.
 */
function nameKey(name: string): string {
  const key = upperCaseKey(name);
  return key.includes(" ") ? key.split(" ").join("") : key;
}

/** Warns on every row whose name another row with a different ID also has. */
export function checkDuplicateNames(scope: RecordScope): void {
  const { names, ids, records, log } = scope;
  if (names === undefined || ids === undefined) return;
  // Numbered by position in `records`, so each member's ID is at hand.
  const keys = new Array<string | null>(records.length);
  const positionOf = new Int32Array(records.length);
  for (let position = 0; position < records.length; position++) {
    const record = records[position];
    keys[position] = record.name !== null && record.id !== null ? nameKey(record.name) : null;
    positionOf[position] = position;
  }
  for (const positions of groupKeys(new StringIndex(records.length), keys, positionOf).values()) {
    const distinctIds = new Set(positions.map((position) => records[position].id ?? ""));
    if (distinctIds.size < 2) continue;
    // One more than listed, so every row can leave its own ID out and still list enough.
    const candidates = [...distinctIds].slice(0, LISTED + 1);
    for (const position of positions) {
      const own = records[position].id;
      const otherIds = candidates.filter((id) => id !== own).slice(0, LISTED);
      const more = distinctIds.size - 1 - otherIds.length;
      log.cell(names, records[position].index, "name.possible-duplicate", { otherIds, more });
    }
  }
}
