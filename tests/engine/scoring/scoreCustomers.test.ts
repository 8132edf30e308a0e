import fc from "fast-check";
import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import type { EngineConfig } from "../../../src/engine/config/types";
import type { FollowUpRecord } from "../../../src/engine/schema/records";
import { cadenceFor, countOverdueActions, profileHealth } from "../../../src/engine/scoring/cadence";
import { churnRisk } from "../../../src/engine/scoring/churn";
import { lastContactUpTo } from "../../../src/engine/scoring/contacts";
import { fitIcp } from "../../../src/engine/scoring/icp";
import { scoreOpportunity } from "../../../src/engine/scoring/opportunity";
import { scorePriority } from "../../../src/engine/scoring/priority";
import { recommend } from "../../../src/engine/scoring/recommend";
import { assignSegment, computeCutPoints } from "../../../src/engine/scoring/segments";
import { scoreCustomers } from "../../../src/engine/scoring/scoreCustomers";
import { arbitraryCustomer, arbitraryFollowUp } from "./arbitraries";
import { day, makeCustomer, makeFollowUp } from "./customer";

const config: EngineConfig = DEFAULT_CONFIG;
const T = day("2026-05-31");

describe("scoreCustomers", () => {
  const alpha = makeCustomer({ id: "ZZ-ZY-YX-001", stage: "prospect", estimatedAmount: 60 });
  const beta = makeCustomer({ id: "YL-DX-CJ-002", stage: "won", lastPurchase: T - 10, purchaseCount: 3 });
  const gamma = makeCustomer({ id: "LS-XX-LS-003", stage: "lost", complaints: 9 });

  it("returns one result per record, in order, carrying the record", () => {
    const scored = scoreCustomers([gamma, alpha, beta], [], T, config);
    expect(scored.map((s) => s.record)).toEqual([gamma, alpha, beta]);
  });

  it("gives each customer only its own follow-ups", () => {
    const followups = [
      makeFollowUp({ customerId: "ZZ-ZY-YX-001", contactedAt: T - 1 }),
      makeFollowUp({ customerId: "YL-DX-CJ-002", contactedAt: T - 100 }),
      makeFollowUp({
        customerId: "ZZ-ZY-YX-001",
        contactedAt: T - 5,
        nextActionDue: T - 2,
        status: "进行中",
      }),
    ];
    const [a, b] = scoreCustomers([alpha, beta], followups, T, config);
    expect(a?.priority?.lastContact).toBe(T - 1);
    expect(a?.overdueActions).toBe(1);
    expect(b?.priority?.lastContact).toBe(T - 100);
    expect(b?.overdueActions).toBe(0);
  });

  it("does not count follow-ups with an error or without a customer ID", () => {
    const followups: FollowUpRecord[] = [
      makeFollowUp({ customerId: "ZZ-ZY-YX-001", contactedAt: T, valid: false }),
      makeFollowUp({ customerId: null, contactedAt: T }),
    ];
    expect(scoreCustomers([alpha], followups, T, config)[0]?.priority?.lastContact).toBeNull();
  });

  it("leaves lost customers without priority, cadence, opportunity, churn warning or advice", () => {
    const [lost] = scoreCustomers([gamma], [], T, config);
    expect(lost).toMatchObject({
      priority: null,
      cadence: null,
      opportunity: null,
      churn: { level: null, signals: [] },
      recommendation: "",
    });
  });

  it("scores opportunities for open stages and segments for buyers only", () => {
    const [a, b] = scoreCustomers([alpha, beta], [], T, config);
    expect(a?.opportunity).not.toBeNull();
    expect(a?.segment).toBeNull();
    expect(b?.opportunity).toBeNull();
    expect(b?.segment).not.toBeNull();
  });

  it("warns about a won customer's silence from the last contact", () => {
    const won = makeCustomer({ id: "YL-DX-CJ-002", stage: "won", wonOn: T - 365 });
    const recent = [makeFollowUp({ customerId: "YL-DX-CJ-002", contactedAt: T - 60 })];
    const old = [makeFollowUp({ customerId: "YL-DX-CJ-002", contactedAt: T - 61 })];
    expect(scoreCustomers([won], recent, T, config)[0]?.churn.signals).toEqual([]);
    expect(scoreCustomers([won], old, T, config)[0]?.churn.signals).toEqual(["contact-gap"]);
  });

  it("uses cut-points handed in by the caller", () => {
    const fixed = computeCutPoints([beta], T, { ...config.segments, method: "fixed" });
    const [b] = scoreCustomers([beta], [], T, config, fixed);
    expect(b?.segment).toMatchObject({ r: 5, f: 3, m: 1 });
  });

  it("recommends by priority tier and stage", () => {
    const [a] = scoreCustomers([alpha], [], T, config);
    expect(a?.recommendation).toBe(recommend(alpha, a?.priority?.tier ?? null, config.recommendations));
    expect(a?.recommendation).toContain(config.recommendations.prospect);
  });
});

describe("scoreCustomers: properties", () => {
  const customersArb = fc.array(arbitraryCustomer(), { maxLength: 25 });
  const followupsArb = fc.array(arbitraryFollowUp(), { maxLength: 40 });

  it("never throws and agrees with the single-customer functions", () => {
    fc.assert(
      fc.property(customersArb, followupsArb, (customers, followups) => {
        const scored = scoreCustomers(customers, followups, T, config);
        const cuts = computeCutPoints(customers, T, config.segments);
        expect(scored).toHaveLength(customers.length);
        scored.forEach((result, i) => {
          const customer = customers[i];
          const own = followups.filter(
            (f) => f.valid && f.customerId !== null && f.customerId === customer?.id,
          );
          const contacts = own.flatMap((f) => (f.contactedAt === null ? [] : [f.contactedAt]));
          if (customer === undefined) throw new Error("length mismatch");
          const priority = scorePriority(customer, contacts, T, config.priority);
          expect(result.priority).toEqual(priority);
          expect(result.icp).toEqual(fitIcp(customer, config.icp));
          expect(result.cadence).toEqual(priority && cadenceFor(customer, priority, T, config.cadence));
          expect(result.profile).toEqual(profileHealth(customer, T, config.cadence));
          expect(result.overdueActions).toBe(countOverdueActions(own, T));
          expect(result.opportunity).toEqual(scoreOpportunity(customer, config.opportunity));
          expect(result.segment).toEqual(assignSegment(customer, cuts, T, config.segments));
          expect(result.churn).toEqual(churnRisk(customer, lastContactUpTo(contacts, T), T, config.churn));
          expect(result.recommendation).toBe(
            recommend(customer, priority?.tier ?? null, config.recommendations),
          );
        });
      }),
      { numRuns: 100 },
    );
  });

  it("keeps every score within its range", () => {
    fc.assert(
      fc.property(customersArb, followupsArb, (customers, followups) =>
        scoreCustomers(customers, followups, T, config).every(
          (s) =>
            (s.priority === null || (s.priority.score >= 0 && s.priority.score <= 100)) &&
            (s.opportunity === null || (s.opportunity.score >= 0 && s.opportunity.score <= 100)) &&
            (s.segment === null || [s.segment.r, s.segment.f, s.segment.m].every((v) => v >= 1 && v <= 5)) &&
            s.overdueActions >= 0,
        ),
      ),
      { numRuns: 100 },
    );
  });
});
