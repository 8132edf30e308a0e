import fc from "fast-check";
import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import type { PriorityConfig } from "../../../src/engine/config/types";
import { scorePriority } from "../../../src/engine/scoring/priority";
import type { PriorityScore } from "../../../src/engine/scoring/types";
import { arbitraryCustomer } from "./arbitraries";
import { day, dayAt, makeCustomer } from "./customer";

const cfg = DEFAULT_CONFIG.priority;
/** T is the last day of May, so T − 3 months clamps to 2026-02-28 and T − 6 months to 2025-11-30. */
const T = day("2026-05-31");

function score(
  contacts: readonly number[],
  overrides = {},
  asOf = T,
  config: PriorityConfig = cfg,
): PriorityScore {
  const result = scorePriority(makeCustomer(overrides), contacts, asOf, config);
  if (result === null) throw new Error("expected a priority score");
  return result;
}

describe("scorePriority: who is scored", () => {
  it("gives lost customers no score", () => {
    expect(scorePriority(makeCustomer({ stage: "lost" }), [T], T, cfg)).toBeNull();
  });

  it("gives a row without a stage no score", () => {
    expect(scorePriority(makeCustomer({ stage: null }), [T], T, cfg)).toBeNull();
  });

  it.each(["lead", "prospect", "opportunity", "negotiation", "won"] as const)(
    "scores %s customers",
    (stage) => {
      expect(scorePriority(makeCustomer({ stage }), [], T, cfg)).not.toBeNull();
    },
  );
});

describe("scorePriority: R by calendar months", () => {
  it.each([
    ["2026-05-31", 30, "on T"],
    ["2026-02-28", 30, "exactly T − 3 months (2026-05-31 − 3 months clamps to 2026-02-28)"],
    ["2026-02-27", 20, "one day before T − 3 months"],
    ["2025-11-30", 20, "exactly T − 6 months"],
    ["2025-11-29", 10, "one day before T − 6 months"],
  ])("last contact %s → %i (%s)", (contact, points) => {
    expect(score([day(contact)]).r).toBe(points);
  });

  it("never contacted → 10", () => {
    const result = score([]);
    expect(result.r).toBe(10);
    expect(result.lastContact).toBeNull();
  });

  it("uses plain month arithmetic when no clamping is needed: T 2026-06-15, cut-off 2026-03-15", () => {
    const asOf = day("2026-06-15");
    expect(score([day("2026-03-15")], {}, asOf).r).toBe(30);
    expect(score([day("2026-03-14")], {}, asOf).r).toBe(20);
  });

  it("compares by calendar day: a contact late on the cut-off day still counts, the evening before does not", () => {
    expect(score([dayAt("2026-02-28", 23, 59)]).r).toBe(30);
    expect(score([dayAt("2026-02-27", 23, 59)]).r).toBe(20);
  });

  it("reads the latest contact whatever the order, keeping its time of day", () => {
    const latest = dayAt("2026-04-10", 14, 30);
    const result = score([day("2025-01-01"), latest, day("2026-03-01")]);
    expect(result.lastContact).toBe(latest);
    expect(result.r).toBe(30);
  });

  it("ignores contacts after T, even on the next day", () => {
    const result = score([day("2026-06-01"), day("2025-10-01")]);
    expect(result.lastContact).toBe(day("2025-10-01"));
    expect(result.r).toBe(10);
  });

  it("counts a contact on T at any time of day", () => {
    expect(score([dayAt("2026-05-31", 23, 59)]).r).toBe(30);
  });

  it("takes its months and points from the configuration", () => {
    const config = { ...cfg, recency: [{ months: 1, points: 25 }], recencyOtherwise: 3 };
    expect(score([day("2026-04-30")], {}, T, config).r).toBe(25);
    expect(score([day("2026-04-29")], {}, T, config).r).toBe(3);
  });
});

