import type { EngineConfig } from "./types";

/** The defaults of SPEC sections 3–8; a `评分规则` sheet overrides any of them. */
export const DEFAULT_CONFIG: EngineConfig = {
  placeholders: ["待确认", "待定", "未知", "TBD", "N/A", "-"],
  idPattern: "^[A-Z]{2}-[A-Z]{2}-[A-Z]{2}-\\d{3,}$",
  priority: {
    recency: [
      { months: 3, points: 30 },
      { months: 6, points: 20 },
    ],
    recencyOtherwise: 10,
    frequencyWindowMonths: 3,
    frequency: [
      { min: 3, points: 30 },
      { min: 1, points: 20 },
    ],
    frequencyOtherwise: 10,
    monetary: [
      { min: 50, points: 30 },
      { min: 20, points: 20 },
    ],
    monetaryOtherwise: 10,
    strategic: { 行业标杆: 10, 区域龙头: 5 },
    strategicOtherwise: 0,
    tiers: { high: 80, medium: 60 },
  },
  icp: { industries: [], employees: null, revenue: null, regions: [] },
  cadence: {
    high: 7,
    medium: 14,
    low: 30,
    aClassMax: 7,
    dueSoonDays: 2,
    staleDays: 30,
    staleDaysAClass: 14,
    staleDaysWon: 90,
  },
  recommendations: {
    high: "资深客户经理主导,每周跟进,提供定制化方案",
    medium: "销售代表跟进,每两周一次,提供标准资料与案例",
    low: "纳入培育池,每月推送行业资讯",
    prospect: "发送白皮书并邀请参加线上研讨会",
    opportunity: "安排现场技术调研,输出需求匹配报告",
    negotiation: "提供基础版/标准版/定制版三套方案并说明差异化优势",
  },
  opportunity: {
    weights: { amount: 30, probability: 25, strategic: 20, cost: 15, payment: 10 },
    amountBands: [100, 50, 10, 5],
    probabilityBands: [0.8, 0.6, 0.4, 0.2],
    strategicPoints: { 行业标杆: 5, 潜力行业: 3, 区域龙头: 3, 普通: 1 },
    strategicOtherwise: 1,
    costPoints: { 低: 5, 中: 3, 高: 1 },
    costBlank: 3,
    paymentFastDays: 30,
    paymentSlowDays: 60,
    paymentPoints: { fast: 5, mid: 3, slow: 1 },
    tiers: { high: 80, medium: 60 },
  },
  segments: {
    method: "quintile",
    fixedR: [30, 60, 120, 240],
    fixedF: [2, 3, 5, 8],
    fixedM: [10, 50, 100, 300],
    rules: [
      { key: "champions", r: [4, 5], f: [4, 5], m: [4, 5] },
      { key: "loyal", r: [2, 5], f: [3, 5], m: [3, 5] },
      { key: "potential", r: [3, 5], f: [1, 3], m: [1, 3] },
      { key: "new", r: [4, 5], f: [1, 1], m: [1, 1] },
      { key: "promising", r: [3, 4], f: [1, 1], m: [1, 1] },
      { key: "need_attention", r: [2, 3], f: [2, 3], m: [2, 3] },
      { key: "about_to_sleep", r: [2, 3], f: [1, 2], m: [1, 2] },
      { key: "at_risk", r: [1, 2], f: [2, 5], m: [2, 5] },
      { key: "cant_lose", r: [1, 1], f: [4, 5], m: [4, 5] },
      { key: "lost", r: [1, 2], f: [1, 2], m: [1, 2] },
    ],
  },
  churn: {
    purchaseGapDays: 90,
    purchaseGapMinPurchases: 2,
    wonContactGapDays: 60,
    satisfactionAtMost: 3,
    complaintsAtLeast: 2,
    highSignals: 2,
  },
  funnel: { period: "all", crossRows: "region", crossColumns: "size", trendMonths: 12, topLossReasons: 3 },
  codes: {
    industry: {
      医疗: "YL",
      制造业: "ZZ",
      零售业: "LS",
      金融: "JR",
      教育: "JY",
      互联网: "HL",
      物流: "WL",
      能源: "NY",
      建筑: "JZ",
      政府: "ZF",
    },
    size: { 大型: "DX", 中型: "ZY", 小型: "XX", 个体: "GT" },
    stage: {
      潜在客户: "QZ",
      意向客户: "YX",
      商机客户: "SJ",
      谈判阶段: "TP",
      成交客户: "CJ",
      流失客户: "LS",
    },
    lists: {
      size: ["大型", "中型", "小型", "个体"],
      stage: ["潜在客户", "意向客户", "商机客户", "谈判阶段", "成交客户", "流失客户"],
      priorityClass: ["A", "B", "C"],
      strategicValue: ["行业标杆", "区域龙头", "潜力行业", "普通"],
      followUpCost: ["低", "中", "高"],
      urgency: ["高", "中", "低"],
      lifecycle: ["成长期", "稳定期", "衰退期"],
      method: ["电话", "拜访", "面谈", "邮件", "行业活动", "微信"],
      status: ["进行中", "已完成", "已延期"],
    },
  },
};

/** The recommended-step texts for English workbooks (the rest of the defaults are language-free). */
export const DEFAULT_RECOMMENDATIONS_EN: EngineConfig["recommendations"] = {
  high: "Senior account manager leads; weekly contact; tailored proposal",
  medium: "Sales rep follows up every two weeks with standard material and case studies",
  low: "Nurture pool; monthly industry news",
  prospect: "Send the white paper and invite to a webinar",
  opportunity: "Arrange an on-site technical survey and a needs-fit report",
  negotiation: "Offer three options (basic / standard / custom) with their differentiators",
};

/** Defaults in the workbook's language. */
export function defaultConfigFor(lang: "zh" | "en"): EngineConfig {
  return lang === "en" ? { ...DEFAULT_CONFIG, recommendations: DEFAULT_RECOMMENDATIONS_EN } : DEFAULT_CONFIG;
}
