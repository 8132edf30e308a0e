import fc from "fast-check";
import type { Stage } from "../../../src/engine/config/stages";
import { buildFunnel, type DistributionRow, type OwnerRow } from "../../../src/engine/funnel";
import type { CustomerRecord } from "../../../src/engine/schema/records";
import { renderFunnelSheet } from "../../../src/refresh/render/funnelSheet";
import type { ChartSpec, OutCell, OwnedSheet, RangeRef } from "../../../src/workbook/port";
import { AS_OF, displayed, isRich, makeFunnelInput, makeRecord, makeSummaries, valueOf } from "./factories";
import { cellsUnderCharts, overlappingCharts } from "./overlap";

/** 1-based sheet row of the first row whose first cell shows `label`. */
function rowOf(sheet: OwnedSheet, label: string): number {
  const index = sheet.rows.findIndex((row) => valueOf(row[0]) === label);
  if (index === -1) throw new Error(`no row starting with ${label}`);
  return index + 1;
}

function at(sheet: OwnedSheet, row: number, column: number): OutCell | undefined {
  return sheet.rows[row - 1]?.[column];
}

/** The cells a chart range points at. */
function cellsOf(sheet: OwnedSheet, range: RangeRef): (OutCell | undefined)[] {
  return Array.from({ length: range.lastRow - range.firstRow + 1 }, (_, i) =>
    at(sheet, range.firstRow + i, range.column),
  );
}

function chart(sheet: OwnedSheet, kind: ChartSpec["kind"], index = 0): ChartSpec {
  const found = (sheet.charts ?? []).filter((c) => c.kind === kind)[index];
  if (found === undefined) throw new Error(`no ${kind} chart`);
  return found;
}

/** The seed 002 funnel: 100 leads, 60 prospects, 30 opportunities, 15 in negotiation, 5 won. */
function seed002Records(): CustomerRecord[] {
  const ended: [Stage, number, Stage | null, string | null][] = [
    ["lead", 30, null, null],
    ["lost", 10, "lead", null],
    ["prospect", 10, null, null],
    ["lost", 10, "prospect", "需求不明确"],
    ["lost", 10, "prospect", "预算不足"],
    ["opportunity", 5, null, null],
    ["lost", 10, "opportunity", "方案未通过评审"],
    ["negotiation", 10, null, null],
    ["won", 5, null, null],
  ];
  let index = 0;
  return ended.flatMap(([stage, count, stageBeforeLoss, lossReason]) =>
    Array.from({ length: count }, () => makeRecord({ index: index++, stage, stageBeforeLoss, lossReason })),
  );
}

describe("renderFunnelSheet: the stage table", () => {
  const funnel = buildFunnel(seed002Records(), AS_OF, makeFunnelInput().config.funnel);
  const sheet = renderFunnelSheet(makeFunnelInput({ funnel }), "zh");
  const header = rowOf(sheet, "阶段");
  const headers = sheet.rows[header - 1].map(valueOf);
  const column = (name: string) => headers.indexOf(name);
  const columnValues = (name: string) =>
    [1, 2, 3, 4, 5].map((offset) => displayed(at(sheet, header + offset, column(name))));

  it("shows the seed's step conversions 60 %, 50 %, 50 %, 33.3 %, labelled as step conversion", () => {
    expect(column("阶段转化率 (k→k+1)")).toBeGreaterThan(0);
    expect(columnValues("阶段转化率 (k→k+1)")).toEqual(["60.0%", "50.0%", "50.0%", "33.3%", ""]);
  });

  it("shows the cumulative conversion beside it, labelled as such", () => {
    expect(columnValues("累计转化率 (÷潜在客户)")).toEqual(["100.0%", "60.0%", "30.0%", "15.0%", "5.0%"]);
    const percent = at(sheet, header + 2, column("累计转化率 (÷潜在客户)"));
    expect(isRich(percent) && percent.format).toBe("0.0%");
  });

  it("lists stages, reached, current, dropped and the top loss reasons", () => {
    expect([1, 2, 3, 4, 5].map((offset) => valueOf(at(sheet, header + offset, 0)))).toEqual([
      "潜在客户",
      "意向客户",
      "商机客户",
      "谈判阶段",
      "成交客户",
    ]);
    expect(columnValues("到达客户数")).toEqual(["100", "60", "30", "15", "5"]);
    expect(columnValues("流失客户数")).toEqual(["10", "20", "10", "0", "0"]);
    expect(columnValues("主要流失原因")).toEqual([
      "(未填写) (10)",
      "需求不明确 (10)、预算不足 (10)",
      "方案未通过评审 (10)",
      "",
      "",
    ]);
  });

  it("draws the funnel from the stage names and the reached counts", () => {
    const funnelChart = chart(sheet, "funnel");
    expect(cellsOf(sheet, funnelChart.categories).map(valueOf)).toEqual([
      "潜在客户",
      "意向客户",
      "商机客户",
      "谈判阶段",
      "成交客户",
    ]);
    expect(funnelChart.series).toHaveLength(1);
    expect(cellsOf(sheet, funnelChart.series[0].values).map(valueOf)).toEqual([100, 60, 30, 15, 5]);
    expect(funnelChart.anchor.row).toBe(header - 1);
  });

  it("has English headers", () => {
    const en = renderFunnelSheet(makeFunnelInput({ funnel }), "en");
    const enHeader = en.rows[rowOf(en, "Stage") - 1].map(valueOf);
    expect(enHeader).toContain("Step conversion (k→k+1)");
    expect(enHeader).toContain("Cumulative conversion (÷ Leads)");
  });
});

