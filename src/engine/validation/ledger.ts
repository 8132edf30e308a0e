import { LEDGER_FIELDS } from "../schema/fields";
import type { CustomerRecord } from "../schema/records";
import type { SheetTable } from "../schema/table";
import type { RowScope } from "./conditional";
import type { ValidationContext } from "./context";
import { checkCustomerIds, checkDuplicateNames } from "./customer-ids";
import type { Finding } from "./finding";
import { FindingLog } from "./finding-log";
import { checkLedgerRows } from "./ledger-rules";
import { numberAt, readColumns, stageAt, textAt, usedRows } from "./read-columns";
import type { ReadColumn, ReadColumns } from "./read-columns";
import { reportTableShape } from "./sheet-findings";

export interface LedgerValidation {
  /** One record per non-blank data row, in sheet order. */
  readonly records: CustomerRecord[];
  readonly findings: Finding[];
  /** Each customer ID's first data row (`CustomerRecord.index`), for joining follow-ups. */
  readonly rowOfId: ReadonlyMap<string, number>;
}

/** Fields with a property of their own on `CustomerRecord`; every other field goes into `text`. */
const TYPED_KEYS = new Set<string>([
  "id",
  "name",
  "industry",
  "region",
  "size",
  "employees",
  "revenue",
  "stage",
  "stageBeforeLoss",
  "lossReason",
  "priorityClass",
  "strategicValue",
  "estimatedAmount",
  "winProbability",
  "followUpCost",
  "paymentDays",
  "owner",
  "createdOn",
  "profileUpdatedOn",
  "firstPurchase",
  "lastPurchase",
  "purchaseCount",
  "totalRevenue",
  "wonOn",
  "satisfaction",
  "complaints",
] satisfies (keyof CustomerRecord)[]);

const TEXT_KEYS = LEDGER_FIELDS.map((field) => field.key).filter((key) => !TYPED_KEYS.has(key));

type Columns = Readonly<Record<string, ReadColumn | undefined>>;

/** Builds the records row by row from columns resolved once, so no per-row lookups by name. */
function buildRecords(columns: ReadColumns, log: FindingLog, used: Uint8Array): CustomerRecord[] {
  const c: Columns = Object.fromEntries(columns);
  const textColumns = TEXT_KEYS.map((key) => [key, columns.get(key)] as const);
  const records: CustomerRecord[] = [];
  for (let index = 0; index < used.length; index++) {
    if (used[index] === 0) continue;
    const text: Record<string, string | null> = {};
    for (const [key, column] of textColumns) text[key] = textAt(column, index);
    records.push({
      index,
      sheetRow: log.table.headerRow + 1 + index,
      valid: log.isValid(index),
      incomplete: log.incomplete[index] === 1,
      id: textAt(c.id, index),
      name: textAt(c.name, index),
      industry: textAt(c.industry, index),
      region: textAt(c.region, index),
      size: textAt(c.size, index),
      employees: numberAt(c.employees, index),
      revenue: numberAt(c.revenue, index),
      stage: stageAt(c.stage, index),
      stageBeforeLoss: stageAt(c.stageBeforeLoss, index),
      lossReason: textAt(c.lossReason, index),
      priorityClass: textAt(c.priorityClass, index),
      strategicValue: textAt(c.strategicValue, index),
      estimatedAmount: numberAt(c.estimatedAmount, index),
      winProbability: numberAt(c.winProbability, index),
      followUpCost: textAt(c.followUpCost, index),
      paymentDays: numberAt(c.paymentDays, index),
      owner: textAt(c.owner, index),
      createdOn: numberAt(c.createdOn, index),
      profileUpdatedOn: numberAt(c.profileUpdatedOn, index),
      firstPurchase: numberAt(c.firstPurchase, index),
      lastPurchase: numberAt(c.lastPurchase, index),
      purchaseCount: numberAt(c.purchaseCount, index),
      totalRevenue: numberAt(c.totalRevenue, index),
      wonOn: numberAt(c.wonOn, index),
      satisfaction: numberAt(c.satisfaction, index),
      complaints: numberAt(c.complaints, index),
      text,
    });
  }
  return records;
}

/**
 * Validates the customer ledger (SPEC 1.1, 3, 3.1, 9): every cell read by its field's parser,
 * then the rules within a row, then the rules across rows (IDs and names).
 */
export function validateLedger(table: SheetTable, ctx: ValidationContext): LedgerValidation {
  const log = new FindingLog(table);
  const used = usedRows(table);
  reportTableShape(table, log);
  const columns = readColumns(table, LEDGER_FIELDS, used, ctx, log);
  const scope: RowScope = { fields: LEDGER_FIELDS, columns, used, log };
  checkLedgerRows(scope);
  const rowOfId = checkCustomerIds(scope, ctx.config);
  checkDuplicateNames(scope);
  return { records: buildRecords(columns, log, used), findings: log.findings(), rowOfId };
}