describe("scorePriority: F = contacts in [T − 3 months, T] ÷ 3", () => {
  const inWindow = (count: number) => Array.from({ length: count }, () => day("2026-04-01"));

  it.each([
    [9, 3, 30],
    [8, 8 / 3, 20],
    [3, 1, 20],
    [2, 2 / 3, 10],
    [0, 0, 10],
  ])("%i contacts → %d a month → %i", (count, perMonth, points) => {
    const result = score(inWindow(count));
    expect(result.contactsPerMonth).toBeCloseTo(perMonth, 10);
    expect(result.f).toBe(points);
  });

  it("counts a contact exactly on T − 3 months (clamped) and not one the day before", () => {
    const onStart = Array.from({ length: 3 }, () => day("2026-02-28"));
    const beforeStart = Array.from({ length: 3 }, () => day("2026-02-27"));
    expect(score(onStart).f).toBe(20);
    expect(score(beforeStart).f).toBe(10);
    expect(score(beforeStart).contactsPerMonth).toBe(0);
  });

  it("does not count contacts after T", () => {
    const result = score([...inWindow(2), day("2026-06-01"), day("2026-06-02")]);
    expect(result.contactsPerMonth).toBeCloseTo(2 / 3, 10);
    expect(result.f).toBe(10);
  });

  it("divides by the configured window (1 month back from 2026-05-31 clamps to 2026-04-30)", () => {
    const config = { ...cfg, frequencyWindowMonths: 1 };
    expect(score([day("2026-04-30")], {}, T, config).contactsPerMonth).toBe(1);
    expect(score([day("2026-04-29")], {}, T, config).contactsPerMonth).toBe(0);
  });
});

describe("scorePriority: M from 预估采购金额 (万元)", () => {
  it.each([
    [50, 30],
    [49.99, 20],
    [20, 20],
    [19.99, 10],
    [0, 10],
    [null, 10],
  ])("%p 万 → %i", (estimatedAmount, points) => {
    expect(score([], { estimatedAmount }).m).toBe(points);
  });
});

describe("scorePriority: V from 战略价值", () => {
  it.each([
    ["行业标杆", 10],
    ["区域龙头", 5],
    ["潜力行业", 0],
    ["普通", 0],
    [null, 0],
  ])("%p → %i", (strategicValue, points) => {
    expect(score([], { strategicValue }).v).toBe(points);
  });
});

describe("scorePriority: score and tier", () => {
  const recent = [day("2026-05-01"), day("2026-05-02"), day("2026-05-03")];

  it("adds the four factors: R30 + F20 + M30 + V0 = 80 → high", () => {
    const result = score(recent, { estimatedAmount: 60 });
    expect([result.r, result.f, result.m, result.v, result.score]).toEqual([30, 20, 30, 0, 80]);
    expect(result.tier).toBe("high");
  });

  it("75 → medium, 60 → medium, 55 → low", () => {
    expect(score(recent, { estimatedAmount: 20, strategicValue: "区域龙头" })).toMatchObject({
      score: 75,
      tier: "medium",
    });
    expect(score([day("2025-12-01"), ...recent.slice(0, 2)], { estimatedAmount: 20 })).toMatchObject({
      score: 60,
      tier: "medium",
    });
    expect(score([day("2025-12-01")], { estimatedAmount: 20, strategicValue: "区域龙头" })).toMatchObject({
      score: 55,
      tier: "low",
    });
  });

  it("reaches 100 at most and 30 at least with the defaults", () => {
    const best = score(
      Array.from({ length: 9 }, () => day("2026-05-01")),
      { estimatedAmount: 500, strategicValue: "行业标杆" },
    );
    expect(best.score).toBe(100);
    expect(score([]).score).toBe(30);
  });
});

describe("scorePriority: the seed 000 rule table", () => {
  // 000: R 近3个月内有互动 30 / 近6个月内 20 / 6个月以上 10; F 月均≥3次 30 / 1-2次 20 / 0次 10;
  // M ≥50万 30 / 20-50万 20 / <20万 10; V 行业标杆 10 / 区域龙头 5 / 普通 0.
  it.each([
    ["R 近3个月内有互动", { contacts: [day("2026-04-15")] }, "r", 30],
    ["R 近6个月内有互动", { contacts: [day("2026-01-15")] }, "r", 20],
    ["R 6个月以上", { contacts: [day("2025-10-15")] }, "r", 10],
    ["F 月均 3 次", { contacts: Array.from({ length: 9 }, () => day("2026-05-01")) }, "f", 30],
    ["F 月均 2 次", { contacts: Array.from({ length: 6 }, () => day("2026-05-01")) }, "f", 20],
    ["F 月均 1 次", { contacts: Array.from({ length: 3 }, () => day("2026-05-01")) }, "f", 20],
    ["F 0 次", { contacts: [] }, "f", 10],
    ["M 50 万", { overrides: { estimatedAmount: 50 } }, "m", 30],
    ["M 35 万", { overrides: { estimatedAmount: 35 } }, "m", 20],
    ["M 10 万", { overrides: { estimatedAmount: 10 } }, "m", 10],
    ["V 行业标杆", { overrides: { strategicValue: "行业标杆" } }, "v", 10],
    ["V 区域龙头", { overrides: { strategicValue: "区域龙头" } }, "v", 5],
    ["V 普通", { overrides: { strategicValue: "普通" } }, "v", 0],
  ] as const)("%s", (_label, input, factor, points) => {
    const contacts = "contacts" in input ? input.contacts : [];
    const overrides = "overrides" in input ? input.overrides : {};
    expect(score(contacts, overrides)[factor]).toBe(points);
  });

  it("reads the seed's gap between 2 and 3 a month (2.67) as 20, as SPEC's ≥ 1 says", () => {
    expect(score(Array.from({ length: 8 }, () => day("2026-05-01"))).f).toBe(20);
  });
});

