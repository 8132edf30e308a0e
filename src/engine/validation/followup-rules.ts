import { formatDay } from "../cells/calendar";
import { requireWhen } from "./conditional";
import type { RowScope } from "./conditional";
import type { ValidationContext } from "./context";
import type { BlockColumn } from "./block-column";
import type { RowOfId } from "./row-of-id";

/** The 完成状态 option that asks for a 延期原因 (SPEC 1.2). */
export const POSTPONED_STATUS = "已延期";

/** No ledger row: the follow-up's ID is blank or unknown (or the sheet has no ID column). */
export const NO_CUSTOMER = -1;

/**
 * The ledger row each follow-up row's ID names (NO_CUSTOMER: blank, unreadable or unknown), for
 * the whole sheet at once before it is read block by block: the ID index answers a whole column
 * faster than a million single lookups (see `StringIndex.findAll`). A row with a readable ID is
 * always a row in use, so no row is looked up that the blocks would skip.
 */
export function resolveCustomerRows(
  ids: BlockColumn | undefined,
  rowCount: number,
  rowOfId: RowOfId,
): Int32Array {
  const texts = new Array<string | null>(rowCount).fill(null);
  if (ids !== undefined) ids.readAll(texts);
  if (rowOfId.rowsOf !== undefined) return rowOfId.rowsOf(texts);
  const rows = new Int32Array(rowCount).fill(NO_CUSTOMER);
  for (let row = 0; row < rowCount; row++) {
    const id = texts[row];
    if (id !== null) rows[row] = rowOfId.get(id) ?? NO_CUSTOMER;
  }
  return rows;
}

/**
 * Every follow-up names a customer of the ledger; a ledger row with errors still counts as
 * existing. `customerRows` (from `resolveCustomerRows`) says which row each one names.
 */
function checkCustomerExists(scope: RowScope, customerRows: Int32Array): void {
  const ids = scope.columns.get("customerId");
  if (ids === undefined) return;
  for (let row = scope.from; row < scope.to; row++) {
    if (scope.used[row] === 1 && customerRows[row] === NO_CUSTOMER && ids.textAt(row) !== null) {
      scope.log.cell(ids, row, "followup.unknown-customer", {});
    }
  }
}

/**
 * A contact after the real today cannot have happened. One after the as-of date but not after
 * today is valid: scoring leaves it out.
 */
function checkNotInFuture(scope: RowScope, today: number): void {
  const contacted = scope.columns.get("contactedAt");
  if (contacted === undefined) return;
  for (let row = scope.from; row < scope.to; row++) {
    // NaN (no value) compares false.
    if (scope.used[row] === 1 && Math.floor(contacted.valueAt(row)) > today) {
      scope.log.cell(contacted, row, "followup.future", { today: formatDay(today) });
    }
  }
}

/**
 * Rules of the follow-up log (SPEC 1.2) beyond reading each cell, for the rows of one block.
 * `customerRows`: the ledger row each follow-up row names (see `resolveCustomerRows`).
 */
export function checkFollowUpRows(scope: RowScope, ctx: ValidationContext, customerRows: Int32Array): void {
  checkCustomerExists(scope, customerRows);
  checkNotInFuture(scope, ctx.today);
  const nextAction = scope.columns.get("nextAction");
  requireWhen(
    scope,
    "nextActionDue",
    "followup.next-due-missing",
    (row) => nextAction !== undefined && nextAction.textAt(row) !== null,
  );
  const status = scope.columns.get("status");
  requireWhen(
    scope,
    "delayReason",
    "followup.delay-reason-missing",
    (row) => status !== undefined && status.textAt(row) === POSTPONED_STATUS,
  );
}
