import fc from "fast-check";
import type { DayNumber } from "../../../src/engine/cells/calendar";
import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import type { CustomerRecord } from "../../../src/engine/schema/records";
import { churnRisk } from "../../../src/engine/scoring/churn";
import type { ChurnRisk } from "../../../src/engine/scoring/types";
import { arbitraryCustomer, dayArb } from "./arbitraries";
import { day, dayAt, makeCustomer } from "./customer";

const cfg = DEFAULT_CONFIG.churn;
const T = day("2026-05-31");

function risk(overrides: Partial<CustomerRecord>, lastContact: DayNumber | null = null): ChurnRisk {
  return churnRisk(makeCustomer(overrides), lastContact, T, cfg);
}

describe("churnRisk: purchase gap", () => {
  it.each([
    [90, 2, []],
    [91, 2, ["purchase-gap"]],
    [91, 1, []],
    [200, 5, ["purchase-gap"]],
  ])("last purchase %i days ago with %i purchases → %p", (daysAgo, purchaseCount, signals) => {
    expect(risk({ lastPurchase: T - daysAgo, purchaseCount }).signals).toEqual(signals);
  });

  it("raises nothing when the last purchase date or the count is blank", () => {
    expect(risk({ lastPurchase: null, purchaseCount: 5 }).signals).toEqual([]);
    expect(risk({ lastPurchase: T - 200, purchaseCount: null }).signals).toEqual([]);
  });
});

describe("churnRisk: contact gap for won customers", () => {
  const won = { stage: "won" as const, wonOn: T - 300 };

  it.each([
    [60, []],
    [61, ["contact-gap"]],
  ])("last contact %i days ago → %p", (daysAgo, signals) => {
    expect(risk(won, T - daysAgo).signals).toEqual(signals);
  });

  it("compares the contact's calendar day, whatever its time", () => {
    expect(risk(won, dayAt("2026-04-01", 8)).signals).toEqual([]);
    expect(risk(won, dayAt("2026-03-31", 23, 59)).signals).toEqual(["contact-gap"]);
  });

  it("ignores the contact gap of customers not yet won", () => {
    expect(risk({ stage: "negotiation" }, T - 200).signals).toEqual([]);
  });

  it("counts a never-contacted won customer's silence from 成交日期, else 录入日期", () => {
    expect(risk({ stage: "won", wonOn: T - 60 }).signals).toEqual([]);
    expect(risk({ stage: "won", wonOn: T - 61 }).signals).toEqual(["contact-gap"]);
    expect(risk({ stage: "won", wonOn: null, createdOn: T - 10 }).signals).toEqual([]);
    expect(risk({ stage: "won", wonOn: null, createdOn: T - 61 }).signals).toEqual(["contact-gap"]);
  });

  it("raises it for a never-contacted won customer with no date at all", () => {
    expect(risk({ stage: "won", wonOn: null, createdOn: null }).signals).toEqual(["contact-gap"]);
  });
});

describe("churnRisk: satisfaction and complaints", () => {
  it.each([
    [3, ["low-satisfaction"]],
    [4, []],
    [1, ["low-satisfaction"]],
    [null, []],
  ])("satisfaction %p → %p", (satisfaction, signals) => {
    expect(risk({ satisfaction }).signals).toEqual(signals);
  });

  it.each([
    [1, []],
    [2, ["complaints"]],
    [0, []],
    [null, []],
  ])("complaints %p → %p", (complaints, signals) => {
    expect(risk({ complaints }).signals).toEqual(signals);
  });
});

describe("churnRisk: level", () => {
  it("is blank with no signal, medium with one, high with two or more", () => {
    expect(risk({})).toEqual({ level: null, signals: [] });
    expect(risk({ complaints: 2 })).toEqual({ level: "medium", signals: ["complaints"] });
    expect(risk({ complaints: 2, satisfaction: 3 })).toEqual({
      level: "high",
      signals: ["low-satisfaction", "complaints"],
    });
    const all = risk({
      stage: "won",
      wonOn: T - 400,
      lastPurchase: T - 200,
      purchaseCount: 3,
      satisfaction: 2,
      complaints: 4,
    });
    expect(all).toEqual({
      level: "high",
      signals: ["purchase-gap", "contact-gap", "low-satisfaction", "complaints"],
    });
  });

  it("takes the number of signals for high from the configuration", () => {
    const strict = { ...cfg, highSignals: 3 };
    expect(churnRisk(makeCustomer({ complaints: 2, satisfaction: 3 }), null, T, strict).level).toBe("medium");
    const eager = { ...cfg, highSignals: 1 };
    expect(churnRisk(makeCustomer({ complaints: 2 }), null, T, eager).level).toBe("high");
  });

  it("raises nothing for customers already lost", () => {
    expect(
      risk({ stage: "lost", complaints: 5, satisfaction: 1, lastPurchase: T - 400, purchaseCount: 9 }),
    ).toEqual({
      level: null,
      signals: [],
    });
  });

  it("gives a level exactly when there are signals, high exactly at the configured count", () => {
    fc.assert(
      fc.property(arbitraryCustomer(), fc.option(dayArb, { nil: null }), (customer, lastContact) => {
        const result = churnRisk(customer, lastContact, T, cfg);
        const n = result.signals.length;
        const expected = n >= cfg.highSignals ? "high" : n > 0 ? "medium" : null;
        return result.level === expected && new Set(result.signals).size === n;
      }),
      { numRuns: 300 },
    );
  });
});
