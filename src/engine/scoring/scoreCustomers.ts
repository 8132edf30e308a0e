/**
 * Scores every valid ledger row: one pass over the follow-ups to tally them by customer, the
 * segment cut-points once, then each customer on its own. Linear in rows plus the cut-point sort.
 */
import type { DayNumber } from "../cells/calendar";
import type { CadenceConfig, EngineConfig } from "../config/types";
import type { CustomerRecord, FollowUpRecord } from "../schema/records";
import {
  cadenceDaysFor,
  cadenceOf,
  isAClass,
  nextDueDay,
  profileAgeDays,
  profileOf,
  staleLimitDays,
} from "./cadence";
import { churnRisk } from "./churn";
import { IN_WINDOW, LATEST, OVERDUE, TALLIES, tallyContacts } from "./contactTallies";
import { createIcpFitter } from "./icp";
import { PairCache } from "./memo";
import { createOpportunityScorer } from "./opportunity";
import { createPriorityRules } from "./priority";
import { createRecommender } from "./recommend";
import { computeCutPoints, createSegmentAssigner } from "./segments";
import type { Cadence, PriorityScore, ProfileHealth, ScoredCustomer, SegmentCutPoints } from "./types";

/**
 * Given T and the rules, a cadence is fixed by its length and due day, a profile by its limit, age
 * and completeness: equal ones are one shared, read-only object, looked up before one is built.
 */
class SharedHealth {
  private readonly cadences = new PairCache<Cadence>();
  private readonly profiles = [new PairCache<ProfileHealth>(), new PairCache<ProfileHealth>()];

  constructor(
    private readonly asOf: DayNumber,
    private readonly cfg: CadenceConfig,
  ) {}

  cadence(customer: CustomerRecord, priority: PriorityScore, aClass: boolean): Cadence {
    const cadenceDays = cadenceDaysFor(priority.tier, aClass, this.cfg);
    const nextDue = nextDueDay(customer, priority.lastContact, cadenceDays, this.asOf);
    return (
      this.cadences.get(cadenceDays, nextDue) ??
      this.cadences.set(cadenceDays, nextDue, cadenceOf(cadenceDays, nextDue, this.asOf, this.cfg))
    );
  }

  profile(customer: CustomerRecord, aClass: boolean): ProfileHealth {
    const limitDays = staleLimitDays(aClass, customer.stage === "won", this.cfg);
    const ageDays = profileAgeDays(customer, this.asOf);
    const shared = this.profiles[customer.incomplete ? 1 : 0];
    return (
      shared.get(limitDays, ageDays ?? -1) ??
      shared.set(limitDays, ageDays ?? -1, profileOf(limitDays, ageDays, customer.incomplete))
    );
  }
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
  const priority = createPriorityRules(asOf, config.priority);
  const opportunityOf = createOpportunityScorer(config.opportunity);
  const recommendationOf = createRecommender(config.recommendations);
  const icpOf = createIcpFitter(config.icp);
  const segmentOf = createSegmentAssigner(cutPoints, asOf, config.segments);
  const health = new SharedHealth(asOf, config.cadence);
  const { values: tallies, byRow } = tallyContacts(records, followups, asOf, priority.windowStart);
  const scored = new Array<ScoredCustomer>(records.length);
  for (let position = 0; position < records.length; position++) {
    const record = records[position];
    const at = TALLIES * (byRow ? record.index : position);
    const latest = tallies[at + LATEST];
    const lastContact = Number.isNaN(latest) ? null : latest;
    const scoredPriority = priority.score(record, lastContact, tallies[at + IN_WINDOW]);
    const aClass = isAClass(record);
    scored[position] = {
      record,
      priority: scoredPriority,
      icp: icpOf(record),
      cadence: scoredPriority === null ? null : health.cadence(record, scoredPriority, aClass),
      profile: health.profile(record, aClass),
      overdueActions: tallies[at + OVERDUE],
      opportunity: opportunityOf(record),
      segment: segmentOf(record),
      churn: churnRisk(record, lastContact, asOf, config.churn),
      recommendation: recommendationOf(record, scoredPriority?.tier ?? null),
    };
  }
  return scored;
}
