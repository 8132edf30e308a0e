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

function isAClass(customer: CustomerRecord): boolean {
  return customer.priorityClass?.trim().toUpperCase() === A_CLASS;
}

function cadenceDaysFor(tier: Tier, aClass: boolean, cfg: CadenceConfig): number {
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
  const today = Math.floor(asOf);
  const cadenceDays = cadenceDaysFor(priority.tier, isAClass(customer), cfg);
  const base = priority.lastContact ?? customer.createdOn;
  const nextDue = base === null ? today : Math.floor(base) + cadenceDays;
  if (nextDue < today) return { cadenceDays, nextDue, status: "overdue", daysOverdue: today - nextDue };
  const status = nextDue <= today + cfg.dueSoonDays ? "due-soon" : "ok";
  return { cadenceDays, nextDue, status, daysOverdue: 0 };
}

/**
 * The limit is the strictest that applies: an A-class customer who has also been won is kept to
 * the A-class limit, because A says they are still actively buying.
 */
function staleLimit(customer: CustomerRecord, cfg: CadenceConfig): number {
  const limits: number[] = [];
  if (isAClass(customer)) limits.push(cfg.staleDaysAClass);
  if (customer.stage === "won") limits.push(cfg.staleDaysWon);
  return limits.length === 0 ? cfg.staleDays : Math.min(...limits);
}

/**
 * Age of 资料更新日期 (else 录入日期); stale when older than the limit (exactly on it is fresh). A
 * profile with neither date is stale: nothing shows it was ever checked. A date after T is age 0.
 */
export function profileHealth(customer: CustomerRecord, asOf: DayNumber, cfg: CadenceConfig): ProfileHealth {
  const limitDays = staleLimit(customer, cfg);
  const reference = customer.profileUpdatedOn ?? customer.createdOn;
  const ageDays = reference === null ? null : Math.max(0, Math.floor(asOf) - Math.floor(reference));
  return {
    stale: ageDays === null || ageDays > limitDays,
    ageDays,
    limitDays,
    incomplete: customer.incomplete,
  };
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
