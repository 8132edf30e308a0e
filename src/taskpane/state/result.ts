import type { Analysis } from "../../engine/analyze";
import { formatDay } from "../../engine/cells/calendar";
import type { FunnelRow } from "../../engine/funnel/funnel";
import type { Finding } from "../../engine/validation/finding";

/** The numbers on the summary cards. */
export interface SummaryNumbers {
  /** Valid ledger rows: every customer the engine scored, lost ones included. */
  readonly customers: number;
  readonly high: number;
  readonly medium: number;
  readonly low: number;
  /** Lost customers: scored, but without a priority. */
  readonly lost: number;
  /** Customers whose next contact is overdue. */
  readonly overdueFollowUps: number;
  /** Customers with a churn risk, high or medium. */
  readonly churnRisk: number;
  readonly errors: number;
  readonly warnings: number;
}

/** What the pane keeps of a finished refresh: plain numbers and the findings, nothing live. */
export interface RefreshResult {
  readonly asOf: string;
  readonly ledgerSheet: string;
  readonly summary: SummaryNumbers;
  readonly funnel: readonly FunnelRow[];
  readonly findings: readonly Finding[];
}

export function summaryOf(analysis: Analysis): SummaryNumbers {
  const counts = analysis.summaries.counts;
  const errors = analysis.findings.filter((finding) => finding.severity === "error").length;
  return {
    customers: analysis.scored.length,
    high: counts.priority.high,
    medium: counts.priority.medium,
    low: counts.priority.low,
    lost: counts.priority.lost,
    overdueFollowUps: counts.overdueFollowUps,
    churnRisk: counts.churn.high + counts.churn.medium,
    errors,
    warnings: analysis.findings.length - errors,
  };
}

export function resultOf(analysis: Analysis, ledgerSheet: string): RefreshResult {
  return {
    asOf: formatDay(analysis.asOf),
    ledgerSheet,
    summary: summaryOf(analysis),
    funnel: analysis.funnel,
    findings: analysis.findings,
  };
}
