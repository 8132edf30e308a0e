import fc from "fast-check";
import type { CustomerRecord } from "../../../src/engine/schema/records";
import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import type { OpportunityConfig } from "../../../src/engine/config/types";
import { scoreOpportunity } from "../../../src/engine/scoring/opportunity";
import type { OpportunityScore } from "../../../src/engine/scoring/types";
import { arbitraryCustomer } from "./arbitraries";
import { makeCustomer } from "./customer";

const cfg = DEFAULT_CONFIG.opportunity;

function score(overrides: Partial<CustomerRecord>, config: OpportunityConfig = cfg): OpportunityScore {
  const result = scoreOpportunity(makeCustomer({ stage: "opportunity", ...overrides }), config);
  if (result === null) throw new Error("expected an opportunity score");
  return result;
}

/** Inputs that earn a given number of points on each factor under the default tables. */
const AMOUNT_FOR = { 5: 120, 4: 60, 3: 20, 2: 7, 1: 2 } as const;
const PROBABILITY_FOR = { 5: 0.9, 4: 0.7, 3: 0.5, 2: 0.3, 1: 0.1 } as const;
const STRATEGIC_FOR = { 5: "行业标杆", 3: "潜力行业", 1: "普通" } as const;
const COST_FOR = { 5: "低", 3: "中", 1: "高" } as const;
const PAYMENT_FOR = { 5: 20, 3: 45, 1: 90 } as const;

function earning(
  amount: keyof typeof AMOUNT_FOR,
  probability: keyof typeof PROBABILITY_FOR,
  strategic: keyof typeof STRATEGIC_FOR,
  cost: keyof typeof COST_FOR,
  payment: keyof typeof PAYMENT_FOR,
): Partial<CustomerRecord> {
  return {
    estimatedAmount: AMOUNT_FOR[amount],
    winProbability: PROBABILITY_FOR[probability],
    strategicValue: STRATEGIC_FOR[strategic],
    followUpCost: COST_FOR[cost],
    paymentDays: PAYMENT_FOR[payment],
  };
}

describe("scoreOpportunity: open stages only", () => {
  it.each(["prospect", "opportunity", "negotiation"] as const)("scores %s", (stage) => {
    expect(scoreOpportunity(makeCustomer({ stage }), cfg)).not.toBeNull();
  });

  it.each(["lead", "won", "lost", null] as const)("does not score %p", (stage) => {
    expect(scoreOpportunity(makeCustomer({ stage }), cfg)).toBeNull();
  });
});

describe("scoreOpportunity: factor tables, lower bounds inclusive", () => {
  it.each([
    [100, 5],
    [99.99, 4],
    [50, 4],
    [49.99, 3],
    [10, 3],
    [9.99, 2],
    [5, 2],
    [4.99, 1],
    [0, 1],
    [null, 1],
  ])("amount %p 万 → %i", (estimatedAmount, points) => {
    expect(score({ estimatedAmount }).factors.amount).toBe(points);
  });

  it.each([
    [1, 5],
    [0.8, 5],
    [0.79, 4],
    [0.6, 4],
    [0.59, 3],
    [0.4, 3],
    [0.39, 2],
    [0.2, 2],
    [0.19, 1],
    [0, 1],
    [null, 1],
  ])("probability %p → %i", (winProbability, points) => {
    expect(score({ winProbability }).factors.probability).toBe(points);
  });

  it("counts a probability a binary hair below 80 % (0.1 + 0.7) as 80 %", () => {
    expect(0.1 + 0.7).toBeLessThan(0.8);
    expect(score({ winProbability: 0.1 + 0.7 }).factors.probability).toBe(5);
  });

  it.each([
    ["行业标杆", 5],
    ["潜力行业", 3],
    ["区域龙头", 3],
    ["普通", 1],
    [null, 1],
  ])("strategic value %p → %i", (strategicValue, points) => {
    expect(score({ strategicValue }).factors.strategic).toBe(points);
  });

  it.each([
    ["低", 5],
    ["中", 3],
    [null, 3],
    ["高", 1],
  ])("follow-up cost %p → %i", (followUpCost, points) => {
    expect(score({ followUpCost }).factors.cost).toBe(points);
  });

  it.each([
    [0, 5],
    [30, 5],
    [31, 3],
    [60, 3],
    [61, 1],
    [null, 3],
  ])("payment cycle %p days → %i", (paymentDays, points) => {
    expect(score({ paymentDays }).factors.payment).toBe(points);
  });
});

