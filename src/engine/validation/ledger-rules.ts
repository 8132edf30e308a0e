import { formatDay } from "../cells/calendar";
import { OPEN_STAGES, type Stage } from "../config/stages";
import { requireWhen } from "./conditional";
import type { RowScope } from "./conditional";

/** Fields a ledger row needs only in some stages (SPEC 1.1). */
function checkStageDependentFields(scope: RowScope): void {
  const stage = scope.columns.get("stage");
  if (stage === undefined) return;
  // A stage column holds stage keys only (see parseStage).
  const stageAt = (row: number) => stage.textAt(row) as Stage | null;
  const isLost = (row: number) => stageAt(row) === "lost";
  requireWhen(scope, "stageBeforeLoss", "stage.before-loss-missing", isLost);
  requireWhen(scope, "lossReason", "loss.reason-missing", isLost);
  requireWhen(scope, "winProbability", "probability.missing", (row) => {
    const current = stageAt(row);
    return current !== null && OPEN_STAGES.has(current);
  });
  requireWhen(scope, "wonOn", "won.date-missing", (row) => stageAt(row) === "won");
}

/** 流失前阶段 names where the customer was lost, so it cannot be 流失客户 itself. */
function checkStageBeforeLoss(scope: RowScope): void {
  const before = scope.columns.get("stageBeforeLoss");
  if (before === undefined) return;
  for (let row = scope.from; row < scope.to; row++) {
    if (scope.used[row] === 1 && before.textAt(row) === "lost") {
      scope.log.cell(before, row, "stage.before-loss-is-lost", {});
    }
  }
}

/** 最近购买日期 cannot be before 首次购买日期 (compared by calendar day). */
function checkPurchaseOrder(scope: RowScope): void {
  const first = scope.columns.get("firstPurchase");
  const last = scope.columns.get("lastPurchase");
  if (first === undefined || last === undefined) return;
  for (let row = scope.from; row < scope.to; row++) {
    if (scope.used[row] === 0) continue;
    // NaN (no value) compares false.
    const firstDay = first.valueAt(row);
    if (Math.floor(last.valueAt(row)) < Math.floor(firstDay)) {
      scope.log.cell(last, row, "purchase.order", { first: formatDay(firstDay) });
    }
  }
}

/** Rules within one ledger row that involve more than one cell, for the rows of one block. */
export function checkLedgerRows(scope: RowScope): void {
  checkStageDependentFields(scope);
  checkStageBeforeLoss(scope);
  checkPurchaseOrder(scope);
}
