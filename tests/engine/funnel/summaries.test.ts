import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import type { EngineConfig } from "../../../src/engine/config/types";
import { summarize } from "../../../src/engine/funnel/summaries";
import { customer, day, followUp, priority, scored } from "./records";

const asOf = day(2024, 6, 15);

describe("summarize", () => {
  const a = customer({
    owner: "张三",
    region: "上海",
    stage: "won",
    createdOn: day(2024, 5, 1),
    wonOn: day(2024, 6, 1),
  });
  const b = customer({ owner: "李四", region: "北京", stage: "lost", createdOn: day(2024, 6, 2) });
  const broken = customer({ owner: "王五", region: "广州", stage: "won", valid: false });
  const list = [scored(a, { priority: priority("high") }), scored(b), scored(broken)];
  const followups = [
    followUp(a.id, day(2024, 5, 20)),
    followUp(a.id, day(2024, 6, 1) + 0.5),
    followUp(a.id, day(2024, 6, 16)), // after T
    followUp(broken.id, day(2024, 6, 1)),
  ];
  const config: EngineConfig = {
    ...DEFAULT_CONFIG,
    funnel: { ...DEFAULT_CONFIG.funnel, crossRows: "owner", crossColumns: "stage", trendMonths: 2 },
  };
  const summaries = summarize(list, followups, asOf, config);

  it("leaves rows with errors out of every summary", () => {
    expect(summaries.counts.priority).toEqual({ high: 1, medium: 0, low: 0, lost: 1 });
    expect(summaries.owners.map((row) => row.owner)).toEqual(["张三", "李四"]);
    expect(summaries.distributions.region.map((row) => row.key)).toEqual(["上海", "北京"]);
    expect(summaries.trend.reduce((n, m) => n + m.contacts, 0)).toBe(2);
  });

  it("counts follow-ups up to T only", () => {
    expect(summaries.owners[0].followUpsPerCustomer).toBe(2);
    expect(summaries.winCycle.averageFollowUpsBeforeWon).toBe(2);
    expect(summaries.winCycle.averageDaysToWin).toBe(31);
  });

  it("crosses the fields named in the configuration", () => {
    expect(summaries.cross.rowField).toBe("owner");
    expect(summaries.cross.columns.map((c) => c.key)).toEqual(["lost", "won"]);
  });

  it("trends over the configured number of months", () => {
    expect(summaries.trend).toEqual([
      { month: "2024-05", newCustomers: 1, won: 0, contacts: 1 },
      { month: "2024-06", newCustomers: 1, won: 1, contacts: 1 },
    ]);
  });
});
