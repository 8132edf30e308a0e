/**
 * The score block the add-in appends to the right of the ledger (SPEC 1.4): its columns, how an
 * existing block is recognised on the next refresh, and its rows.
 */
import type { RawCell } from "../../engine/cells/types";
import { SHEETS } from "../../engine/schema/fields";
import type { Lang } from "../../engine/labels";
import type { CustomerRecord } from "../../engine/schema/records";
import type { ScoredCustomer } from "../../engine/scoring/types";
import type { Finding } from "../../engine/validation/finding";
import type { OutCell } from "../../workbook/port";
import { isSheetOf, normalizeName } from "./names";
import { rowCheck } from "./rowCheck";
import { SCORE_CELLS } from "./scoreCells";

export type OwnedColumnKey =
  | "check"
  | "lastContact"
  | "contactsPerMonth"
  | "r"
  | "f"
  | "m"
  | "v"
  | "priorityScore"
  | "priorityTier"
  | "why"
  | "icp"
  | "opportunityScore"
  | "opportunityTier"
  | "segment"
  | "churn"
  | "nextDue"
  | "followUpStatus"
  | "overdueActions"
  | "profile"
  | "recommendation";

export interface OwnedColumn {
  readonly key: OwnedColumnKey;
  readonly zh: string;
  readonly en: string;
}

/** The block, left to right. */
export const OWNED_COLUMNS: readonly OwnedColumn[] = [
  { key: "check", zh: "校验状态", en: "Check" },
  { key: "lastContact", zh: "最近跟进", en: "Last Contact" },
  { key: "contactsPerMonth", zh: "近3月月均跟进", en: "Contacts/Month" },
  { key: "r", zh: "R分", en: "R" },
  { key: "f", zh: "F分", en: "F" },
  { key: "m", zh: "M分", en: "M" },
  { key: "v", zh: "V分", en: "V" },
  { key: "priorityScore", zh: "优先级得分", en: "Priority Score" },
  { key: "priorityTier", zh: "优先级", en: "Priority" },
  { key: "why", zh: "评分说明", en: "Why" },
  { key: "icp", zh: "ICP匹配", en: "ICP Fit" },
  { key: "opportunityScore", zh: "机会评分", en: "Opportunity Score" },
  { key: "opportunityTier", zh: "机会等级", en: "Opportunity Tier" },
  { key: "segment", zh: "价值分群", en: "Segment" },
  { key: "churn", zh: "流失预警", en: "Churn Risk" },
  { key: "nextDue", zh: "下次跟进截止", en: "Next Contact Due" },
  { key: "followUpStatus", zh: "跟进状态", en: "Follow-up Status" },
  { key: "overdueActions", zh: "逾期行动", en: "Overdue Actions" },
  { key: "profile", zh: "资料状态", en: "Profile Status" },
  { key: "recommendation", zh: "建议下一步", en: "Recommended Step" },
];

export function ownedHeaders(lang: Lang): string[] {
  return OWNED_COLUMNS.map((column) => column[lang]);
}

/** An owned header found in a sheet's header row. */
export interface OwnedHeaderHit {
  readonly column: number;
  readonly key: OwnedColumnKey;
  readonly lang: Lang;
}

export interface OwnedBlockMatch {
  /** 0-based index of the block's first column. */
  readonly firstColumn: number;
  /** Columns the block spans in the sheet (fewer than the full block when some were deleted). */
  readonly width: number;
  /** The owned headers found, left to right. */
  readonly found: readonly OwnedHeaderHit[];
}

/** Like the template's header rule: a block counts when at least half its headers are there. */
const MIN_HEADERS_FOR_A_BLOCK = Math.ceil(OWNED_COLUMNS.length / 2);

const HEADER_INDEX: ReadonlyMap<
  string,
  { readonly position: number; readonly hit: Omit<OwnedHeaderHit, "column"> }
> = new Map(
  OWNED_COLUMNS.flatMap((column, position) =>
    (["zh", "en"] as const).map(
      (lang) => [normalizeName(column[lang]), { position, hit: { key: column.key, lang } }] as const,
    ),
  ),
);

/**
 * Finds the block the add-in wrote on an earlier refresh. The block is written in order, so it is
 * a run of adjacent owned headers whose positions in OWNED_COLUMNS strictly increase: a user's own
 * column that happens to carry an owned header (beside the block or elsewhere) breaks the run and
 * is never taken over. The longest run wins, the rightmost on a tie; null when none is long enough.
 */
export function findOwnedBlock(headerRow: readonly RawCell[]): OwnedBlockMatch | null {
  let best: OwnedHeaderHit[] = [];
  let run: OwnedHeaderHit[] = [];
  let lastPosition = -1;
  const closeRun = (): void => {
    if (run.length >= best.length && run.length > 0) best = run;
    run = [];
    lastPosition = -1;
  };
  headerRow.forEach((cell, column) => {
    const entry = typeof cell === "string" ? HEADER_INDEX.get(normalizeName(cell)) : undefined;
    if (entry === undefined) {
      closeRun();
      return;
    }
    if (entry.position <= lastPosition) closeRun();
    run.push({ column, ...entry.hit });
    lastPosition = entry.position;
  });
  closeRun();
  if (best.length < MIN_HEADERS_FOR_A_BLOCK) return null;
  const firstColumn = best[0].column;
  return { firstColumn, width: best[best.length - 1].column - firstColumn + 1, found: best };
}

/**
 * The block's cells: one row per ledger data row (index 0 = the first row under the header).
 * Rows without a record (entirely blank) stay blank; invalid rows carry only the check cell that
 * says why. `findings` may hold every sheet's findings: only the ledger's (found by the template's
 * names and aliases, as the ledger itself is) are matched to rows.
 */
export function renderOwnedRows(
  rowCount: number,
  records: readonly CustomerRecord[],
  scored: readonly ScoredCustomer[],
  findings: readonly Finding[],
  lang: Lang,
  date1904 = false,
): OutCell[][] {
  const blank = (): OutCell[] => OWNED_COLUMNS.map(() => null);
  const rows = Array.from({ length: rowCount }, blank);
  const scoredByIndex = new Map(scored.map((customer) => [customer.record.index, customer]));
  const findingsByRow = groupByRow(findings.filter((finding) => isSheetOf(SHEETS.ledger, finding.sheet)));
  for (const record of records) {
    if (record.index < 0 || record.index >= rowCount) continue;
    const check = rowCheck(record, findingsByRow.get(record.sheetRow) ?? [], lang);
    const customer = check.excluded ? undefined : scoredByIndex.get(record.index);
    rows[record.index] = OWNED_COLUMNS.map(({ key }) => {
      if (key === "check") return check.cell;
      return customer === undefined ? null : SCORE_CELLS[key](customer, lang, date1904);
    });
  }
  return rows;
}

function groupByRow(findings: readonly Finding[]): Map<number, Finding[]> {
  const byRow = new Map<number, Finding[]>();
  for (const finding of findings) {
    if (finding.row === null) continue;
    const list = byRow.get(finding.row);
    if (list === undefined) byRow.set(finding.row, [finding]);
    else list.push(finding);
  }
  return byRow;
}
