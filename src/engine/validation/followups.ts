import { FOLLOWUP_FIELDS } from "../schema/fields";
import type { CustomerRecord, FollowUpRecord } from "../schema/records";
import type { SheetTable } from "../schema/table";
import { reportAbsentColumns, type RowScope } from "./conditional";
import type { ValidationContext } from "./context";
import type { Finding } from "./finding";
import { FindingLog } from "./finding-log";
import { checkFollowUpRows, NO_CUSTOMER, resolveCustomerRows } from "./followup-rules";
import { SheetBlocks, type BlockColumn, type BlockColumns } from "./read-columns";
import type { RowOfId } from "./row-of-id";
import { reportTableShape } from "./sheet-findings";

export interface FollowUpValidation {
  /** One record per non-blank data row, in sheet order. */
  readonly records: FollowUpRecord[];
  readonly findings: Finding[];
}

const textAt = (column: BlockColumn | undefined, row: number): string | null =>
  column === undefined ? null : column.textAt(row);
const numberAt = (column: BlockColumn | undefined, row: number): number | null =>
  column === undefined ? null : column.numberAt(row);

/** The records of the used rows of the block [from, to), from `records[count]` on (see ledger-records.ts). */
function addRecords(
  columns: BlockColumns,
  from: number,
  to: number,
  used: Uint8Array,
  log: FindingLog,
  customerRows: Int32Array,
  records: FollowUpRecord[],
  count: number,
): number {
  const customerId = columns.get("customerId");
  const contactedAt = columns.get("contactedAt");
  const method = columns.get("method");
  const nextAction = columns.get("nextAction");
  const nextActionDue = columns.get("nextActionDue");
  const status = columns.get("status");
  const firstRow = log.table.headerRow + 1;
  for (let index = from; index < to; index++) {
    if (used[index] === 0) continue;
    const customerRow = customerRows[index];
    records[count++] = {
      index,
      sheetRow: firstRow + index,
      valid: log.isValid(index),
      customerId: textAt(customerId, index),
      customerIndex: customerRow === NO_CUSTOMER ? null : customerRow,
      contactedAt: numberAt(contactedAt, index),
      method: textAt(method, index),
      nextAction: textAt(nextAction, index),
      nextActionDue: numberAt(nextActionDue, index),
      status: textAt(status, index),
    };
  }
  return count;
}

/**
 * Validates the follow-up log (SPEC 1.2, 3, 9) against the ledger's records, block by block (see
 * block-column.ts). A row with an error is not counted anywhere. `rowOfId` (from `validateLedger`)
 * saves indexing the ledger's IDs again; each record carries the ledger row its ID resolved to.
 * `blockRows` only lets tests show that where blocks end changes nothing.
 */
export function validateFollowUps(
  table: SheetTable,
  ctx: ValidationContext,
  ledger: readonly CustomerRecord[],
  rowOfId?: RowOfId,
  blockRows?: number,
): FollowUpValidation {
  const log = new FindingLog(table);
  reportTableShape(table, log);
  const blocks = new SheetBlocks(table, FOLLOWUP_FIELDS, ctx, log, blockRows);
  const { columns, used } = blocks;
  const ids = rowOfId ?? firstRowOfIds(ledger);
  // Without an ID column no follow-up names a ledger row (customerIndex null throughout).
  // The ledger row each follow-up names (NO_CUSTOMER throughout without an ID column).
  const customerRows = resolveCustomerRows(columns.get("customerId"), table.rowCount, ids);
  const conditional: RowScope["conditional"] = new Map();
  const records = new Array<FollowUpRecord>(table.rowCount);
  let count = 0;
  blocks.forEachBlock((from, to) => {
    const scope = { fields: FOLLOWUP_FIELDS, columns, used, log, from, to, conditional };
    checkFollowUpRows(scope, ctx, customerRows);
    count = addRecords(columns, from, to, used, log, customerRows, records, count);
  });
  records.length = count;
  reportAbsentColumns({ fields: FOLLOWUP_FIELDS, log, conditional });
  return { records, findings: log.findings() };
}

/** Each ID's first ledger row; a row with errors still counts as existing. */
function firstRowOfIds(ledger: readonly CustomerRecord[]): Map<string, number> {
  const rows = new Map<string, number>();
  for (const record of ledger) {
    if (record.id !== null && !rows.has(record.id)) rows.set(record.id, record.index);
  }
  return rows;
}
