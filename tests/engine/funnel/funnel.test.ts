import fc from "fast-check";
import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import type { Stage } from "../../../src/engine/config/stages";
import type { FunnelConfig } from "../../../src/engine/config/types";
import { buildFunnel, furthestStageIndex, type FunnelRow } from "../../../src/engine/funnel/funnel";
import type { CustomerRecord } from "../../../src/engine/schema/records";
import { customer, customers, day } from "./records";

const cfg: FunnelConfig = { ...DEFAULT_CONFIG.funnel, period: "all", topLossReasons: 3 };
const asOf = day(2024, 3, 31);

const column = <K extends keyof FunnelRow>(rows: readonly FunnelRow[], key: K): FunnelRow[K][] =>
  rows.map((row) => row[key]);

/** Seed 002: 潜在100 → 意向60 → 商机30 → 谈判15 → 成交5. */
function seedExample(): CustomerRecord[] {
  return [
    ...customers(20, { stage: "lead" }),
    ...customers(20, { stage: "lost", lossReason: "需求不明确" }),
    ...customers(20, { stage: "prospect" }),
    ...customers(10, { stage: "lost", stageBeforeLoss: "prospect", lossReason: "预算不足" }),
    ...customers(5, { stage: "opportunity" }),
    ...customers(10, { stage: "lost", stageBeforeLoss: "opportunity", lossReason: "方案未通过评审" }),
    ...customers(10, { stage: "negotiation" }),
    ...customers(3, { stage: "won" }),
    ...customers(2, { stage: "lost", stageBeforeLoss: "won", lossReason: "回款纠纷" }),
  ];
}

describe("buildFunnel on the seed 002 example", () => {
  const rows = buildFunnel(seedExample(), asOf, cfg);

  it("reaches 100 → 60 → 30 → 15 → 5", () => {
    expect(column(rows, "stage")).toEqual(["lead", "prospect", "opportunity", "negotiation", "won"]);
    expect(column(rows, "reached")).toEqual([100, 60, 30, 15, 5]);
  });

  it("gives step conversions 0.6, 0.5, 0.5, 1/3 and none after the last stage", () => {
    const conversions = column(rows, "conversionToNext");
    expect(conversions.slice(0, 3)).toEqual([0.6, 0.5, 0.5]);
    expect(conversions[3]).toBeCloseTo(1 / 3, 12);
    expect(conversions[4]).toBeNull();
  });

  it("gives cumulative conversions 1, 0.6, 0.3, 0.15, 0.05", () => {
    expect(column(rows, "cumulative")).toEqual([1, 0.6, 0.3, 0.15, 0.05]);
  });

  it("counts customers currently in each stage and those dropped at it", () => {
    expect(column(rows, "current")).toEqual([20, 20, 5, 10, 3]);
    expect(column(rows, "dropped")).toEqual([20, 10, 10, 0, 2]);
  });

  it("lists the loss reasons where customers dropped", () => {
    expect(rows[0].lossReasons).toEqual([{ reason: "需求不明确", count: 20 }]);
    expect(rows[2].lossReasons).toEqual([{ reason: "方案未通过评审", count: 10 }]);
    expect(rows[3].lossReasons).toEqual([]);
  });
});

describe("lost customers", () => {
  it("count as reached up to their stage before loss, and dropped there", () => {
    const rows = buildFunnel([customer({ stage: "lost", stageBeforeLoss: "opportunity" })], asOf, cfg);
    expect(column(rows, "reached")).toEqual([1, 1, 1, 0, 0]);
    expect(column(rows, "dropped")).toEqual([0, 0, 1, 0, 0]);
    expect(column(rows, "current")).toEqual([0, 0, 0, 0, 0]);
  });

  it("count at lead only when the stage before loss is missing", () => {
    const rows = buildFunnel([customer({ stage: "lost", stageBeforeLoss: null })], asOf, cfg);
    expect(column(rows, "reached")).toEqual([1, 0, 0, 0, 0]);
    expect(column(rows, "dropped")).toEqual([1, 0, 0, 0, 0]);
  });

  it("treat a stage before loss of 流失客户 as missing", () => {
    expect(furthestStageIndex("lost", "lost")).toBe(0);
    expect(furthestStageIndex("lost", "won")).toBe(4);
    expect(furthestStageIndex("negotiation", "prospect")).toBe(3);
  });
});

