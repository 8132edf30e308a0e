import type { Analysis } from "../engine/analyze";
import { formatDay } from "../engine/cells/calendar";
import type { Lang } from "../engine/labels";
import type { ScoredCustomer } from "../engine/scoring/types";

/** The command line's REPORT.json: a stable contract, documented in the README. */
export interface ReportJson {
  readonly asOf: string;
  readonly customers: readonly CustomerJson[];
  readonly funnel: readonly FunnelJson[];
  readonly issues: readonly IssueJson[];
}

export interface CustomerJson {
  readonly sheetRow: number;
  readonly id: string | null;
  readonly valid: boolean;
  readonly priority: { r: number; f: number; m: number; v: number; score: number; tier: string } | null;
  readonly cadence: { lastContact: string | null; nextDue: string; overdue: boolean } | null;
  readonly opportunity: { score: number; tier: string } | null;
  readonly segment: string | null;
  readonly churnRisk: "high" | "medium" | null;
}

export interface FunnelJson {
  readonly stage: string;
  readonly reached: number;
  readonly current: number;
  readonly dropped: number;
  readonly conversionToNext: number | null;
  readonly cumulative: number | null;
}

export interface IssueJson {
  readonly sheet: string;
  readonly row: number | null;
  readonly column: string;
  readonly value: string;
  readonly rule: string;
  readonly severity: "error" | "warning";
  readonly message: string;
}

export function buildReportJson(analysis: Analysis, lang: Lang): ReportJson {
  const byIndex = new Map<number, ScoredCustomer>(analysis.scored.map((s) => [s.record.index, s]));
  return {
    asOf: formatDay(analysis.asOf),
    customers: analysis.records.map((record) =>
      customerJson(record.sheetRow, record.id, record.valid, byIndex.get(record.index)),
    ),
    funnel: analysis.funnel.map((row) => ({
      stage: row.stage,
      reached: row.reached,
      current: row.current,
      dropped: row.dropped,
      conversionToNext: row.conversionToNext,
      cumulative: row.cumulative,
    })),
    issues: analysis.findings.map((f) => ({
      sheet: f.sheet,
      row: f.row,
      column: f.column,
      value: f.value,
      rule: f.rule,
      severity: f.severity,
      message: f.message[lang],
    })),
  };
}

function customerJson(
  sheetRow: number,
  id: string | null,
  valid: boolean,
  scored: ScoredCustomer | undefined,
): CustomerJson {
  const priority = scored?.priority ?? null;
  const cadence = scored?.cadence ?? null;
  const opportunity = scored?.opportunity ?? null;
  return {
    sheetRow,
    id,
    valid,
    priority: priority && {
      r: priority.r,
      f: priority.f,
      m: priority.m,
      v: priority.v,
      score: priority.score,
      tier: priority.tier,
    },
    cadence:
      cadence && priority
        ? {
            lastContact: priority.lastContact === null ? null : formatDay(priority.lastContact),
            nextDue: formatDay(cadence.nextDue),
            overdue: cadence.status === "overdue",
          }
        : null,
    opportunity: opportunity && { score: opportunity.score, tier: opportunity.tier },
    segment: scored?.segment?.segment ?? null,
    churnRisk: scored?.churn.level ?? null,
  };
}
