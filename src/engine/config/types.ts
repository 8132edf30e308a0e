/**
 * Every number, list and label the rules use. One object drives the add-in, the command line
 * and the tests; a manager edits it through the `评分规则` and `代码表` sheets.
 */

/** A "value ≥ min gives points" rule; bands are tried in order, first match wins. */
export interface PointBand {
  readonly min: number;
  readonly points: number;
}

export interface PriorityConfig {
  /** R: last contact on or after `T − months` gives points; first match wins (SPEC 4). */
  readonly recency: readonly { readonly months: number; readonly points: number }[];
  readonly recencyOtherwise: number;
  /** F: contacts within `[T − windowMonths, T]` divided by windowMonths. */
  readonly frequencyWindowMonths: number;
  readonly frequency: readonly PointBand[];
  readonly frequencyOtherwise: number;
  /** M: 预估采购金额 in 万元. */
  readonly monetary: readonly PointBand[];
  readonly monetaryOtherwise: number;
  /** V: points per 战略价值 label; labels not listed give `strategicOtherwise`. */
  readonly strategic: Readonly<Record<string, number>>;
  readonly strategicOtherwise: number;
  /** Tier thresholds on the 0–100 score: ≥ high → high, ≥ medium → medium, else low. */
  readonly tiers: TierThresholds;
}

export interface TierThresholds {
  readonly high: number;
  readonly medium: number;
}

export interface IcpConfig {
  /** 大类 (e.g. 制造业) or 大类-细分 (e.g. 制造业-汽车零部件); empty = criterion not set. */
  readonly industries: readonly string[];
  readonly employees: NumberRange | null;
  /** 年营收 range in 万元. */
  readonly revenue: NumberRange | null;
  readonly regions: readonly string[];
}

export interface NumberRange {
  readonly min: number | null;
  readonly max: number | null;
}

export interface CadenceConfig {
  /** Days between contacts by priority tier. */
  readonly high: number;
  readonly medium: number;
  readonly low: number;
  /** 需求等级 A customers are contacted at least this often. */
  readonly aClassMax: number;
  /** "即将到期" when the due date is within this many days of T. */
  readonly dueSoonDays: number;
  /** Profile is stale when 资料更新日期 (else 录入日期) is older than this many days. */
  readonly staleDays: number;
  readonly staleDaysAClass: number;
  readonly staleDaysWon: number;
}

export interface RecommendationConfig {
  readonly high: string;
  readonly medium: string;
  readonly low: string;
  readonly prospect: string;
  readonly opportunity: string;
  readonly negotiation: string;
}

export interface OpportunityConfig {
  /** Percent weights of the five factors; they must sum to 100. */
  readonly weights: {
    readonly amount: number;
    readonly probability: number;
    readonly strategic: number;
    readonly cost: number;
    readonly payment: number;
  };
  /** Lower bounds (inclusive) for 5, 4, 3, 2 points; below the last → 1. In 万元. */
  readonly amountBands: readonly [number, number, number, number];
  /** Lower bounds as fractions (0.8 = 80 %) for 5, 4, 3, 2 points. */
  readonly probabilityBands: readonly [number, number, number, number];
  /** 1–5 points per 战略价值 label; blank/unknown gives `strategicOtherwise`. */
  readonly strategicPoints: Readonly<Record<string, number>>;
  readonly strategicOtherwise: number;
  /** 1–5 points per 跟进成本 label; blank gives `costBlank`. */
  readonly costPoints: Readonly<Record<string, number>>;
  readonly costBlank: number;
  /** 回款周期: ≤ fastDays → fastPoints; ≤ slowDays or blank → midPoints; above → slowPoints. */
  readonly paymentFastDays: number;
  readonly paymentSlowDays: number;
  readonly paymentPoints: { readonly fast: number; readonly mid: number; readonly slow: number };
  readonly tiers: TierThresholds;
}

export type SegmentKey =
  | "champions"
  | "loyal"
  | "potential"
  | "new"
  | "promising"
  | "need_attention"
  | "about_to_sleep"
  | "at_risk"
  | "cant_lose"
  | "lost";

export interface SegmentRule {
  readonly key: SegmentKey;
  readonly r: readonly [number, number];
  readonly f: readonly [number, number];
  readonly m: readonly [number, number];
}

export interface SegmentConfig {
  /** "quintile": cut-points from the data; "fixed": the cut-points below. */
  readonly method: "quintile" | "fixed";
  /**
   * Fixed cut-points, four ascending numbers each: a value ≥ cut[i] earns score i + 2. For R
   * (days since last purchase, fewer is better) a value ≤ cut[i] earns score 5 − i.
   */
  readonly fixedR: readonly number[];
  readonly fixedF: readonly number[];
  readonly fixedM: readonly number[];
  /** First match wins; no match → "others". */
  readonly rules: readonly SegmentRule[];
}

export interface ChurnConfig {
  readonly purchaseGapDays: number;
  readonly purchaseGapMinPurchases: number;
  readonly wonContactGapDays: number;
  readonly satisfactionAtMost: number;
  readonly complaintsAtLeast: number;
  /** Signals needed for 高; one signal gives 中. */
  readonly highSignals: number;
}

export type FunnelPeriod = "all" | "month" | "quarter";

export interface FunnelConfig {
  /** Which customers the funnel counts, by 录入日期: all, the month of T, or the quarter of T. */
  readonly period: FunnelPeriod;
  /** The two ledger fields of the cross table. */
  readonly crossRows: string;
  readonly crossColumns: string;
  readonly trendMonths: number;
  readonly topLossReasons: number;
}

/** Lists behind the enumerations and the code tables of customer IDs (SPEC 1.3, 3.1). */
export interface CodesConfig {
  /** 行业大类 → two-letter code, e.g. 医疗 → YL. */
  readonly industry: Readonly<Record<string, string>>;
  /** 企业规模 → code, e.g. 中型 → ZY. */
  readonly size: Readonly<Record<string, string>>;
  /** 客户阶段 (zh label) → code, e.g. 意向客户 → YX. */
  readonly stage: Readonly<Record<string, string>>;
  /** Allowed values of enumerated columns, by field key. */
  readonly lists: Readonly<Record<string, readonly string[]>>;
}

export interface EngineConfig {
  /** Texts that count as blank for "required" and mark the profile incomplete. */
  readonly placeholders: readonly string[];
  /** Customer ID pattern (a regular expression source), configurable for other schemes. */
  readonly idPattern: string;
  readonly priority: PriorityConfig;
  readonly icp: IcpConfig;
  readonly cadence: CadenceConfig;
  readonly recommendations: RecommendationConfig;
  readonly opportunity: OpportunityConfig;
  readonly segments: SegmentConfig;
  readonly churn: ChurnConfig;
  readonly funnel: FunnelConfig;
  readonly codes: CodesConfig;
}
