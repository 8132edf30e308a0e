/**
 * Scores every valid ledger row: one pass over the follow-ups to group them by customer, the
 * segment cut-points once, then each customer on its own. Linear in rows plus the cut-point sort.
 */
import type { DayNumber } from "../cells/calendar";
import type { EngineConfig } from "../config/types";
import type { CustomerRecord, FollowUpRecord } from "../schema/records";
import { cadenceFor, isOverdueAction, profileHealth } from "./cadence";
import { churnRisk } from "./churn";
import { groupFollowUps } from "./followUpGroups";
import { fitIcp } from "./icp";
import { createOpportunityScorer } from "./opportunity";
import { createPriorityRules } from "./priority";
import { createRecommender } from "./recommend";
import { assignSegment, computeCutPoints } from "./segments";
import type { ScoredCustomer, SegmentCutPoints } from "./types";

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
  const { start, members } = groupFollowUps(records, followups);
  const today = Math.floor(asOf);
  const priority = createPriorityRules(asOf, config.priority);
  const opportunityOf = createOpportunityScorer(config.opportunity);
  const recommendationOf = createRecommender(config.recommendations);
  return records.map((record, position) => {
    // What the rules need from this customer's contacts, in one pass over its follow-ups.
    let lastContact: DayNumber | null = null;
    let inWindow = 0;
    let overdueActions = 0;
    for (let k = start[position]; k < start[position + 1]; k++) {
      const followup = followups[members[k]];
      if (isOverdueAction(followup, today)) overdueActions += 1;
      const contact = followup.contactedAt;
      if (contact === null) continue;
      const day = Math.floor(contact);
      if (day > today) continue;
      if (lastContact === null || contact > lastContact) lastContact = contact;
      if (day >= priority.windowStart) inWindow += 1;
    }
    const scored = priority.score(record, lastContact, inWindow);
    return {
      record,
      priority: scored,
      icp: fitIcp(record, config.icp),
      cadence: scored === null ? null : cadenceFor(record, scored, asOf, config.cadence),
      profile: profileHealth(record, asOf, config.cadence),
      overdueActions,
      opportunity: opportunityOf(record),
      segment: assignSegment(record, cutPoints, asOf, config.segments),
      churn: churnRisk(record, lastContact, asOf, config.churn),
      recommendation: recommendationOf(record, scored?.tier ?? null),
    };
  });
}
