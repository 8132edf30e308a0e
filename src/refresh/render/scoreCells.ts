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
  let text = "";
  for (let i = 0; i < parts.length; i++) text += (i === 0 ? "" : " · ") + partText(parts[i], lang);
  return text;
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
