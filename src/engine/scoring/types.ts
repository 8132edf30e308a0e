import type { DayNumber } from "../cells/calendar";
import type { SegmentKey } from "../config/types";

export type Tier = "high" | "medium" | "low";

/** One line of a score's explanation: which input gave which points under which threshold. */
export interface ScorePart {
  /** Short factor name, e.g. "R", "金额". */
  readonly factor: string;
  readonly points: number;
  /** Why, in both languages, e.g. { zh: "最近跟进 2026-03-01 ≥ T−3月", en: "last contact … within 3 months" }. */
  readonly reason: { readonly zh: string; readonly en: string };
}

/** RFM+V priority (SPEC 4). */
export interface PriorityScore {
  readonly r: number;
  readonly f: number;
  readonly m: number;
  readonly v: number;
  readonly score: number;
  readonly tier: Tier;
  /** Latest contact on or before T, or null when never contacted. */
  readonly lastContact: DayNumber | null;
  /** Contacts within the window ÷ window months. */
  readonly contactsPerMonth: number;
  readonly parts: readonly ScorePart[];
}

/** Ideal-customer fit (SPEC 4.1). */
export interface IcpFit {
  readonly status: "unset" | "fit" | "partial" | "none";
  /** Criteria the customer does not meet, by key: industry, employees, revenue, region. */
  readonly unmet: readonly ("industry" | "employees" | "revenue" | "region")[];
}

/** Cadence and follow-up health (SPEC 5). */
export interface Cadence {
  readonly cadenceDays: number;
  readonly nextDue: DayNumber;
  readonly status: "ok" | "due-soon" | "overdue";
  /** Days past due (0 unless overdue). */
  readonly daysOverdue: number;
}

export interface ProfileHealth {
  readonly stale: boolean;
  /** Age in days of 资料更新日期 (else 录入日期); null when neither is known. */
  readonly ageDays: number | null;
  readonly limitDays: number;
  readonly incomplete: boolean;
}

/** Opportunity scorecard (SPEC 6). */
export interface OpportunityScore {
  readonly score: number;
  readonly tier: Tier;
  /** Factor points 1–5 by factor key. */
  readonly factors: {
    readonly amount: number;
    readonly probability: number;
    readonly strategic: number;
    readonly cost: number;
    readonly payment: number;
  };
  readonly parts: readonly ScorePart[];
}

/** Value segment (SPEC 7). */
export interface SegmentResult {
  readonly segment: SegmentKey | "others";
  readonly r: number;
  readonly f: number;
  readonly m: number;
  /** Days from 最近购买日期 to T. */
  readonly recencyDays: number;
}

/** The cut-points in force: four per measure; see SegmentConfig for how they are read. */
export interface SegmentCutPoints {
  readonly method: "quintile" | "fixed";
  readonly r: readonly number[];
  readonly f: readonly number[];
  readonly m: readonly number[];
  readonly population: number;
}

export type ChurnSignal = "purchase-gap" | "contact-gap" | "low-satisfaction" | "complaints";

export interface ChurnRisk {
  readonly level: "high" | "medium" | null;
  readonly signals: readonly ChurnSignal[];
}

/** Everything the engine works out for one valid ledger row. */
export interface ScoredCustomer {
  readonly record: import("../schema/records").CustomerRecord;
  /** Null for lost customers. */
  readonly priority: PriorityScore | null;
  readonly icp: IcpFit;
  /** Null for lost customers. */
  readonly cadence: Cadence | null;
  readonly profile: ProfileHealth;
  /** Open next actions (完成状态 ≠ 已完成) whose 下一步时间 < T. */
  readonly overdueActions: number;
  /** Only for open stages. */
  readonly opportunity: OpportunityScore | null;
  /** Only for customers with a purchase (购买次数 ≥ 1 and a 最近购买日期). */
  readonly segment: SegmentResult | null;
  readonly churn: ChurnRisk;
  /** Recommended next step (SPEC 5), in the configured language of the lists. */
  readonly recommendation: string;
}