describe("scoreOpportunity: score = Σ weight × points ÷ 5", () => {
  it("gives 100 when every factor is at its best and 20 when every factor is at its worst", () => {
    expect(score(earning(5, 5, 5, 5, 5)).score).toBe(100);
    expect(score(earning(1, 1, 1, 1, 1)).score).toBe(20);
  });

  it("scores a worked example of the seed 002 scorecard: 120 万, 65 %, 潜力行业, 中, 45 days → (150+100+60+45+30) ÷ 5 = 77 → 中", () => {
    const result = score({
      estimatedAmount: 120,
      winProbability: 0.65,
      strategicValue: "潜力行业",
      followUpCost: "中",
      paymentDays: 45,
    });
    expect(result.factors).toEqual({ amount: 5, probability: 4, strategic: 3, cost: 3, payment: 3 });
    expect(result.score).toBe(77);
    expect(result.tier).toBe("medium");
  });

  it("tiers 80 as high, 60 as medium and 59.9 / 79.9 below them", () => {
    const odd = {
      ...cfg,
      weights: { amount: 30.25, probability: 24.75, strategic: 20, cost: 15, payment: 10 },
    };
    expect(score(earning(5, 5, 1, 5, 3), odd)).toMatchObject({ score: 80, tier: "high" });
    expect(score(earning(3, 5, 3, 5, 5), odd)).toMatchObject({ score: 79.9, tier: "medium" });
    expect(score(earning(3, 3, 3, 3, 3), odd)).toMatchObject({ score: 60, tier: "medium" });
    expect(score(earning(1, 3, 5, 3, 5), odd)).toMatchObject({ score: 59.9, tier: "low" });
  });

  it("rounds half up on the decimal value: 79.95 → 80.0 (high), 59.95 → 60.0, 76.05 → 76.1", () => {
    const odd = {
      ...cfg,
      weights: { amount: 30.25, probability: 24.75, strategic: 20, cost: 15, payment: 10 },
    };
    expect(score(earning(4, 5, 3, 3, 5), odd)).toMatchObject({ score: 80, tier: "high" });
    expect(score(earning(2, 3, 3, 5, 3), odd)).toMatchObject({ score: 60, tier: "medium" });
    expect(score(earning(4, 3, 3, 5, 5), odd).score).toBe(76.1);
  });

  it("rounds the exact decimal, not its binary approximation: 68.15 (computed 68.1499…) → 68.2", () => {
    const cents = {
      ...cfg,
      weights: { amount: 29.15, probability: 24.15, strategic: 20, cost: 15, payment: 11.7 },
    };
    const weighted = 29.15 * 3 + 24.15 * 4 + 20 * 5 + 15 * 3 + 11.7 * 1;
    expect(weighted / 5).toBeLessThan(68.15);
    expect(score(earning(3, 4, 5, 3, 1), cents).score).toBe(68.2);
  });

  it("keeps an exact one-decimal score as it is: 72.5 stays 72.5", () => {
    const halves = {
      ...cfg,
      weights: { amount: 32.5, probability: 22.5, strategic: 20, cost: 15, payment: 10 },
    };
    expect(score(earning(2, 5, 3, 5, 5), halves).score).toBe(72.5);
    expect(score(earning(3, 4, 5, 3, 3), halves).score).toBe(72.5);
  });

  it("takes weights and tier thresholds from the configuration", () => {
    const amountOnly = {
      ...cfg,
      weights: { amount: 100, probability: 0, strategic: 0, cost: 0, payment: 0 },
    };
    expect(score(earning(4, 1, 1, 1, 1), amountOnly).score).toBe(80);
    const strict = { ...cfg, tiers: { high: 90, medium: 70 } };
    expect(score(earning(5, 4, 5, 5, 5), strict)).toMatchObject({ score: 95, tier: "high" });
    expect(score(earning(3, 3, 3, 3, 3), strict)).toMatchObject({ score: 60, tier: "low" });
  });
});

