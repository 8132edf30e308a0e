/**
 * RFM+V priority score (SPEC 4): recency and frequency of contact, estimated purchase amount
 * and strategic value, each worth configured points, summed to a 0–100 score and a tier.
 */
import { addMonths, formatDay, type DayNumber } from "../cells/calendar";
import type { PriorityConfig } from "../config/types";
import type { CustomerRecord } from "../schema/records";
import { labelPoints, matchBand, type BandMatch } from "./bands";
import { lastContactUpTo } from "./contacts";
import { memoize } from "./memo";
import { formatNumber } from "./numbers";
import { tierFor } from "./tier";
import type { PriorityScore, ScorePart } from "./types";

export type PriorityScorer = (
  customer: CustomerRecord,
  contacts: readonly DayNumber[],
) => PriorityScore | null;

/** A recency band with its cut-off day `T − months` (calendar months, clamped) worked out. */
interface RecencyCutoff {
  readonly months: number;
  readonly points: number;
  readonly cutoff: DayNumber;
}

/**
 * The priority rules for one as-of day, fed what they need to know about a customer's contacts
 * (so a caller holding the contacts in another shape need not build an array per customer).
 */
export interface PriorityRules {
  /** First calendar day of the frequency window; the window ends on T. */
  readonly windowStart: DayNumber;
  /**
   * `lastContact`: the latest contact on or before T (time of day kept), null when none;
   * `inWindow`: contacts whose calendar day lies within [windowStart, T].
   */
  score(customer: CustomerRecord, lastContact: DayNumber | null, inWindow: number): PriorityScore | null;
}

/**
 * Scores many customers against one as-of day: the cut-off days are worked out once and each
 * distinct explanation is built once (see memo.ts).
 */
export function createPriorityScorer(asOf: DayNumber, cfg: PriorityConfig): PriorityScorer {
  const rules = createPriorityRules(asOf, cfg);
  const today = Math.floor(asOf);
  return (customer, contacts) =>
    rules.score(customer, lastContactUpTo(contacts, today), countBetween(contacts, rules.windowStart, today));
}

/** The rules behind `createPriorityScorer`, for callers that summarise contacts themselves. */
export function createPriorityRules(asOf: DayNumber, cfg: PriorityConfig): PriorityRules {
  const today = Math.floor(asOf);
  const cutoffs: RecencyCutoff[] = cfg.recency.map((band) => ({
    ...band,
    cutoff: addMonths(today, -band.months),
  }));
  const windowStart = addMonths(today, -cfg.frequencyWindowMonths);
  const recency = memoize((lastDay: DayNumber | null) => recencyPart(lastDay, today, cutoffs, cfg));
  const frequency = memoize((count: number) => frequencyPart(count, cfg));
  const monetary = memoize((amount: number | null) => monetaryPart(amount, cfg));
  const strategic = memoize((label: string | null) => strategicPart(label, cfg));

  const score = (
    customer: CustomerRecord,
    lastContact: DayNumber | null,
    inWindow: number,
  ): PriorityScore | null => {
    // Lost customers (and rows without a stage) get no priority: they are not worked.
    if (customer.stage === null || customer.stage === "lost") return null;
    const f = frequency(inWindow);
    const parts = [
      recency(lastContact === null ? null : Math.floor(lastContact)),
      f.part,
      monetary(customer.estimatedAmount),
      strategic(customer.strategicValue),
    ] as const;
    // The four parts in order, from 0, as a reduce over `parts` would add them.
    const total = 0 + parts[0].points + parts[1].points + parts[2].points + parts[3].points;
    return {
      r: parts[0].points,
      f: parts[1].points,
      m: parts[2].points,
      v: parts[3].points,
      score: total,
      tier: tierFor(total, cfg.tiers),
      lastContact,
      contactsPerMonth: f.perMonth,
      parts,
    };
  };
  return { windowStart, score };
}

/**
 * `contacts` are this customer's follow-up times in any order (time of day as a fraction);
 * those after `asOf` are ignored. Null for lost customers and rows without a stage.
 */
export function scorePriority(
  customer: CustomerRecord,
  contacts: readonly DayNumber[],
  asOf: DayNumber,
  cfg: PriorityConfig,
): PriorityScore | null {
  return createPriorityScorer(asOf, cfg)(customer, contacts);
}

