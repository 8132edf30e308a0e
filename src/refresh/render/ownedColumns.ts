/**
 * The score block the add-in appends to the right of the ledger (SPEC 1.4): its columns, how an
 * rows (`src/refresh/placeBlock.ts` recognises an existing block on the next refresh).
 */
import type { Lang } from "../../engine/labels";
import type { CustomerRecord } from "../../engine/schema/records";
import type { ScoredCustomer } from "../../engine/scoring/types";
import type { Finding } from "../../engine/validation/finding";
import type { OutCell, RowSource } from "../../workbook/port";
import { rowCheck } from "./rowCheck";
import { sharedScoreCells } from "./scoreCells";

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

/**
 * The block's cells: one row per ledger data row (index 0 = the first row under the header),
 * built when a writer asks for it, so a million-row block costs its lookups, not its cells.
 * Rows without a record (entirely blank) stay blank; invalid rows carry only the check cell that
 * says why. `findings` may hold every sheet's findings: only those of `ledgerSheet` are matched to rows.
 */
export function renderOwnedRows(
  rowCount: number,
  records: readonly CustomerRecord[],
  scored: readonly ScoredCustomer[],
  findings: readonly Finding[],
  ledgerSheet: string,
  lang: Lang,
  date1904 = false,
): OwnedRows {
  // Looked up by position rather than through maps: a full sheet has a million rows.
  const recordAt = new Array<CustomerRecord | undefined>(rowCount).fill(undefined);
  for (const record of records) {
    if (record.index >= 0 && record.index < rowCount) recordAt[record.index] = record;
  }
  const scoredAt = new Array<ScoredCustomer | undefined>(rowCount).fill(undefined);
  for (const customer of scored) {
    const index = customer.record.index;
    if (index >= 0 && index < rowCount) scoredAt[index] = customer;
  }
  const findingsByRow = groupByRow(findings.filter((finding) => finding.sheet === ledgerSheet));
  const cells = sharedScoreCells(lang, date1904);
  const renderers = OWNED_COLUMNS.map(({ key }) => (key === "check" ? null : cells[key]));
  return new OwnedRows(rowCount, (index) => {
    const record = recordAt[index];
    if (record === undefined) return BLANK_ROW;
    const check = rowCheck(record, findingsByRow.get(record.sheetRow) ?? NO_FINDINGS, lang);
    const customer = check.excluded ? undefined : scoredAt[index];
    return renderers.map((render) => {
      if (render === null) return check.cell;
      return customer === undefined ? null : render(customer);
    });
  });
}

/** The rendered block as a row source; also iterable, for callers that want every row. */
export class OwnedRows implements RowSource, Iterable<readonly OutCell[]> {
  constructor(
    readonly length: number,
    private readonly build: (index: number) => readonly OutCell[],
  ) {}

  at(index: number): readonly OutCell[] | undefined {
    return Number.isInteger(index) && index >= 0 && index < this.length ? this.build(index) : undefined;
  }

  *[Symbol.iterator](): Iterator<readonly OutCell[]> {
    for (let i = 0; i < this.length; i++) yield this.build(i);
  }
}

const BLANK_ROW: readonly OutCell[] = Object.freeze(OWNED_COLUMNS.map(() => null));
const NO_FINDINGS: readonly Finding[] = [];

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
