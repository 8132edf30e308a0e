/**
 * Opportunity scorecard (SPEC 6): five factors scored 1–5, weighted by percent and scaled to
 * 0–100. Only open stages (意向, 商机, 谈判) are opportunities.
 */
import { OPEN_STAGES } from "../config/stages";
import type { OpportunityConfig } from "../config/types";
import type { CustomerRecord } from "../schema/records";
import { labelPoints } from "./bands";
import { memoize } from "./memo";
import { atLeast, atMost, formatNumber, formatPercent, roundHalfUp } from "./numbers";
import { tierFor } from "./tier";
import type { OpportunityScore, ScorePart } from "./types";

type FactorKey = keyof OpportunityScore["factors"];

/**
 * The SPEC 6 table's order — amount, probability, strategic, cost, payment — is also the order of
 * the explanation and of the weighted sum below.
 */

/** The points the four lower bounds of a 1–5 table give, best first. */
const BAND_POINTS = [5, 4, 3, 2] as const;
const BELOW_BANDS_POINTS = 1;
/** Factor points run 1–5; dividing the weighted sum by this maps it onto the weights' 0–100. */
const MAX_FACTOR_POINTS = 5;

interface FactorResult {
  readonly points: number;
  readonly zh: string;
  readonly en: string;
}

/** A factor's 1–5 points and its explanation, weighted contribution included. */
interface WeightedFactor {
  readonly points: number;
  readonly part: ScorePart;
}

export type OpportunityScorer = (customer: CustomerRecord) => OpportunityScore | null;

/** Scores many customers under one configuration, building each distinct explanation once. */
export function createOpportunityScorer(cfg: OpportunityConfig): OpportunityScorer {
  const weigh = (key: FactorKey, { points, zh, en }: FactorResult): WeightedFactor => {
    const weight = cfg.weights[key];
    const contribution = (weight * points) / MAX_FACTOR_POINTS;
    const tail = `${points}/${MAX_FACTOR_POINTS} × ${formatNumber(weight)}% = ${formatNumber(contribution)}`;
    return {
      points,
      part: { factor: key, points: contribution, reason: { zh: `${zh} → ${tail}`, en: `${en} → ${tail}` } },
    };
  };
  const amount = memoize((v: number | null) => weigh("amount", amountFactor(v, cfg.amountBands)));
  const probability = memoize((v: number | null) =>
    weigh("probability", probabilityFactor(v, cfg.probabilityBands)),
  );
  const strategic = memoize((label: string | null) => weigh("strategic", strategicFactor(label, cfg)));
  const cost = memoize((label: string | null) => weigh("cost", costFactor(label, cfg)));
  const payment = memoize((days: number | null) => weigh("payment", paymentFactor(days, cfg)));

  const w = cfg.weights;
  return (customer) => {
    if (customer.stage === null || !OPEN_STAGES.has(customer.stage)) return null;
    // Written out factor by factor in the table's order: no record or array per customer but the result's.
    const a = amount(customer.estimatedAmount);
    const p = probability(customer.winProbability);
    const s = strategic(customer.strategicValue);
    const c = cost(customer.followUpCost);
    const y = payment(customer.paymentDays);
    // Σ weight × points is summed (from 0, in order) before the one division so rounding happens exactly once.
    const weighted =
      0 +
      w.amount * a.points +
      w.probability * p.points +
      w.strategic * s.points +
      w.cost * c.points +
      w.payment * y.points;
    const score = roundHalfUp(weighted / MAX_FACTOR_POINTS, 1);
    return {
      score,
      tier: tierFor(score, cfg.tiers),
      factors: {
        amount: a.points,
        probability: p.points,
        strategic: s.points,
        cost: c.points,
        payment: y.points,
      },
      parts: [a.part, p.part, s.part, c.part, y.part],
    };
  };
}

/** Null unless the customer is in an open stage (意向, 商机, 谈判). */
export function scoreOpportunity(customer: CustomerRecord, cfg: OpportunityConfig): OpportunityScore | null {
  return createOpportunityScorer(cfg)(customer);
}

