import { formatDay } from "../cells/calendar";
import type { CustomerRecord } from "../schema/records";
import { requireWhen } from "./conditional";
import type { RowScope } from "./conditional";
import type { ValidationContext } from "./context";
import { numberAt, textAt } from "./read-columns";

/** The 完成状态 option that asks for a 延期原因 (SPEC 1.2). */
export const POSTPONED_STATUS = "已延期";

/** Every follow-up names a customer of the ledger; a ledger row with errors still counts as existing. */
function checkCustomerExists(scope: RowScope, ledger: readonly CustomerRecord[]): void {
  const ids = scope.columns.get("customerId");
  if (ids === undefined) return;
  const known = new Set<string>();
  for (const record of ledger) if (record.id !== null) known.add(record.id);
  for (let row = 0; row < scope.used.length; row++) {
    const id = scope.used[row] === 1 ? textAt(ids, row) : null;
    if (id !== null && !known.has(id)) scope.log.cell(ids, row, "followup.unknown-customer", {});
  }
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

/** Rules of the follow-up log (SPEC 1.2) beyond reading each cell. */
export function checkFollowUpRows(
  scope: RowScope,
  ctx: ValidationContext,
  ledger: readonly CustomerRecord[],
): void {
  checkCustomerExists(scope, ledger);
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
}
