import type { SegmentKey } from "../config/types";
import type { ScoredCustomer, Tier } from "../scoring/types";

export type TierCounts = Readonly<Record<Tier, number>>;

export interface StatusCounts {
  /** Priority tiers; `lost` counts the customers that get no priority score (流失客户). */
  readonly priority: TierCounts & { readonly lost: number };
  /** Opportunity tiers, among open stages (the only ones scored). */
  readonly opportunity: TierCounts;
  /** Value segments among customers with a purchase; every key is present, zero when unused. */
  readonly segments: Readonly<Record<SegmentKey | "others", number>>;
  readonly churn: { readonly high: number; readonly medium: number };
  /** Customers whose next contact is overdue. */
  readonly overdueFollowUps: number;
  /** Customers whose next contact falls due soon. */
  readonly dueSoonFollowUps: number;
  readonly staleProfiles: number;
  /** Overdue next actions over all customers. */
  readonly overdueActions: number;
}

/** Counts of the score columns, for the tier and segment tables and charts of the Funnel sheet. */
export function countStatuses(scored: readonly ScoredCustomer[]): StatusCounts {
  const priority = { high: 0, medium: 0, low: 0, lost: 0 };
  const opportunity = { high: 0, medium: 0, low: 0 };
  // Typed as a full record so a new SegmentKey cannot be forgotten here.
  const segments: Record<SegmentKey | "others", number> = {
    champions: 0,
    loyal: 0,
    potential: 0,
    new: 0,
    promising: 0,
    need_attention: 0,
    about_to_sleep: 0,
    at_risk: 0,
    cant_lose: 0,
    lost: 0,
    others: 0,
  };
  const churn = { high: 0, medium: 0 };
  let overdueFollowUps = 0;
  let dueSoonFollowUps = 0;
  let staleProfiles = 0;
  let overdueActions = 0;

  for (let i = 0; i < scored.length; i++) {
    const customer = scored[i];
    if (customer.priority === null) priority.lost += 1;
    else priority[customer.priority.tier] += 1;
    if (customer.opportunity !== null) opportunity[customer.opportunity.tier] += 1;
    if (customer.segment !== null) segments[customer.segment.segment] += 1;
    if (customer.churn.level !== null) churn[customer.churn.level] += 1;
    if (customer.cadence?.status === "overdue") overdueFollowUps += 1;
    if (customer.cadence?.status === "due-soon") dueSoonFollowUps += 1;
    if (customer.profile.stale) staleProfiles += 1;
    overdueActions += customer.overdueActions;
  }

  return {
    priority,
    opportunity,
    segments,
    churn,
    overdueFollowUps,
    dueSoonFollowUps,
    staleProfiles,
    overdueActions,
  };
}
