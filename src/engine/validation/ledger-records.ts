import { LEDGER_FIELDS } from "../schema/fields";
import type { CustomerRecord } from "../schema/records";
import type { FindingLog } from "./finding-log";
import type { Stage } from "../config/stages";
import type { BlockColumn, BlockColumns } from "./read-columns";

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

/** The keys of `CustomerRecord.text`, in field order. */
export const TEXT_KEYS: readonly string[] = LEDGER_FIELDS.map((field) => field.key).filter(
  (key) => !TYPED_KEYS.has(key),
);

/**
 * The ledger's columns as one object literal of fixed shape: read a million times a field, its
 * properties must be fast (an object made by `Object.fromEntries` from 36 keys is a dictionary).
 */
export function ledgerColumns(columns: BlockColumns) {
  const get = (key: string): BlockColumn | undefined => columns.get(key);
  return {
    id: get("id"),
    name: get("name"),
    industry: get("industry"),
    region: get("region"),
    size: get("size"),
    employees: get("employees"),
    revenue: get("revenue"),
    stage: get("stage"),
    stageBeforeLoss: get("stageBeforeLoss"),
    lossReason: get("lossReason"),
    priorityClass: get("priorityClass"),
    strategicValue: get("strategicValue"),
    estimatedAmount: get("estimatedAmount"),
    winProbability: get("winProbability"),
    followUpCost: get("followUpCost"),
    paymentDays: get("paymentDays"),
    owner: get("owner"),
    createdOn: get("createdOn"),
    profileUpdatedOn: get("profileUpdatedOn"),
    firstPurchase: get("firstPurchase"),
    lastPurchase: get("lastPurchase"),
    purchaseCount: get("purchaseCount"),
    totalRevenue: get("totalRevenue"),
    wonOn: get("wonOn"),
    satisfaction: get("satisfaction"),
    complaints: get("complaints"),
    source: get("source"),
    decisionMaker: get("decisionMaker"),
    title: get("title"),
    phone: get("phone"),
    coreNeed: get("coreNeed"),
    urgency: get("urgency"),
    budget: get("budget"),
    currentSupplier: get("currentSupplier"),
    decisionCycle: get("decisionCycle"),
    lifecycle: get("lifecycle"),
  };
}

export type LedgerColumns = ReturnType<typeof ledgerColumns>;
type Columns = LedgerColumns;

/** A row's value in a column of the block being read; absent columns read as null. */
function textAt(column: BlockColumn | undefined, row: number): string | null {
  return column === undefined ? null : column.textAt(row);
}

function numberAt(column: BlockColumn | undefined, row: number): number | null {
  return column === undefined ? null : column.numberAt(row);
}

/** A stage column holds stage keys only (see parseStage). */
function stageAt(column: BlockColumn | undefined, row: number): Stage | null {
  return textAt(column, row) as Stage | null;
}

/**
 * `CustomerRecord.text` of one row. Written out as one literal, keys in `TEXT_KEYS` order (a test
 * holds the two together), so a million of them share one shape and are built without a keyed
 * store per field.
 */
function textFields(c: Columns, row: number): CustomerRecord["text"] {
  return {
    source: textAt(c.source, row),
    decisionMaker: textAt(c.decisionMaker, row),
    title: textAt(c.title, row),
    phone: textAt(c.phone, row),
    coreNeed: textAt(c.coreNeed, row),
    urgency: textAt(c.urgency, row),
    budget: textAt(c.budget, row),
    currentSupplier: textAt(c.currentSupplier, row),
    decisionCycle: textAt(c.decisionCycle, row),
    lifecycle: textAt(c.lifecycle, row),
  };
}

/**
 * The records of the used rows of the block [from, to), stored in sheet order from
 * `records[count]` on (the list is allocated at the sheet's size and trimmed at the end, so it
 * never grows by copying). Returns the new count.
 */
export function addCustomerRecords(
  c: LedgerColumns,
  from: number,
  to: number,
  used: Uint8Array,
  log: FindingLog,
  records: CustomerRecord[],
  count: number,
): number {
  const firstRow = log.table.headerRow + 1;
  for (let index = from; index < to; index++) {
    if (used[index] === 0) continue;
    records[count++] = {
      index,
      sheetRow: firstRow + index,
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
      text: textFields(c, index),
    };
  }
  return count;
}
