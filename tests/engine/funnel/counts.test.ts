import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import { countStatuses } from "../../../src/engine/funnel/counts";
import type { Cadence, ScoredCustomer, SegmentResult } from "../../../src/engine/scoring/types";
import { customer, day, priority, scored } from "./records";

const cadence = (status: Cadence["status"]): Cadence => ({
  cadenceDays: 7,
  nextDue: day(2024, 3, 1),
  status,
  daysOverdue: 0,
});
const segment = (key: SegmentResult["segment"]): SegmentResult => ({
  segment: key,
  r: 3,
  f: 3,
  m: 3,
  recencyDays: 10,
});
const opportunity = (tier: "high" | "medium" | "low") => ({
  score: 50,
  tier,
  factors: { amount: 1, probability: 1, strategic: 1, cost: 1, payment: 1 },
  parts: [],
});

describe("countStatuses", () => {
  it("starts every count at zero and lists every segment", () => {
    const counts = countStatuses([]);
    expect(counts.priority).toEqual({ high: 0, medium: 0, low: 0, lost: 0 });
    expect(counts.opportunity).toEqual({ high: 0, medium: 0, low: 0 });
    const everySegment = [...DEFAULT_CONFIG.segments.rules.map((rule) => rule.key), "others"];
    expect(Object.keys(counts.segments).sort()).toEqual(everySegment.sort());
    expect(Object.values(counts.segments).every((n) => n === 0)).toBe(true);
  });

  it("counts priority tiers, with unscored (lost) customers apart", () => {
    const list: ScoredCustomer[] = [
      scored(customer(), { priority: priority("high") }),
      scored(customer(), { priority: priority("high") }),
      scored(customer(), { priority: priority("medium") }),
      scored(customer()),
      scored(customer({ stage: "lost" })),
    ];
    expect(countStatuses(list).priority).toEqual({ high: 2, medium: 1, low: 1, lost: 1 });
  });

  it("counts opportunity tiers only where there is a score", () => {
    const list = [
      scored(customer({ stage: "prospect" }), { opportunity: opportunity("high") }),
      scored(customer({ stage: "negotiation" }), { opportunity: opportunity("low") }),
      scored(customer({ stage: "won" })),
    ];
    expect(countStatuses(list).opportunity).toEqual({ high: 1, medium: 0, low: 1 });
  });

  it("counts segments, others included, and churn levels", () => {
    const list = [
      scored(customer(), { segment: segment("champions"), churn: { level: "high", signals: [] } }),
      scored(customer(), { segment: segment("others"), churn: { level: "medium", signals: [] } }),
      scored(customer(), { segment: segment("others") }),
      scored(customer()),
    ];
    const counts = countStatuses(list);
    expect(counts.segments.champions).toBe(1);
    expect(counts.segments.others).toBe(2);
    expect(counts.segments.loyal).toBe(0);
    expect(counts.churn).toEqual({ high: 1, medium: 1 });
  });

  it("counts overdue and due-soon follow-ups, stale profiles and overdue actions", () => {
    const stale = { stale: true, ageDays: 40, limitDays: 30, incomplete: false };
    const list = [
      scored(customer(), { cadence: cadence("overdue"), overdueActions: 2 }),
      scored(customer(), { cadence: cadence("overdue"), profile: stale }),
      scored(customer(), { cadence: cadence("due-soon"), overdueActions: 1 }),
      scored(customer(), { cadence: cadence("ok"), profile: stale }),
      scored(customer({ stage: "lost" }), { overdueActions: 3 }),
    ];
    const counts = countStatuses(list);
    expect(counts.overdueFollowUps).toBe(2);
    expect(counts.dueSoonFollowUps).toBe(1);
    expect(counts.staleProfiles).toBe(2);
    expect(counts.overdueActions).toBe(6);
  });
});
