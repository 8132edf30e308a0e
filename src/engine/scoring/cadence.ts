/**
 * Follow-up health (SPEC 5): when the next contact is due, whether the profile is fresh, and how
 * many promised next actions are late. Dates compare by calendar day.
 */
import type { DayNumber } from "../cells/calendar";
import type { CadenceConfig } from "../config/types";
import type { CustomerRecord, FollowUpRecord } from "../schema/records";
import type { Cadence, PriorityScore, ProfileHealth, Tier } from "./types";

/** 需求等级 value of the customers who must be contacted (and kept up to date) most often. */
const A_CLASS = "A";
/** 完成状态 of a next action that needs nothing more. */
const DONE_STATUS = "已完成";

export function isAClass(customer: CustomerRecord): boolean {
  const priorityClass = customer.priorityClass;
  if (priorityClass === null) return false;
  // Only "a" and "A" upper-case to "A": a one-character class is settled without a new string.
  if (priorityClass.length === 1) return priorityClass === A_CLASS || priorityClass === "a";
  return priorityClass.trim().toUpperCase() === A_CLASS;
}

export function cadenceDaysFor(tier: Tier, aClass: boolean, cfg: CadenceConfig): number {
  const byTier = tier === "high" ? cfg.high : tier === "medium" ? cfg.medium : cfg.low;
  return aClass ? Math.min(byTier, cfg.aClassMax) : byTier;
}

/**
 * Next contact due = last contact (else 录入日期) + the tier's cadence. With neither date known
 * (only possible for rows that skipped validation: 录入日期 is required) the contact is due on T.
 */
export function cadenceFor(
  customer: CustomerRecord,
  priority: PriorityScore,
  asOf: DayNumber,
  cfg: CadenceConfig,
): Cadence {
  const cadenceDays = cadenceDaysFor(priority.tier, isAClass(customer), cfg);
  return cadenceOf(cadenceDays, nextDueDay(customer, priority.lastContact, cadenceDays, asOf), asOf, cfg);
}

/** The day the next contact is due (see `cadenceFor`). */
export function nextDueDay(
  customer: CustomerRecord,
  lastContact: DayNumber | null,
  cadenceDays: number,
  asOf: DayNumber,
): DayNumber {
  const base = lastContact ?? customer.createdOn;
  return base === null ? Math.floor(asOf) : Math.floor(base) + cadenceDays;
}

/** The cadence of a due day: given T and the rules, fixed by its length and due day alone. */
export function cadenceOf(
  cadenceDays: number,
  nextDue: DayNumber,
  asOf: DayNumber,
  cfg: CadenceConfig,
): Cadence {
  const today = Math.floor(asOf);
  if (nextDue < today) return { cadenceDays, nextDue, status: "overdue", daysOverdue: today - nextDue };
  const status = nextDue <= today + cfg.dueSoonDays ? "due-soon" : "ok";
  return { cadenceDays, nextDue, status, daysOverdue: 0 };
}

/**
 * The limit is the strictest that applies: an A-class customer who has also been won is kept to
 * the A-class limit, because A says they are still actively buying.
 */
export function staleLimitDays(aClass: boolean, won: boolean, cfg: CadenceConfig): number {
  if (aClass && won) return Math.min(cfg.staleDaysAClass, cfg.staleDaysWon);
  if (aClass) return cfg.staleDaysAClass;
  return won ? cfg.staleDaysWon : cfg.staleDays;
}

/** Age in days of 资料更新日期 (else 录入日期); null when neither is known; a date after T is age 0. */
export function profileAgeDays(customer: CustomerRecord, asOf: DayNumber): number | null {
  const reference = customer.profileUpdatedOn ?? customer.createdOn;
  return reference === null ? null : Math.max(0, Math.floor(asOf) - Math.floor(reference));
}

/**
 * Age of 资料更新日期 (else 录入日期); stale when older than the limit (exactly on it is fresh). A
 * profile with neither date is stale: nothing shows it was ever checked. A date after T is age 0.
 */
export function profileHealth(customer: CustomerRecord, asOf: DayNumber, cfg: CadenceConfig): ProfileHealth {
  const limitDays = staleLimitDays(isAClass(customer), customer.stage === "won", cfg);
  return profileOf(limitDays, profileAgeDays(customer, asOf), customer.incomplete);
}

/** The profile health of an age against a limit. */
export function profileOf(limitDays: number, ageDays: number | null, incomplete: boolean): ProfileHealth {
  return { stale: ageDays === null || ageDays > limitDays, ageDays, limitDays, incomplete };
}

/**
 * Next actions still open (完成状态 ≠ 已完成, blank counts as open) whose 下一步时间 falls on a day
 * before T. Follow-ups dated after T are ignored, like everywhere else.
 */
export function countOverdueActions(followups: readonly FollowUpRecord[], asOf: DayNumber): number {
  const today = Math.floor(asOf);
  let count = 0;
  for (const followup of followups) if (isOverdueAction(followup, today)) count += 1;
  return count;
}

/** One follow-up's part of `countOverdueActions`; `today` is T's calendar day. */
export function isOverdueAction(followup: FollowUpRecord, today: DayNumber): boolean {
  if (followup.nextActionDue === null || followup.status === DONE_STATUS) return false;
  if (followup.contactedAt !== null && Math.floor(followup.contactedAt) > today) return false;
  return Math.floor(followup.nextActionDue) < today;
}
