/** Every heading and caption of the Funnel sheet, in both languages. */
import type { Bilingual, Lang } from "../../engine/labels";
import type { OutCell } from "../../workbook/port";

export const FUNNEL_TEXT = {
  title: { zh: "销售漏斗", en: "Sales funnel" },
  asOf: { zh: "截至", en: "as of" },
  period: { zh: "统计期间", en: "Period" },
  periodAll: { zh: "全部客户", en: "all customers" },
  periodMonth: { zh: "本月", en: "this month" },
  periodQuarter: { zh: "本季度", en: "this quarter" },
  periodTo: { zh: "至", en: "to" },
  periodBasis: { zh: "(按录入日期)", en: "(by Created On)" },
  scopeNote: {
    zh: "漏斗只计入统计期间内录入的客户;其余各表计入全部有效客户。有错误的行不计入任何统计。",
    en: "The funnel counts customers created in the period; the other tables count every valid customer. Rows with errors are counted nowhere.",
  },
  noData: { zh: "暂无数据", en: "No data" },

  keyFigures: { zh: "关键指标", en: "Key figures" },
  figure: { zh: "指标", en: "Measure" },
  count: { zh: "数量", en: "Count" },
  churnHigh: { zh: "流失预警: 高", en: "Churn risk: high" },
  churnMedium: { zh: "流失预警: 中", en: "Churn risk: medium" },
  overdueFollowUps: { zh: "跟进已逾期的客户", en: "Customers overdue for contact" },
  dueSoonFollowUps: { zh: "即将到期的客户", en: "Customers due for contact soon" },
  staleProfiles: { zh: "资料过期的客户", en: "Customers with stale profiles" },
  overdueActions: { zh: "逾期行动", en: "Overdue actions" },

  stages: { zh: "阶段漏斗", en: "Funnel by stage" },
  stage: { zh: "阶段", en: "Stage" },
  reached: { zh: "到达客户数", en: "Reached" },
  current: { zh: "当前客户数", en: "Currently in stage" },
  stepConversion: { zh: "阶段转化率 (k→k+1)", en: "Step conversion (k→k+1)" },
  cumulativeConversion: { zh: "累计转化率 (÷潜在客户)", en: "Cumulative conversion (÷ Leads)" },
  dropped: { zh: "流失客户数", en: "Dropped" },
  topLossReasons: { zh: "主要流失原因", en: "Top loss reasons" },
  funnelChart: { zh: "销售漏斗 (到达客户数)", en: "Sales funnel (customers reached)" },

  tiers: { zh: "客户等级分布", en: "Tiers" },
  tier: { zh: "等级", en: "Tier" },
  priorityCount: { zh: "优先级客户数", en: "Priority" },
  opportunityCount: { zh: "机会客户数", en: "Opportunity" },
  notScored: { zh: "流失客户 (不评分)", en: "Lost (not scored)" },

  segments: { zh: "价值分群", en: "Value segments" },
  segment: { zh: "价值分群", en: "Segment" },
  customers: { zh: "客户数", en: "Customers" },
  cutPoints: { zh: "分档标准", en: "Cut-points" },
  method: { zh: "分档方法", en: "Method" },
  fixed: { zh: "固定分档 (评分规则)", en: "fixed cut-points (Scoring rules)" },
  measure: { zh: "指标", en: "Measure" },
  recencyDays: { zh: "R 最近购买距今 (天)", en: "R days since last purchase" },
  purchaseCount: { zh: "F 购买次数", en: "F purchases" },
  revenue: { zh: "M 累计成交金额 (万元)", en: "M total revenue (10k CNY)" },
  scorePoints: { zh: "分", en: " pts" },

  owners: { zh: "负责人业绩", en: "By owner" },
  owner: { zh: "负责人", en: "Owner" },
  won: { zh: "成交", en: "Won" },
  lost: { zh: "流失", en: "Lost" },
  winRate: { zh: "赢单率", en: "Win rate" },
  revenueTotal: { zh: "累计成交金额(万元)", en: "Revenue (10k CNY)" },
  averageOrder: { zh: "客单价(万元)", en: "Avg order (10k CNY)" },
  repurchaseRate: { zh: "复购率", en: "Repurchase rate" },
  followUpsPerCustomer: { zh: "人均跟进次数", en: "Follow-ups per customer" },
  ownerChart: { zh: "负责人对比", en: "Owners compared" },

  share: { zh: "占比", en: "Share" },
  industryCategory: { zh: "行业 (大类)", en: "Industry (category)" },

  winCycle: { zh: "成交周期", en: "Winning" },
  averageDaysToWin: { zh: "平均成交周期 (录入→成交, 天)", en: "Average days to win (created → won)" },
  averageFollowUpsBeforeWon: { zh: "平均成交前跟进次数", en: "Average follow-ups before won" },
  value: { zh: "数值", en: "Value" },
  basedOn: { zh: "基于成交客户数", en: "Won customers counted" },

  cross: { zh: "交叉分析", en: "Cross analysis" },
  averageCycleDays: { zh: "平均成交周期(天)", en: "Average days to win" },

  trend: { zh: "月度趋势", en: "Monthly trend" },
  month: { zh: "月份", en: "Month" },
  newCustomers: { zh: "新增客户", en: "New customers" },
  wonCustomers: { zh: "成交客户", en: "Won" },
  contacts: { zh: "跟进次数", en: "Contacts" },
} satisfies Record<string, Bilingual>;

export type FunnelTextKey = keyof typeof FUNNEL_TEXT;

export function text(key: FunnelTextKey, lang: Lang): string {
  return FUNNEL_TEXT[key][lang];
}

/** 五分位 (基于 12 位有购买的客户) — how many customers the quintiles were taken over. */
export function quintileText(population: number, lang: Lang): string {
  return lang === "zh"
    ? `五分位 (基于 ${population} 位有购买的客户)`
    : `quintiles over ${population} customer${population === 1 ? "" : "s"} with a purchase`;
}

/** 客户分布: 区域 / Customers by Region. */
export function distributionTitle(fieldLabel: string, lang: Lang): string {
  return lang === "zh" ? `客户分布: ${fieldLabel}` : `Customers by ${fieldLabel}`;
}

export function heading(title: string): OutCell[] {
  return [{ value: title, style: "title" }];
}

export function headerRow(headers: readonly string[]): OutCell[] {
  return headers.map((header) => ({ value: header, style: "header" }));
}

export function noDataRow(lang: Lang): OutCell[] {
  return [{ value: text("noData", lang), style: "note" }];
}

/** A note under the segment table when rule order makes some segments unreachable. */
export function shadowedText(segments: readonly string[], lang: Lang): string {
  return lang === "zh"
    ? `注:分群按顺序取首个匹配,「${segments.join("、")}」的范围已被前面的规则覆盖,不会出现;如需使用,请在评分规则中调整范围。`
    : `Note: segments take the first matching rule; ${segments.join(", ")} are covered by earlier rules and never occur — adjust their ranges in Scoring Rules to use them.`;
}
