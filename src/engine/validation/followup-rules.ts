import { formatDay } from "../cells/calendar";
import { requireWhen } from "./conditional";
import type { RowScope } from "./conditional";
import type { ValidationContext } from "./context";
import { numberAt, textAt } from "./read-columns";

/** The 完成状态 option that asks for a 延期原因 (SPEC 1.2). */
export const POSTPONED_STATUS = "已延期";

/**
 * Every follow-up names a customer of the ledger; a ledger row with errors still counts as
 * existing. Returns, per follow-up row, the ledger row its ID names (-1: blank or unknown), so
 * nothing downstream has to look the ID up again. Null when the sheet has no ID column.
 */
function checkCustomerExists(scope: RowScope, rowOfId: ReadonlyMap<string, number>): Int32Array | null {
  const ids = scope.columns.get("customerId");
  if (ids === undefined) return null;
  const customerRows = new Int32Array(scope.used.length).fill(-1);
  for (let row = 0; row < scope.used.length; row++) {
    const id = scope.used[row] === 1 ? textAt(ids, row) : null;
    if (id === null) continue;
    const ledgerRow = rowOfId.get(id);
    if (ledgerRow === undefined) scope.log.cell(ids, row, "followup.unknown-customer", {});
    else customerRows[row] = ledgerRow;
  }
  return customerRows;
}

/**
 * A contact after the real today cannot have happened. One after the as-of date but not after
 * today is valid: scoring leaves it out.
 */
function checkNotInFuture(scope: RowScope, today: number): void {
  const contacted = scope.columns.get("contactedAt");
  if (contacted === undefined) return;
  for (let row = 0; row < scope.used.length; row++) {
    const at = scope.used[row] === 1 ? numberAt(contacted, row) : null;
    if (at !== null && Math.floor(at) > today) {
      scope.log.cell(contacted, row, "followup.future", { today: formatDay(today) });
    }
  }
}

/**
 * Rules of the follow-up log (SPEC 1.2) beyond reading each cell. `rowOfId` maps each ledger ID
 * to its first data row; the result says which ledger row each follow-up row names (see above).
 */
export function checkFollowUpRows(
  scope: RowScope,
  ctx: ValidationContext,
  rowOfId: ReadonlyMap<string, number>,
): Int32Array | null {
  const customerRows = checkCustomerExists(scope, rowOfId);
  checkNotInFuture(scope, ctx.today);
  const nextAction = scope.columns.get("nextAction");
  requireWhen(scope, "nextActionDue", "followup.next-due-missing", (row) => textAt(nextAction, row) !== null);
  const status = scope.columns.get("status");
  requireWhen(
    scope,
    "delayReason",
    "followup.delay-reason-missing",
    (row) => textAt(status, row) === POSTPONED_STATUS,
  );
  return customerRows;
}
