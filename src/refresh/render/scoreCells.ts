/**
 * How each score column of the owned block shows one scored customer. Blank where the engine has
 * no value (lost customers have no priority or cadence; only open stages have an opportunity score).
 */
import {
  cadenceLabel,
  churnLabel,
  icpLabel,
  profileLabel,
  segmentLabel,
  tierLabel,
  type Lang,
} from "../../engine/labels";
import type { ScoredCustomer, ScorePart } from "../../engine/scoring/types";
import type { CellStyle, OutCell } from "../../workbook/port";
import { dateCell, decimalCell, styled } from "./cells";
import type { OwnedColumnKey } from "./ownedColumns";

type ScoreCell = (customer: ScoredCustomer, lang: Lang, date1904: boolean) => OutCell;

/** A reason ending in "→ <its own points>" says twice what the "R30" prefix already says. */
function withoutPointsSuffix(reason: string, points: number): string {
  const suffix = /\s*→\s*(-?\d+(?:\.\d+)?)\s*$/.exec(reason);
  return suffix !== null && Number(suffix[1]) === points ? reason.slice(0, suffix.index) : reason;
}

function explainPart(part: ScorePart, lang: Lang): string {
  const reason = withoutPointsSuffix(part.reason[lang].trim(), part.points);
  return reason === "" ? `${part.factor}${part.points}` : `${part.factor}${part.points} ${reason}`;
}

/**
 * Each part's text, once per part and language. The scorers share one part object among every
 * customer it applies to, so a million explanations are built from a few thousand texts.
 */
const partTexts: Record<Lang, WeakMap<ScorePart, string>> = { zh: new WeakMap(), en: new WeakMap() };

function partText(part: ScorePart, lang: Lang): string {
  const texts = partTexts[lang];
  let text = texts.get(part);
  if (text === undefined) {
    text = explainPart(part, lang);
    texts.set(part, text);
  }
  return text;
}

/** "R30 近3月有跟进 · F20 月均1.3次 · M30 ≥50万 · V10 行业标杆": points first, then the scorer's reason. */
export function explainParts(parts: readonly ScorePart[], lang: Lang): string {
  // join, not +=: one flat string per customer instead of a rope of a dozen pieces.
  return parts.map((part) => partText(part, lang)).join(" · ");
}

const CHURN_STYLE: Readonly<Record<"high" | "medium", CellStyle>> = { high: "bad", medium: "warn" };
const CADENCE_STYLE: Readonly<Record<"ok" | "due-soon" | "overdue", CellStyle | undefined>> = {
  ok: undefined,
  "due-soon": "warn",
  overdue: "bad",
};

export const SCORE_CELLS: Readonly<Record<Exclude<OwnedColumnKey, "check">, ScoreCell>> = {
  lastContact: ({ priority }, _lang, date1904) => dateCell(priority?.lastContact ?? null, date1904),
  contactsPerMonth: ({ priority }) => decimalCell(priority?.contactsPerMonth ?? null),
  r: ({ priority }) => priority?.r ?? null,
  f: ({ priority }) => priority?.f ?? null,
  m: ({ priority }) => priority?.m ?? null,
  v: ({ priority }) => priority?.v ?? null,
  priorityScore: ({ priority }) => priority?.score ?? null,
  priorityTier: ({ priority }, lang) => (priority === null ? null : tierLabel(priority.tier, lang)),
  why: ({ priority }, lang) => (priority === null ? null : explainParts(priority.parts, lang)),
  icp: ({ icp }, lang) => icpLabel(icp, lang),
  opportunityScore: ({ opportunity }) => decimalCell(opportunity?.score ?? null),
  opportunityTier: ({ opportunity }, lang) =>
    opportunity === null ? null : tierLabel(opportunity.tier, lang),
  segment: ({ segment }, lang) => (segment === null ? null : segmentLabel(segment.segment, lang)),
  churn: ({ churn }, lang) => {
    const label = churnLabel(churn, lang);
    return label === null || churn.level === null ? null : styled(label, CHURN_STYLE[churn.level]);
  },
  nextDue: ({ cadence }, _lang, date1904) => dateCell(cadence?.nextDue ?? null, date1904),
  followUpStatus: ({ cadence }, lang) =>
    cadence === null ? null : styled(cadenceLabel(cadence, lang), CADENCE_STYLE[cadence.status]),
  overdueActions: ({ overdueActions }) => styled(overdueActions, overdueActions > 0 ? "bad" : undefined),
  profile: ({ profile }, lang) =>
    styled(profileLabel(profile, lang), profile.stale || profile.incomplete ? "warn" : undefined),
  recommendation: ({ recommendation }) => (recommendation.trim() === "" ? null : recommendation),
};

