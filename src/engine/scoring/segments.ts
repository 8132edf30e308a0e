/**
 * Value segments (SPEC 7): R (days since 最近购买日期, fewer is better), F (购买次数) and M (累计成交
 * 金额, blank = 0) each scored 1–5 against four cut-points, then the first matching rule.
 *
 * How cut-points are read (the same for both methods, see SegmentConfig):
 *   F, M (more is better):  value ≥ cut[i] earns score i + 2 (highest such i), else 1.
 *   R (fewer days better):  days ≤ cut[i] earns score 5 − i (lowest such i), else 1.
 *
 * Quintile method. Order the population from worst to best. A value's tie group (every customer
 * with that value) occupies positions [below, below + equal) of n, where `below` counts strictly
 * worse values; its middle sits at (below + equal / 2) / n. The cut-point for score k (k = 2…5)
 * is the worst value whose middle is at or past the (k − 1) × 20 % position, so with distinct
 * values each fifth gets one score, and a tie group gets one score from where its middle falls.
 * When no value gets that far (e.g. all values equal), the cut-point is unreachable: +Infinity
 * for F and M, −Infinity for R. All arithmetic is on integer counts, so it is exact.
 */
import type { DayNumber } from "../cells/calendar";
import type { SegmentConfig } from "../config/types";
import type { CustomerRecord } from "../schema/records";
import { PairCache } from "./memo";
import { atLeast, atMost } from "./numbers";
import { MAX_SEGMENT_SCORE, MIN_SEGMENT_SCORE, matchSegment } from "./segmentRules";
import type { SegmentCutPoints, SegmentResult } from "./types";

/** A customer of the segment population, with the two fields that put it there known. */
export type Buyer = CustomerRecord & { readonly purchaseCount: number; readonly lastPurchase: DayNumber };

/** Customers with a purchase: 购买次数 ≥ 1 and a 最近购买日期. */
export function inSegmentPopulation(customer: CustomerRecord): customer is Buyer {
  return customer.purchaseCount !== null && customer.purchaseCount >= 1 && customer.lastPurchase !== null;
}

/** Days from 最近购买日期 to T; a purchase dated after T counts as bought on T. */
function recencyDays(lastPurchase: DayNumber, today: DayNumber): number {
  return Math.max(0, today - Math.floor(lastPurchase));
}

function monetaryValue(customer: CustomerRecord): number {
  return customer.totalRevenue ?? 0;
}

export function computeCutPoints(
  customers: readonly CustomerRecord[],
  asOf: DayNumber,
  cfg: SegmentConfig,
): SegmentCutPoints {
  const today = Math.floor(asOf);
  let size = 0;
  for (let i = 0; i < customers.length; i++) if (inSegmentPopulation(customers[i])) size++;
  if (cfg.method === "fixed") {
    return { method: "fixed", r: cfg.fixedR, f: cfg.fixedF, m: cfg.fixedM, population: size };
  }
  const negatedDays = new Float64Array(size);
  const counts = new Float64Array(size);
  const revenues = new Float64Array(size);
  for (let i = 0, n = 0; i < customers.length; i++) {
    const customer = customers[i];
    if (!inSegmentPopulation(customer)) continue;
    // Negated so that, like F and M, a larger number is better.
    negatedDays[n] = -recencyDays(customer.lastPurchase, today);
    counts[n] = customer.purchaseCount;
    revenues[n] = monetaryValue(customer);
    n++;
  }
  const negatedR = midRankCuts(negatedDays.sort());
  return {
    method: "quintile",
    // Back to days: "−days ≥ c" is "days ≤ −c", and the order flips to stay ascending.
    r: negatedR.map((cut) => -cut + 0).reverse(),
    f: midRankCuts(counts.sort()),
    m: midRankCuts(revenues.sort()),
    population: size,
  };
}

/** Number of score levels (quintiles), and of cut-points: one per score above the lowest. */
const LEVELS = MAX_SEGMENT_SCORE - MIN_SEGMENT_SCORE + 1;
const CUTS = LEVELS - 1;

