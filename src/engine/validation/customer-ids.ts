import { upperCaseKey } from "../cells/text";
import { STAGE_LABELS } from "../config/stages";
import type { CodesConfig, EngineConfig } from "../config/types";
import type { RowScope } from "./conditional";
import type { MessageParams } from "./messages";
import type { ReadColumn } from "./read-columns";
import { compileIdPattern, matchesIdPattern } from "../config/idPattern";
import { stageAt, textAt } from "./read-columns";

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

/** The code tables an ID is checked against, and the row values they are looked up by. */
interface CodeSources {
  readonly codes: CodesConfig;
  readonly industry: ReadColumn | undefined;
  readonly size: ReadColumn | undefined;
  readonly stage: ReadColumn | undefined;
}

/** The ID's part between `start` and `end` against the code the row's own value calls for. */
function checkPart(
  scope: RowScope,
  ids: ReadColumn,
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
  scope.log.cell(ids, row, "id.code-mismatch", { part, actual: id.slice(start, end), expected, source });
}

/** `行业代码-规模代码-阶段代码-序号`: warns for each code that disagrees with the row's own value. */
function checkCodeParts(
  scope: RowScope,
  ids: ReadColumn,
  row: number,
  id: string,
  sources: CodeSources,
): void {
  // Exactly four parts: three dashes.
  const first = id.indexOf("-");
  const second = first < 0 ? -1 : id.indexOf("-", first + 1);
  const third = second < 0 ? -1 : id.indexOf("-", second + 1);
  if (third < 0 || id.indexOf("-", third + 1) >= 0) return;
  const { codes } = sources;
  const industry = majorIndustry(textAt(sources.industry, row));
  checkPart(scope, ids, row, "industry", id, 0, first, industry, codeOf(codes.industry, industry));
  const size = textAt(sources.size, row);
  checkPart(scope, ids, row, "size", id, first + 1, second, size, codeOf(codes.size, size));
  const stage = stageAt(sources.stage, row);
  const stageLabel = stage === null ? null : STAGE_LABELS[stage].zh;
  checkPart(scope, ids, row, "stage", id, second + 1, third, stageLabel, codeOf(codes.stage, stageLabel));
}

/** Adds `row` under `key`; keys seen more than once collect their rows in `shared`. */
function groupRows(
  firstRowOf: Map<string, number>,
  shared: Map<string, number[]>,
  key: string,
  row: number,
): void {
  const first = firstRowOf.get(key);
  if (first === undefined) {
    firstRowOf.set(key, row);
    return;
  }
  const rows = shared.get(key);
  if (rows === undefined) shared.set(key, [first, row]);
  else rows.push(row);
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
export function checkCustomerIds(scope: RowScope, config: EngineConfig): ReadonlyMap<string, number> {
  const ids = scope.columns.get("id");
  if (ids === undefined) return new Map();
  const { log, used } = scope;
  const pattern = compileIdPattern(config.idPattern);
  const sources: CodeSources = {
    codes: config.codes,
    industry: scope.columns.get("industry"),
    size: scope.columns.get("size"),
    stage: scope.columns.get("stage"),
  };
  const firstRowOf = new Map<string, number>();
  const shared = new Map<string, number[]>();
  for (let row = 0; row < used.length; row++) {
    const id = used[row] === 1 ? textAt(ids, row) : null;
    if (id === null) continue;
    if (pattern !== null && !matchesIdPattern(pattern, id)) {
      log.cell(ids, row, "id.pattern", { pattern: config.idPattern });
    } else {
      checkCodeParts(scope, ids, row, id, sources);
    }
    groupRows(firstRowOf, shared, id, row);
  }
  for (const rows of shared.values()) {
    for (const row of rows) log.cell(ids, row, "id.duplicate", otherRows(rows, row, log.table.headerRow));
  }
  return firstRowOf;
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
export function checkDuplicateNames(scope: RowScope): void {
  const names = scope.columns.get("name");
  const ids = scope.columns.get("id");
  if (names === undefined || ids === undefined) return;
  const firstRowOf = new Map<string, number>();
  const shared = new Map<string, number[]>();
  for (let row = 0; row < scope.used.length; row++) {
    const name = scope.used[row] === 1 ? textAt(names, row) : null;
    if (name !== null && textAt(ids, row) !== null) groupRows(firstRowOf, shared, nameKey(name), row);
  }
  for (const rows of shared.values()) {
    const distinctIds = new Set(rows.map((row) => textAt(ids, row) ?? ""));
    if (distinctIds.size < 2) continue;
    // One more than listed, so every row can leave its own ID out and still list enough.
    const candidates = [...distinctIds].slice(0, LISTED + 1);
    for (const row of rows) {
      const own = textAt(ids, row);
      const otherIds = candidates.filter((id) => id !== own).slice(0, LISTED);
      const more = distinctIds.size - 1 - otherIds.length;
      scope.log.cell(names, row, "name.possible-duplicate", { otherIds, more });
    }
  }
}