describe("scorePriority: explanation", () => {
  it("names the threshold each factor met, in Chinese and English", () => {
    const result = score([day("2026-03-01"), day("2026-04-01"), day("2026-05-01")], {
      estimatedAmount: 60,
      strategicValue: "行业标杆",
    });
    expect(result.parts.map((p) => p.factor)).toEqual(["R", "F", "M", "V"]);
    expect(result.parts.map((p) => p.reason.zh)).toEqual([
      "最近跟进 2026-05-01,在 T−3 个月内(2026-02-28 起)→ 30",
      "近 3 个月跟进 3 次,月均 1 次,≥ 1 → 20",
      "预估采购金额 60 万,≥ 50 万 → 30",
      "战略价值 行业标杆 → 10",
    ]);
    expect(result.parts.map((p) => p.reason.en)).toEqual([
      "last contact 2026-05-01, within T−3 months (on or after 2026-02-28) → 30",
      "3 contacts in the last 3 months, 1 a month, at least 1 → 20",
      "estimated purchase 60 (10k CNY), at least 50 → 30",
      "strategic value 行业标杆 → 10",
    ]);
  });

  it("explains the fall-through cases", () => {
    const old = score([day("2025-01-01")], { estimatedAmount: 5 });
    expect(old.parts.map((p) => p.reason.zh)).toEqual([
      "最近跟进 2025-01-01,早于 T−6 个月(2025-11-30)→ 10",
      "近 3 个月跟进 0 次,月均 0 次,< 1 → 10",
      "预估采购金额 5 万,< 20 万 → 10",
      "战略价值未填 → 0",
    ]);
    const never = score([]);
    expect(never.parts[0]?.reason).toEqual({ zh: "无跟进记录 → 10", en: "no contact on record → 10" });
    expect(never.parts[2]?.reason.en).toBe("estimated purchase blank → 10");
  });
});

describe("scorePriority: properties", () => {
  const contactsArb = fc.array(fc.integer({ min: day("2025-01-01"), max: day("2026-07-31") }), {
    maxLength: 20,
  });

  it("keeps the score within 0–100, equal to its parts, with the tier its thresholds give", () => {
    fc.assert(
      fc.property(arbitraryCustomer(), contactsArb, (customer, contacts) => {
        const result = scorePriority(customer, contacts, T, cfg);
        if (customer.stage === null || customer.stage === "lost") return result === null;
        if (result === null) return false;
        const expectedTier = result.score >= 80 ? "high" : result.score >= 60 ? "medium" : "low";
        const partsSum = result.parts.reduce((sum, p) => sum + p.points, 0);
        return (
          result.score >= 0 &&
          result.score <= 100 &&
          result.tier === expectedTier &&
          partsSum === result.score
        );
      }),
      { numRuns: 300 },
    );
  });

  it("never lets a contact after T change the result", () => {
    fc.assert(
      fc.property(
        arbitraryCustomer(),
        contactsArb,
        fc.integer({ min: 1, max: 400 }),
        (customer, contacts, ahead) => {
          const without = scorePriority(customer, contacts, T, cfg);
          const withFuture = scorePriority(customer, [...contacts, T + ahead], T, cfg);
          expect(withFuture).toEqual(without);
        },
      ),
      { numRuns: 200 },
    );
  });
});