/**
 * Cut-points for scores 2…5 over values sorted ascending (larger is better), by the mid-rank
 * rule in the file comment. The middle of a group reaches (k − 1) / 5 exactly when
 * 5 × (2 × below + equal) ≥ 2 × (k − 1) × n, which keeps the test in integers.
 */
function midRankCuts(sorted: Float64Array): number[] {
  const n = sorted.length;
  const cuts: number[] = [];
  let below = 0;
  let k = MIN_SEGMENT_SCORE + 1;
  while (below < n && k <= MAX_SEGMENT_SCORE) {
    const groupValue = sorted[below];
    let end = below + 1;
    while (end < n && sorted[end] === groupValue) end += 1;
    const twiceMiddle = 2 * below + (end - below);
    while (k <= MAX_SEGMENT_SCORE && LEVELS * twiceMiddle >= 2 * (k - MIN_SEGMENT_SCORE) * n) {
      cuts.push(groupValue);
      k += 1;
    }
    below = end;
  }
  while (cuts.length < CUTS) cuts.push(Number.POSITIVE_INFINITY);
  return cuts;
}

/** F and M: the highest i with value ≥ cut[i] scores i + 2; below every cut scores 1. */
function scoreMoreIsBetter(value: number, cuts: readonly number[]): number {
  for (let i = cuts.length - 1; i >= 0; i -= 1) {
    if (atLeast(value, cuts[i])) return MIN_SEGMENT_SCORE + 1 + i;
  }
  return MIN_SEGMENT_SCORE;
}

/** R: the lowest i with days ≤ cut[i] scores 5 − i; above every cut scores 1. */
function scoreFewerIsBetter(days: number, cuts: readonly number[]): number {
  for (let i = 0; i < cuts.length; i += 1) {
    if (atMost(days, cuts[i])) return MAX_SEGMENT_SCORE - i;
  }
  return MIN_SEGMENT_SCORE;
}

/** Null for customers outside the population (no purchase or no 最近购买日期). */
export function assignSegment(
  customer: CustomerRecord,
  cuts: SegmentCutPoints,
  asOf: DayNumber,
  cfg: SegmentConfig,
): SegmentResult | null {
  if (!inSegmentPopulation(customer)) return null;
  const days = recencyDays(customer.lastPurchase, Math.floor(asOf));
  const scores = {
    r: scoreFewerIsBetter(days, cuts.r),
    f: scoreMoreIsBetter(customer.purchaseCount, cuts.f),
    m: scoreMoreIsBetter(monetaryValue(customer), cuts.m),
  };
  return { segment: matchSegment(scores, cfg.rules), ...scores, recencyDays: days };
}

/**
 * `assignSegment` for many customers against one set of cut-points. Given them, a result is fixed
 * by the recency in days and the F and M scores, so equal results are one shared, read-only
 * object rather than one per customer (thousands for a million buyers).
 */
export function createSegmentAssigner(
  cuts: SegmentCutPoints,
  asOf: DayNumber,
  cfg: SegmentConfig,
): (customer: CustomerRecord) => SegmentResult | null {
  const today = Math.floor(asOf);
  const share = new PairCache<SegmentResult>();
  // F and M scores run 1–5: one small number holds both.
  const scoreSlots = MAX_SEGMENT_SCORE + 1;
  return (customer) => {
    if (!inSegmentPopulation(customer)) return null;
    const days = recencyDays(customer.lastPurchase, today);
    const f = scoreMoreIsBetter(customer.purchaseCount, cuts.f);
    const m = scoreMoreIsBetter(monetaryValue(customer), cuts.m);
    const shared = share.get(days, f * scoreSlots + m);
    if (shared !== undefined) return shared;
    const r = scoreFewerIsBetter(days, cuts.r);
    return share.set(days, f * scoreSlots + m, {
      segment: matchSegment({ r, f, m }, cfg.rules),
      r,
      f,
      m,
      recencyDays: days,
    });
  };
}
