import { LEDGER_FIELDS } from "../schema/fields";
import type { CustomerRecord } from "../schema/records";
import type { SheetTable } from "../schema/table";
import { reportAbsentColumns, type RowScope } from "./conditional";
import type { ValidationContext } from "./context";
import { checkCustomerIds, checkDuplicateNames } from "./customer-ids";
import type { Finding } from "./finding";
import { FindingLog } from "./finding-log";
import { checkLedgerRows } from "./ledger-rules";
import { addCustomerRecords, ledgerColumns } from "./ledger-records";
import { SheetBlocks } from "./read-columns";
import type { RowOfId } from "./row-of-id";
import { reportTableShape } from "./sheet-findings";

export interface LedgerValidation {
  /** One record per non-blank data row, in sheet order. */
  readonly records: CustomerRecord[];
  readonly findings: Finding[];
  /** Each customer ID's first data row (`CustomerRecord.index`), for joining follow-ups. */
  readonly rowOfId: RowOfId;
}

/** Records are built before the rules across rows run; a row those rules find in error is invalid too. */
function markInvalid(records: CustomerRecord[], log: FindingLog): void {
  for (let position = 0; position < records.length; position++) {
    const record = records[position];
    if (record.valid && !log.isValid(record.index)) records[position] = { ...record, valid: false };
  }
}

/**
 * Validates the customer ledger (SPEC 1.1, 3, 3.1, 9): every cell read by its field's parser,
 * then the rules within a row, block by block while the block's values are at hand (see
 * block-column.ts), then the rules across rows (IDs and names) on the records. `blockRows` only
 * lets tests show that where blocks end changes nothing.
 */
export function validateLedger(
  table: SheetTable,
  ctx: ValidationContext,
  blockRows?: number,
): LedgerValidation {
  const log = new FindingLog(table);
  reportTableShape(table, log);
  const blocks = new SheetBlocks(table, LEDGER_FIELDS, ctx, log, blockRows);
  const { columns, used } = blocks;
  const c = ledgerColumns(columns);
  const conditional: RowScope["conditional"] = new Map();
  const records = new Array<CustomerRecord>(table.rowCount);
  let count = 0;
  blocks.forEachBlock((from, to) => {
    checkLedgerRows({ fields: LEDGER_FIELDS, columns, used, log, from, to, conditional });
    count = addCustomerRecords(c, from, to, used, log, records, count);
  });
  records.length = count;
  reportAbsentColumns({ fields: LEDGER_FIELDS, log, conditional });
  const scope = { ids: columns.get("id"), names: columns.get("name"), records, log };
  const rowOfId = checkCustomerIds(scope, ctx.config);
  checkDuplicateNames(scope);
  markInvalid(records, log);
  return { records, findings: log.findings(), rowOfId };
}