/** Index of the first lower bound reached (bounds best first), or -1 below them all. */
function bandIndex(value: number, bounds: readonly number[]): number {
  return bounds.findIndex((bound) => atLeast(value, bound));
}

function amountFactor(amount: number | null, bounds: readonly number[]): FactorResult {
  if (amount === null) {
    return { points: BELOW_BANDS_POINTS, zh: "预估采购金额未填", en: "estimated purchase blank" };
  }
  const shown = formatNumber(amount);
  const index = bandIndex(amount, bounds);
  if (index < 0) {
    const lowest = formatNumber(bounds[bounds.length - 1]);
    return {
      points: BELOW_BANDS_POINTS,
      zh: `预估采购金额 ${shown} 万,< ${lowest} 万`,
      en: `estimated purchase ${shown} (10k CNY), below ${lowest}`,
    };
  }
  const bound = formatNumber(bounds[index]);
  return {
    points: BAND_POINTS[index],
    zh: `预估采购金额 ${shown} 万,≥ ${bound} 万`,
    en: `estimated purchase ${shown} (10k CNY), at least ${bound}`,
  };
}

function probabilityFactor(probability: number | null, bounds: readonly number[]): FactorResult {
  if (probability === null) {
    return { points: BELOW_BANDS_POINTS, zh: "成交概率未填", en: "win probability blank" };
  }
  const shown = formatPercent(probability);
  const index = bandIndex(probability, bounds);
  if (index < 0) {
    const lowest = formatPercent(bounds[bounds.length - 1]);
    return {
      points: BELOW_BANDS_POINTS,
      zh: `成交概率 ${shown},< ${lowest}`,
      en: `win probability ${shown}, below ${lowest}`,
    };
  }
  const bound = formatPercent(bounds[index]);
  return {
    points: BAND_POINTS[index],
    zh: `成交概率 ${shown},≥ ${bound}`,
    en: `win probability ${shown}, at least ${bound}`,
  };
}

function strategicFactor(label: string | null, cfg: OpportunityConfig): FactorResult {
  const points = labelPoints(cfg.strategicPoints, label, cfg.strategicOtherwise);
  if (label === null) return { points, zh: "战略价值未填", en: "strategic value blank" };
  return { points, zh: `战略价值 ${label}`, en: `strategic value ${label}` };
}

function costFactor(label: string | null, cfg: OpportunityConfig): FactorResult {
  const points = labelPoints(cfg.costPoints, label, cfg.costBlank);
  if (label === null) return { points, zh: "跟进成本未填", en: "follow-up cost blank" };
  return { points, zh: `跟进成本 ${label}`, en: `follow-up cost ${label}` };
}

/** ≤ fast days → fast; ≤ slow days or blank → mid; above → slow. */
function paymentFactor(days: number | null, cfg: OpportunityConfig): FactorResult {
  const { fast, mid, slow } = cfg.paymentPoints;
  if (days === null) return { points: mid, zh: "回款周期未填", en: "payment cycle blank" };
  const shown = formatNumber(days);
  const fastDays = formatNumber(cfg.paymentFastDays);
  const slowDays = formatNumber(cfg.paymentSlowDays);
  if (atMost(days, cfg.paymentFastDays)) {
    return {
      points: fast,
      zh: `回款周期 ${shown} 天,≤ ${fastDays} 天`,
      en: `payment cycle ${shown} days, at most ${fastDays}`,
    };
  }
  if (atMost(days, cfg.paymentSlowDays)) {
    return {
      points: mid,
      zh: `回款周期 ${shown} 天,≤ ${slowDays} 天`,
      en: `payment cycle ${shown} days, at most ${slowDays}`,
    };
  }
  return {
    points: slow,
    zh: `回款周期 ${shown} 天,> ${slowDays} 天`,
    en: `payment cycle ${shown} days, over ${slowDays}`,
  };
}