type ScoreColumnKey = Exclude<OwnedColumnKey, "check">;
export type CustomerCell = (customer: ScoredCustomer) => OutCell;

/** One cell per key: equal cells are built once and shared (cells are read-only once rendered). */
function cellCache<K>(): (key: K, make: () => OutCell) => OutCell {
  const cells = new Map<K, OutCell>();
  return (key, make) => {
    let cell = cells.get(key);
    if (cell === undefined && !cells.has(key)) {
      cell = make();
      cells.set(key, cell);
    }
    return cell as OutCell;
  };
}

/**
 * `SCORE_CELLS` for one render in one language and date system, sharing equal cells across
 * customers: a date, a rate, a score, a status repeats down a million rows, and the engine
 * already shares its cadence, profile and churn results, so each distinct cell is built once.
 * The "why" text differs per customer and is built each time.
 */
export function sharedScoreCells(
  lang: Lang,
  date1904: boolean,
): Readonly<Record<ScoreColumnKey, CustomerCell>> {
  const plain =
    (key: ScoreColumnKey): CustomerCell =>
    (customer) =>
      SCORE_CELLS[key](customer, lang, date1904);
  const byDay = cellCache<number | null>();
  const byNumber = cellCache<number | null>();
  const byScore = cellCache<number | null>();
  const byCount = cellCache<number>();
  const byObject = cellCache<object | null>();
  return {
    lastContact: (c) =>
      byDay(dayOf(c.priority?.lastContact), () => SCORE_CELLS.lastContact(c, lang, date1904)),
    contactsPerMonth: (c) =>
      byNumber(c.priority?.contactsPerMonth ?? null, () => SCORE_CELLS.contactsPerMonth(c, lang, date1904)),
    r: plain("r"),
    f: plain("f"),
    m: plain("m"),
    v: plain("v"),
    priorityScore: plain("priorityScore"),
    priorityTier: plain("priorityTier"),
    why: plain("why"),
    icp: plain("icp"),
    opportunityScore: (c) =>
      byScore(c.opportunity?.score ?? null, () => SCORE_CELLS.opportunityScore(c, lang, date1904)),
    opportunityTier: plain("opportunityTier"),
    segment: plain("segment"),
    churn: (c) => byObject(c.churn, () => SCORE_CELLS.churn(c, lang, date1904)),
    nextDue: (c) => byDay(dayOf(c.cadence?.nextDue), () => SCORE_CELLS.nextDue(c, lang, date1904)),
    followUpStatus: (c) => byObject(c.cadence, () => SCORE_CELLS.followUpStatus(c, lang, date1904)),
    overdueActions: (c) => byCount(c.overdueActions, () => SCORE_CELLS.overdueActions(c, lang, date1904)),
    profile: (c) => byObject(c.profile, () => SCORE_CELLS.profile(c, lang, date1904)),
    recommendation: plain("recommendation"),
  };
}

/** Date cells show the calendar day only. */
function dayOf(dayTime: number | null | undefined): number | null {
  return dayTime === null || dayTime === undefined ? null : Math.floor(dayTime);
}