describe("scoreOpportunity: explanation", () => {
  it("names each factor's input, the bound it reached and its weighted points", () => {
    const result = score({
      estimatedAmount: 60,
      winProbability: 0.8,
      strategicValue: "行业标杆",
      followUpCost: null,
      paymentDays: 61,
    });
    expect(result.parts.map((p) => [p.factor, p.points])).toEqual([
      ["amount", 24],
      ["probability", 25],
      ["strategic", 20],
      ["cost", 9],
      ["payment", 2],
    ]);
    expect(result.parts.map((p) => p.reason.zh)).toEqual([
      "预估采购金额 60 万,≥ 50 万 → 4/5 × 30% = 24",
      "成交概率 80%,≥ 80% → 5/5 × 25% = 25",
      "战略价值 行业标杆 → 5/5 × 20% = 20",
      "跟进成本未填 → 3/5 × 15% = 9",
      "回款周期 61 天,> 60 天 → 1/5 × 10% = 2",
    ]);
    expect(result.parts[0]?.reason.en).toBe("estimated purchase 60 (10k CNY), at least 50 → 4/5 × 30% = 24");
    expect(result.score).toBe(80);
  });

  it("explains values below every bound and blanks", () => {
    const result = score({ estimatedAmount: 3, winProbability: null, paymentDays: 30 });
    expect(result.parts.map((p) => p.reason.en)).toEqual([
      "estimated purchase 3 (10k CNY), below 5 → 1/5 × 30% = 6",
      "win probability blank → 1/5 × 25% = 5",
      "strategic value blank → 1/5 × 20% = 4",
      "follow-up cost blank → 3/5 × 15% = 9",
      "payment cycle 30 days, at most 30 → 5/5 × 10% = 10",
    ]);
  });
});

describe("scoreOpportunity: properties", () => {
  it("stays within 0–100 with at most one decimal, parts summing to it, tier matching it", () => {
    fc.assert(
      fc.property(arbitraryCustomer(), (customer) => {
        const result = scoreOpportunity(customer, cfg);
        if (result === null)
          return (
            customer.stage === null || !["prospect", "opportunity", "negotiation"].includes(customer.stage)
          );
        const expectedTier = result.score >= 80 ? "high" : result.score >= 60 ? "medium" : "low";
        const partsSum = result.parts.reduce((sum, p) => sum + p.points, 0);
        const factorValues = Object.values(result.factors);
        return (
          result.score >= 0 &&
          result.score <= 100 &&
          Math.abs(result.score * 10 - Math.round(result.score * 10)) < 1e-9 &&
          Math.abs(partsSum - result.score) < 0.05 &&
          result.tier === expectedTier &&
          factorValues.every((v) => v >= 1 && v <= 5)
        );
      }),
      { numRuns: 300 },
    );
  });

  it("never scores lower when the amount or the probability grows", () => {
    fc.assert(
      fc.property(
        arbitraryCustomer().map((c) => ({ ...c, stage: "negotiation" as const })),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (customer, extraAmount, extraProbability) => {
          const base = scoreOpportunity(customer, cfg);
          const richer = scoreOpportunity(
            {
              ...customer,
              estimatedAmount: (customer.estimatedAmount ?? 0) + extraAmount,
              winProbability: Math.min(1, (customer.winProbability ?? 0) + extraProbability),
            },
            cfg,
          );
          return base !== null && richer !== null && richer.score >= base.score;
        },
      ),
      { numRuns: 300 },
    );
  });
});