describe("renderFunnelSheet: the rest of the dashboard", () => {
  const sheet = renderFunnelSheet(makeFunnelInput(), "zh");

  it("starts with a title carrying the as-of date and the period", () => {
    expect(sheet.name).toBe("销售漏斗");
    expect(valueOf(sheet.rows[0][0])).toBe("销售漏斗 · 截至 2026-05-31");
    expect(valueOf(sheet.rows[1][0])).toBe("统计期间: 全部客户");
    const quarter = makeFunnelInput({
      config: {
        ...makeFunnelInput().config,
        funnel: { ...makeFunnelInput().config.funnel, period: "quarter" },
      },
    });
    expect(valueOf(renderFunnelSheet(quarter, "zh").rows[1][0])).toBe(
      "统计期间: 本季度 2026-04-01 至 2026-06-30 (按录入日期)",
    );
    const month = makeFunnelInput({
      config: { ...quarter.config, funnel: { ...quarter.config.funnel, period: "month" } },
    });
    expect(valueOf(renderFunnelSheet(month, "en").rows[1][0])).toBe(
      "Period: this month 2026-05-01 to 2026-05-31 (by Created On)",
    );
  });

  it("opens with the key figures: churn, overdue, due soon, stale, overdue actions", () => {
    const header = rowOf(sheet, "指标");
    expect(sheet.rows.slice(header, header + 6).map((row) => row.map(valueOf))).toEqual([
      ["流失预警: 高", 0],
      ["流失预警: 中", 1],
      ["跟进已逾期的客户", 2],
      ["即将到期的客户", 1],
      ["资料过期的客户", 0],
      ["逾期行动", 3],
    ]);
    expect(header).toBeLessThan(rowOf(sheet, "阶段"));
  });

  it("counts tiers and draws them as columns, priority and opportunity", () => {
    const header = rowOf(sheet, "等级");
    expect([1, 2, 3, 4].map((i) => sheet.rows[header - 1 + i].map(valueOf))).toEqual([
      ["高", 1, 1],
      ["中", 2, 1],
      ["低", 3, 0],
      ["流失客户 (不评分)", 1, null],
    ]);
    const tiers = chart(sheet, "column", 0);
    expect(cellsOf(sheet, tiers.categories).map(valueOf)).toEqual(["高", "中", "低"]);
    expect(tiers.series.map((s) => s.name)).toEqual(["优先级客户数", "机会客户数"]);
    expect(cellsOf(sheet, tiers.series[1].values).map(valueOf)).toEqual([1, 1, 0]);
  });

  it("counts segments and shows the cut-points and method used", () => {
    expect(sheet.rows[rowOf(sheet, "重要价值") - 1].map(valueOf)).toEqual(["重要价值", 1]);
    expect(sheet.rows[rowOf(sheet, "其他") - 1].map(valueOf)).toEqual(["其他", 0]);
    expect(sheet.rows[rowOf(sheet, "分档方法") - 1].map(valueOf)).toEqual([
      "分档方法",
      "五分位 (基于 12 位有购买的客户)",
    ]);
    expect(sheet.rows[rowOf(sheet, "R 最近购买距今 (天)") - 1]).toEqual([
      "R 最近购买距今 (天)",
      "≤ 30",
      "≤ 60",
      "≤ 120",
      "≤ 240",
      "> 240",
    ]);
    expect(sheet.rows[rowOf(sheet, "F 购买次数") - 1]).toEqual([
      "F 购买次数",
      "≥ 8",
      "≥ 5",
      "≥ 3",
      "≥ 2",
      "< 2",
    ]);
    expect(sheet.rows[rowOf(sheet, "M 累计成交金额 (万元)") - 1]).toEqual([
      "M 累计成交金额 (万元)",
      "≥ 300",
      "≥ 100",
      "≥ 50",
      "≥ 10",
      "< 10",
    ]);
    const fixed = renderFunnelSheet(
      makeFunnelInput({ cutPoints: { method: "fixed", r: [], f: [], m: [1.234, 2, 3, 4.5], population: 0 } }),
      "en",
    );
    expect(fixed.rows[rowOf(fixed, "Method") - 1].map(valueOf)).toEqual([
      "Method",
      "fixed cut-points (Scoring rules)",
    ]);
    expect(fixed.rows[rowOf(fixed, "F purchases") - 1]).toEqual([
      "F purchases",
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(fixed.rows[rowOf(fixed, "M total revenue (10k CNY)") - 1].slice(1)).toEqual([
      "≥ 4.5",
      "≥ 3",
      "≥ 2",
      "≥ 1.23",
      "< 1.23",
    ]);
  });

  it("has a per-owner table with blank owners labelled, and a chart of customers and won", () => {
    const header = rowOf(sheet, "负责人");
    expect(sheet.rows[header].map(displayed)).toEqual([
      "张三",
      "4",
      "1",
      "1",
      "50.0%",
      "120",
      "40",
      "50.0%",
      "2.5",
      "3",
    ]);
    expect(sheet.rows[header + 1].map(valueOf).slice(0, 5)).toEqual(["(未填写)", 2, 0, 0, null]);
    const owners = chart(sheet, "column", 1);
    expect(cellsOf(sheet, owners.categories).map(valueOf)).toEqual(["张三", "(未填写)"]);
    expect(owners.series.map((s) => s.name)).toEqual(["客户数", "成交"]);
    expect(cellsOf(sheet, owners.series[1].values).map(valueOf)).toEqual([1, 0]);
    const en = renderFunnelSheet(makeFunnelInput(), "en");
    expect(valueOf(en.rows[rowOf(en, "Owner") + 1][0])).toBe("(blank)");
  });

  it("shows distributions by industry, region and size with shares", () => {
    const region = rowOf(sheet, "区域");
    expect(sheet.rows[region].map(displayed)).toEqual(["上海", "4", "66.7%", "1", "120"]);
    expect(sheet.rows[region + 1].map(displayed)).toEqual(["(未填写)", "2", "33.3%", "0", "0"]);
    expect(rowOf(sheet, "客户分布: 区域")).toBe(region - 1);
    expect(valueOf(sheet.rows[rowOf(sheet, "行业 (大类)")][0])).toBe("医疗");
    expect(valueOf(sheet.rows[rowOf(sheet, "企业规模")][0])).toBe("中型");
  });

  it("shows the average days to win and follow-ups before won, with how many they are over", () => {
    expect(sheet.rows[rowOf(sheet, "平均成交周期 (录入→成交, 天)") - 1].map(displayed)).toEqual([
      "平均成交周期 (录入→成交, 天)",
      "45.0",
      "1",
    ]);
    expect(sheet.rows[rowOf(sheet, "平均成交前跟进次数") - 1].map(displayed)).toEqual([
      "平均成交前跟进次数",
      "6.0",
      "1",
    ]);
  });

  it("shows the cross table as three matrices, stage keys by their names", () => {
    expect(rowOf(sheet, "交叉分析: 区域 × 企业规模")).toBeLessThan(rowOf(sheet, "客户数: 区域 \\ 企业规模"));
    expect(sheet.rows[rowOf(sheet, "客户数: 区域 \\ 企业规模") - 1].map(valueOf)).toEqual([
      "客户数: 区域 \\ 企业规模",
      "中型",
    ]);
    expect(sheet.rows[rowOf(sheet, "赢单率: 区域 \\ 企业规模")].map(displayed)).toEqual(["上海", "50.0%"]);
    expect(sheet.rows[rowOf(sheet, "平均成交周期(天): 区域 \\ 企业规模")].map(displayed)).toEqual([
      "上海",
      "45.0",
    ]);
    const byStage = makeSummaries({
      cross: {
        rowField: "stage",
        columnField: "source",
        rows: [{ key: "won", count: 1 }],
        columns: [{ key: "", count: 1 }],
        cells: [[{ customers: 1, winRate: 1, averageCycleDays: null }]],
      },
    });
    const staged = renderFunnelSheet(makeFunnelInput({ summaries: byStage }), "zh");
    const header = rowOf(staged, "客户数: 客户阶段 \\ 信息来源");
    expect(staged.rows[header - 1].map(valueOf)).toEqual(["客户数: 客户阶段 \\ 信息来源", "(未填写)"]);
    expect(staged.rows[header].map(valueOf)).toEqual(["成交客户", 1]);
  });

  it("shows the monthly trend and draws new, won and contacts as lines", () => {
    const header = rowOf(sheet, "月份");
    expect(sheet.rows[header].map(valueOf)).toEqual(["2026-04", 2, 0, 5]);
    const trend = chart(sheet, "line");
    expect(cellsOf(sheet, trend.categories).map(valueOf)).toEqual(["2026-04", "2026-05"]);
    expect(trend.series.map((s) => s.name)).toEqual(["新增客户", "成交客户", "跟进次数"]);
    expect(cellsOf(sheet, trend.series[2].values).map(valueOf)).toEqual([5, 7]);
  });

  it("has four charts, widths for every column, and no chart over a table", () => {
    expect((sheet.charts ?? []).map((c) => c.kind)).toEqual(["funnel", "column", "column", "line"]);
    const widest = Math.max(...sheet.rows.map((row) => row.length));
    expect(sheet.columnWidths).toHaveLength(widest);
    expect(cellsUnderCharts(sheet.rows, sheet.charts ?? [])).toEqual([]);
  });

  it("keeps formula-looking keys as plain strings", () => {
    const summaries = makeSummaries({
      distributions: { industry: [], region: [{ key: "=1+1", customers: 1, won: 0, revenue: 0 }], size: [] },
    });
    const rendered = renderFunnelSheet(makeFunnelInput({ summaries }), "zh");
    expect(rendered.rows[rowOf(rendered, "=1+1") - 1][0]).toBe("=1+1");
  });

  it("says 暂无数据 for an empty table and draws no chart of nothing", () => {
    const empty = makeSummaries({
      owners: [],
      trend: [],
      cross: { rowField: "region", columnField: "size", rows: [], columns: [], cells: [] },
    });
    const rendered = renderFunnelSheet(makeFunnelInput({ summaries: empty }), "zh");
    expect(valueOf(rendered.rows[rowOf(rendered, "负责人")][0])).toBe("暂无数据");
    expect(valueOf(rendered.rows[rowOf(rendered, "月份")][0])).toBe("暂无数据");
    expect((rendered.charts ?? []).map((c) => c.kind)).toEqual(["funnel", "column"]);
  });
});

describe("renderFunnelSheet: chart placement (property)", () => {
  const key = fc.string({ maxLength: 4 });
  const owner = key.map((name): OwnerRow => ({
    owner: name,
    customers: 1,
    won: 0,
    lost: 0,
    winRate: null,
    revenue: 0,
    averageOrderValue: null,
    repurchaseRate: null,
    followUpsPerCustomer: 0,
    overdueActions: 0,
  }));
  const distribution = fc.array(
    key.map((k): DistributionRow => ({ key: k, customers: 1, won: 0, revenue: 0 })),
    { maxLength: 25 },
  );

  it("never puts a chart over a table or another chart, whatever the sizes", () => {
    fc.assert(
      fc.property(
        fc.array(owner, { maxLength: 30 }),
        distribution,
        distribution,
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 36 }),
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom("zh" as const, "en" as const),
        (owners, region, size, crossRows, crossColumns, months, reasons, lang) => {
          const base = makeSummaries();
          const summaries = makeSummaries({
            owners,
            distributions: { industry: base.distributions.industry, region, size },
            cross: {
              rowField: "region",
              columnField: "size",
              rows: Array.from({ length: crossRows }, (_, i) => ({ key: `r${i}`, count: 1 })),
              columns: Array.from({ length: crossColumns }, (_, i) => ({ key: `c${i}`, count: 1 })),
              cells: Array.from({ length: crossRows }, () =>
                Array.from({ length: crossColumns }, () => ({
                  customers: 1,
                  winRate: null,
                  averageCycleDays: null,
                })),
              ),
            },
            trend: Array.from({ length: months }, (_, i) => ({
              month: `m${i}`,
              newCustomers: i,
              won: 0,
              contacts: 1,
            })),
          });
          const funnel = makeFunnelInput().funnel.map((row) => ({
            ...row,
            lossReasons: Array.from({ length: reasons }, (_, i) => ({ reason: `reason ${i}`, count: 1 })),
          }));
          const sheet = renderFunnelSheet(makeFunnelInput({ summaries, funnel }), lang);
          const charts = sheet.charts ?? [];
          expect(cellsUnderCharts(sheet.rows, charts)).toEqual([]);
          expect(overlappingCharts(charts)).toEqual([]);
          for (const c of charts) {
            expect(cellsOf(sheet, c.categories).every((cell) => cell !== undefined && cell !== null)).toBe(
              true,
            );
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