describe("loss reasons", () => {
  const lostAtLead = (reason: string | null, count: number) =>
    customers(count, { stage: "lost", lossReason: reason });

  it("keep the top N by count, ties ordered by text, blanks as the empty reason", () => {
    const records = [
      ...lostAtLead("预算不足", 3),
      ...lostAtLead(null, 2),
      ...lostAtLead("价格", 2),
      ...lostAtLead("竞品", 1),
    ];
    expect(buildFunnel(records, asOf, cfg)[0].lossReasons).toEqual([
      { reason: "预算不足", count: 3 },
      { reason: "价格", count: 2 },
      { reason: "", count: 2 },
    ]);
  });

  it("cut a tie at the limit by text", () => {
    const records = [
      ...lostAtLead("B", 2),
      ...lostAtLead("A", 2),
      ...lostAtLead("C", 2),
      ...lostAtLead("D", 2),
    ];
    const top = (limit: number) =>
      buildFunnel(records, asOf, { ...cfg, topLossReasons: limit })[0].lossReasons;
    expect(top(2).map((r) => r.reason)).toEqual(["A", "B"]);
    expect(top(3).map((r) => r.reason)).toEqual(["A", "B", "C"]);
    expect(top(4).map((r) => r.reason)).toEqual(["A", "B", "C", "D"]);
    expect(top(5).map((r) => r.reason)).toEqual(["A", "B", "C", "D"]);
    expect(top(0)).toEqual([]);
  });

  it("belong to the stage the customer was lost from", () => {
    const records = [customer({ stage: "lost", stageBeforeLoss: "negotiation", lossReason: "价格" })];
    const rows = buildFunnel(records, asOf, cfg);
    expect(rows[3].lossReasons).toEqual([{ reason: "价格", count: 1 }]);
    expect(rows[0].lossReasons).toEqual([]);
  });
});

describe("empty and partial funnels", () => {
  it("has no rates when nobody is in the funnel", () => {
    const rows = buildFunnel([], asOf, cfg);
    expect(column(rows, "reached")).toEqual([0, 0, 0, 0, 0]);
    expect(column(rows, "conversionToNext")).toEqual([null, null, null, null, null]);
    expect(column(rows, "cumulative")).toEqual([null, null, null, null, null]);
  });

  it("has no conversion out of a stage nobody reached, but a zero conversion into it", () => {
    const rows = buildFunnel(customers(4, { stage: "lead" }), asOf, cfg);
    expect(column(rows, "conversionToNext")).toEqual([0, null, null, null, null]);
    expect(column(rows, "cumulative")).toEqual([1, 0, 0, 0, 0]);
  });
});

describe("which rows count", () => {
  it("leaves out rows with errors and rows without a stage", () => {
    const records = [
      customer({ stage: "won" }),
      customer({ stage: "won", valid: false }),
      customer({ stage: null }),
    ];
    expect(column(buildFunnel(records, asOf, cfg), "reached")).toEqual([1, 1, 1, 1, 1]);
  });

  it("counts only the configured period, by 录入日期", () => {
    const records = [customer({ createdOn: day(2024, 3, 1) }), customer({ createdOn: day(2024, 2, 29) })];
    expect(buildFunnel(records, asOf, { ...cfg, period: "month" })[0].reached).toBe(1);
    expect(buildFunnel(records, asOf, { ...cfg, period: "quarter" })[0].reached).toBe(2);
    expect(buildFunnel(records, asOf, { ...cfg, period: "all" })[0].reached).toBe(2);
  });
});

describe("funnel properties", () => {
  const stages: Stage[] = ["lead", "prospect", "opportunity", "negotiation", "won", "lost"];
  const recordArb = fc.record({
    stage: fc.constantFrom(...stages),
    stageBeforeLoss: fc.option(fc.constantFrom(...stages), { nil: null }),
    lossReason: fc.option(fc.constantFrom("价格", "预算", "竞品"), { nil: null }),
  });
  const funnelArb = fc
    .array(recordArb, { maxLength: 60 })
    .map((specs) => specs.map((spec) => customer(spec)));

  it("reached never grows along the funnel, and lead reaches everyone", () => {
    fc.assert(
      fc.property(funnelArb, (records) => {
        const reached = column(buildFunnel(records, asOf, cfg), "reached");
        expect(reached[0]).toBe(records.length);
        reached.slice(1).forEach((count, k) => expect(count).toBeLessThanOrEqual(reached[k]));
      }),
      { numRuns: 200 },
    );
  });

  it("current plus lost is the population, and the lost are all dropped somewhere", () => {
    fc.assert(
      fc.property(funnelArb, (records) => {
        const rows = buildFunnel(records, asOf, cfg);
        const lost = records.filter((r) => r.stage === "lost").length;
        const sum = (key: "current" | "dropped") => rows.reduce((total, row) => total + row[key], 0);
        expect(sum("current") + lost).toBe(records.length);
        expect(sum("dropped")).toBe(lost);
      }),
      { numRuns: 200 },
    );
  });

  it("conversions and cumulative shares lie within [0, 1]", () => {
    fc.assert(
      fc.property(funnelArb, (records) => {
        for (const row of buildFunnel(records, asOf, cfg)) {
          for (const rate of [row.conversionToNext, row.cumulative]) {
            if (rate !== null) {
              expect(rate).toBeGreaterThanOrEqual(0);
              expect(rate).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
