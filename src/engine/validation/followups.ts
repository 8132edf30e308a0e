import { FOLLOWUP_FIELDS } from "../schema/fields";
import type { CustomerRecord, FollowUpRecord } from "../schema/records";
import type { SheetTable } from "../schema/table";
import type { RowScope } from "./conditional";
import type { ValidationContext } from "./context";
import type { Finding } from "./finding";
import { FindingLog } from "./finding-log";
import { checkFollowUpRows } from "./followup-rules";
import { numberAt, readColumns, textAt, usedRows } from "./read-columns";
import type { ReadColumns } from "./read-columns";
import { reportTableShape } from "./sheet-findings";

export interface FollowUpValidation {
  /** One record per non-blank data row, in sheet order. */
  readonly records: FollowUpRecord[];
  readonly findings: Finding[];
}

function buildRecords(
  columns: ReadColumns,
  log: FindingLog,
  used: Uint8Array,
  customerRows: Int32Array | null,
): FollowUpRecord[] {
  const customerId = columns.get("customerId");
  const contactedAt = columns.get("contactedAt");
  const method = columns.get("method");
  const nextAction = columns.get("nextAction");
  const nextActionDue = columns.get("nextActionDue");
  const status = columns.get("status");
  const records: FollowUpRecord[] = [];
  for (let index = 0; index < used.length; index++) {
    if (used[index] === 0) continue;
    records.push({
      index,
      sheetRow: log.table.headerRow + 1 + index,
      valid: log.isValid(index),
      customerId: textAt(customerId, index),
      customerIndex: customerRows === null || customerRows[index] < 0 ? null : customerRows[index],
      contactedAt: numberAt(contactedAt, index),
      method: textAt(method, index),
      nextAction: textAt(nextAction, index),
      nextActionDue: numberAt(nextActionDue, index),
      status: textAt(status, index),
    });
  }
  return records;
}

/**
 * Validates the follow-up log (SPEC 1.2, 3, 9) against the ledger's records. A row with an error
 * is not counted anywhere. `rowOfId` (from `validateLedger`) saves indexing the ledger's IDs again;
 * each record carries the ledger row its ID resolved to.
 */
export function validateFollowUps(
  table: SheetTable,
  ctx: ValidationContext,
  ledger: readonly CustomerRecord[],
  rowOfId?: ReadonlyMap<string, number>,
): FollowUpValidation {
  const log = new FindingLog(table);
  const used = usedRows(table);
  reportTableShape(table, log);
  const columns = readColumns(table, FOLLOWUP_FIELDS, used, ctx, log);
  const scope: RowScope = { fields: FOLLOWUP_FIELDS, columns, used, log };
  const customerRows = checkFollowUpRows(scope, ctx, rowOfId ?? firstRowOfIds(ledger));
  return { records: buildRecords(columns, log, used, customerRows), findings: log.findings() };
}

/** Each ID's first ledger row; a row with errors still counts as existing. */
function firstRowOfIds(ledger: readonly CustomerRecord[]): Map<string, number> {
  const rows = new Map<string, number>();
  for (const record of ledger) {
    if (record.id !== null && !rows.has(record.id)) rows.set(record.id, record.index);
  }
  return rows;
}