/** Contacts whose calendar day lies within [from, to]. */
function countBetween(contacts: readonly DayNumber[], from: DayNumber, to: DayNumber): number {
  let count = 0;
  for (const contact of contacts) {
    const day = Math.floor(contact);
    if (day >= from && day <= to) count += 1;
  }
  return count;
}

function part(factor: string, points: number, zh: string, en: string): ScorePart {
  return { factor, points, reason: { zh, en } };
}

/** R: the first band whose cut-off the last contact's day reaches. */
function recencyPart(
  lastDay: DayNumber | null,
  today: DayNumber,
  cutoffs: readonly RecencyCutoff[],
  cfg: PriorityConfig,
): ScorePart {
  const otherwise = cfg.recencyOtherwise;
  if (lastDay === null) {
    return part("R", otherwise, `无跟进记录 → ${otherwise}`, `no contact on record → ${otherwise}`);
  }
  const shown = formatDay(lastDay);
  const band = cutoffs.find((b) => lastDay >= b.cutoff);
  if (band !== undefined) {
    const since = formatDay(band.cutoff);
    return part(
      "R",
      band.points,
      `最近跟进 ${shown},在 T−${band.months} 个月内(${since} 起)→ ${band.points}`,
      `last contact ${shown}, within T−${band.months} months (on or after ${since}) → ${band.points}`,
    );
  }
  const widest = cutoffs.reduce<RecencyCutoff | null>(
    (w, b) => (w === null || b.months > w.months ? b : w),
    null,
  );
  if (widest === null) {
    return part("R", otherwise, `最近跟进 ${shown} → ${otherwise}`, `last contact ${shown} → ${otherwise}`);
  }
  const before = formatDay(addMonths(today, -widest.months));
  return part(
    "R",
    otherwise,
    `最近跟进 ${shown},早于 T−${widest.months} 个月(${before})→ ${otherwise}`,
    `last contact ${shown}, before T−${widest.months} months (${before}) → ${otherwise}`,
  );
}

/** F: contacts in the window per month of the window. */
function frequencyPart(count: number, cfg: PriorityConfig): { part: ScorePart; perMonth: number } {
  const window = cfg.frequencyWindowMonths;
  // A zero-month window counts nothing rather than dividing by zero.
  const perMonth = window > 0 ? count / window : 0;
  const match = matchBand(perMonth, cfg.frequency, cfg.frequencyOtherwise);
  const rate = formatNumber(perMonth);
  const zh = `近 ${window} 个月跟进 ${count} 次,月均 ${rate} 次`;
  const en = `${count} contacts in the last ${window} months, ${rate} a month`;
  return { part: bandPart("F", match, zh, en, ""), perMonth };
}

/** M: 预估采购金额 in 万元 against the monetary bands; blank scores as the lowest. */
function monetaryPart(amount: number | null, cfg: PriorityConfig): ScorePart {
  const match = matchBand(amount, cfg.monetary, cfg.monetaryOtherwise);
  if (amount === null) {
    return part(
      "M",
      match.points,
      `预估采购金额未填 → ${match.points}`,
      `estimated purchase blank → ${match.points}`,
    );
  }
  const shown = formatNumber(amount);
  return bandPart("M", match, `预估采购金额 ${shown} 万`, `estimated purchase ${shown} (10k CNY)`, " 万");
}

/** V: points per 战略价值 label; blank counts as 普通 (SPEC 1.1), i.e. `strategicOtherwise`. */
function strategicPart(label: string | null, cfg: PriorityConfig): ScorePart {
  const points = labelPoints(cfg.strategic, label, cfg.strategicOtherwise);
  if (label === null) {
    return part("V", points, `战略价值未填 → ${points}`, `strategic value blank → ${points}`);
  }
  return part("V", points, `战略价值 ${label} → ${points}`, `strategic value ${label} → ${points}`);
}

/** "<what>,≥ 50 万 → 30" or "<what>,< 20 万 → 10", naming the bound that decided. */
function bandPart(factor: string, match: BandMatch, zh: string, en: string, unitZh: string): ScorePart {
  const p = match.points;
  if (match.band !== null) {
    const min = formatNumber(match.band.min);
    return part(factor, p, `${zh},≥ ${min}${unitZh} → ${p}`, `${en}, at least ${min} → ${p}`);
  }
  if (match.lowestMin === null) return part(factor, p, `${zh} → ${p}`, `${en} → ${p}`);
  const lowest = formatNumber(match.lowestMin);
  return part(factor, p, `${zh},< ${lowest}${unitZh} → ${p}`, `${en}, below ${lowest} → ${p}`);
}
