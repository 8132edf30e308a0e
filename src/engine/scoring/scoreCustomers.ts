/**
 * Scores every valid ledger row: one pass over the follow-ups to group them by customer, the
 * segment cut-points once, then each customer on its own. Linear in rows plus the cut-point sort.
 */
import type { DayNumber } from "../cells/calendar";
import type { EngineConfig } from "../config/types";
import type { CustomerRecord, FollowUpRecord } from "../schema/records";
import { cadenceFor, countOverdueActions, profileHealth } from "./cadence";
import { churnRisk } from "./churn";
import { lastContactUpTo } from "./contacts";
import { fitIcp } from "./icp";
import { createOpportunityScorer } from "./opportunity";
import { createPriorityScorer } from "./priority";
import { recommend } from "./recommend";
import { assignSegment, computeCutPoints } from "./segments";
import type { ScoredCustomer, SegmentCutPoints } from "./types";

const NO_FOLLOWUPS: readonly FollowUpRecord[] = [];

/** Valid follow-ups by customer ID; a row with an error is not counted anywhere (SPEC 9). */
function groupByCustomer(followups: readonly FollowUpRecord[]): Map<string, FollowUpRecord[]> {
  const groups = new Map<string, FollowUpRecord[]>();
  for (const followup of followups) {
    if (!followup.valid || followup.customerId === null) continue;
    const group = groups.get(followup.customerId);
    if (group === undefined) groups.set(followup.customerId, [followup]);
    else group.push(followup);
  }
  return groups;
}

function contactTimes(followups: readonly FollowUpRecord[]): DayNumber[] {
  const times: DayNumber[] = [];
  for (const followup of followups) if (followup.contactedAt !== null) times.push(followup.contactedAt);
  return times;
}

/**
 * One result per record, in order. `cutPoints` may be passed when the caller already computed
 * them from the same records (to show them on the Funnel sheet); otherwise they are computed here.
 */
export function scoreCustomers(
  records: readonly CustomerRecord[],
  followups: readonly FollowUpRecord[],
  asOf: DayNumber,
  config: EngineConfig,
  cutPoints: SegmentCutPoints = computeCutPoints(records, asOf, config.segments),
): ScoredCustomer[] {
  const byCustomer = groupByCustomer(followups);
  const priorityOf = createPriorityScorer(asOf, config.priority);
  const opportunityOf = createOpportunityScorer(config.opportunity);
  return records.map((record) => {
    const own = (record.id === null ? undefined : byCustomer.get(record.id)) ?? NO_FOLLOWUPS;
    const contacts = contactTimes(own);
    const priority = priorityOf(record, contacts);
    return {
      record,
      priority,
      icp: fitIcp(record, config.icp),
      cadence: priority === null ? null : cadenceFor(record, priority, asOf, config.cadence),
      profile: profileHealth(record, asOf, config.cadence),
      overdueActions: countOverdueActions(own, asOf),
      opportunity: opportunityOf(record),
      segment: assignSegment(record, cutPoints, asOf, config.segments),
      churn: churnRisk(record, lastContactUpTo(contacts, asOf), asOf, config.churn),
      recommendation: recommend(record, priority?.tier ?? null, config.recommendations),
    };
  });
}
