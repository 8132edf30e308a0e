/**
 * Scores every valid ledger row: one pass over the follow-ups to tally them by customer, the
 * segment cut-points once, then each customer on its own. Linear in rows plus the cut-point sort.
 */
import type { DayNumber } from "../cells/calendar";
import type { EngineConfig } from "../config/types";
import type { CustomerRecord, FollowUpRecord } from "../schema/records";
import { cadenceFor, isOverdueAction, profileHealth } from "./cadence";
import { churnRisk } from "./churn";
import { visitCustomerFollowUps } from "./customerFollowUps";
import { fitIcp } from "./icp";
import { sharedByKeys } from "./memo";
import { createOpportunityScorer } from "./opportunity";
import { createPriorityRules } from "./priority";
import { createRecommender } from "./recommend";
import { assignSegment, computeCutPoints } from "./segments";
import type { Cadence, ProfileHealth, ScoredCustomer, SegmentCutPoints } from "./types";

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
  const today = Math.floor(asOf);
  const priority = createPriorityRules(asOf, config.priority);
  const opportunityOf = createOpportunityScorer(config.opportunity);
  const recommendationOf = createRecommender(config.recommendations);
  // Given T and the rules, a cadence is fixed by its length and due day, a profile by its limit,
  // age and completeness: equal ones are shared rather than kept once per customer.
  const shareCadence = sharedByKeys<Cadence>();
  const shareProfile = { complete: sharedByKeys<ProfileHealth>(), incomplete: sharedByKeys<ProfileHealth>() };
  // What the rules need from each customer's contacts, tallied by position in one pass over the log.
  const latest = new Float64Array(records.length).fill(Number.NaN);
  const inWindow = new Int32Array(records.length);
  const overdue = new Int32Array(records.length);
  visitCustomerFollowUps(records, followups, (position, followup) => {
    if (isOverdueAction(followup, today)) overdue[position] += 1;
    const contact = followup.contactedAt;
    if (contact === null) return;
    const day = Math.floor(contact);
    if (day > today) return;
    if (Number.isNaN(latest[position]) || contact > latest[position]) latest[position] = contact;
    if (day >= priority.windowStart) inWindow[position] += 1;
  });
  return records.map((record, position) => {
    const lastContact = Number.isNaN(latest[position]) ? null : latest[position];
    const overdueActions = overdue[position];
    const scored = priority.score(record, lastContact, inWindow[position]);
    const cadence = scored === null ? null : cadenceFor(record, scored, asOf, config.cadence);
    const profile = profileHealth(record, asOf, config.cadence);
    return {
      record,
      priority: scored,
      icp: fitIcp(record, config.icp),
      cadence: cadence === null ? null : shareCadence(cadence.cadenceDays, cadence.nextDue, cadence),
      profile: shareProfile[profile.incomplete ? "incomplete" : "complete"](
        profile.limitDays,
        profile.ageDays ?? -1,
        profile,
      ),
      overdueActions,
      opportunity: opportunityOf(record),
      segment: assignSegment(record, cutPoints, asOf, config.segments),
      churn: churnRisk(record, lastContact, asOf, config.churn),
      recommendation: recommendationOf(record, scored?.tier ?? null),
    };
  });
}
