import type { Bilingual } from "../../labels";
import { LEDGER_FIELDS } from "../../schema/fields";
import type { ChurnConfig } from "../types";
import type { ChoiceOption, ParamKind, ParameterSpec } from "../parameterTypes";
import { COUNT_AT_LEAST_1, DAYS_AT_LEAST_1 } from "./kinds";

function churn(field: keyof ChurnConfig, kind: ParamKind, label: Bilingual, note: Bilingual): ParameterSpec {
  return { key: `churn.${field}`, group: "churn", label, note, kind, path: ["churn", field] };
}

/** Ledger columns a cross table can group by: the categorical ones. */
const CROSS_FIELDS = [
  "region",
  "size",
  "industry",
  "stage",
  "owner",
  "source",
  "priorityClass",
  "strategicValue",
  "followUpCost",
  "urgency",
  "lifecycle",
] as const;

const CROSS_OPTIONS: readonly ChoiceOption[] = CROSS_FIELDS.map((key) => {
  const field = LEDGER_FIELDS.find((def) => def.key === key);
  return { value: key, label: { zh: field?.zh ?? key, en: field?.en ?? key } };
});

const CROSS_NOTE: Bilingual = {
  zh: "交叉表的维度,填台账列名,如 区域、企业规模;行与列须不同",
  en: "A dimension of the cross table: a ledger column such as Region or Company Size; rows and columns must differ",
};

export const CHURN_FUNNEL_PARAMETERS: readonly ParameterSpec[] = [
  churn(
    "purchaseGapDays",
    DAYS_AT_LEAST_1,
    { zh: "久未购买:超过(天)", en: "No recent purchase: over (days)" },
    { zh: "距最近购买日期超过此天数记一个信号", en: "Days since Last Purchase above this is a signal" },
  ),
  churn(
    "purchaseGapMinPurchases",
    COUNT_AT_LEAST_1,
    { zh: "久未购买:仅限购买次数 ≥", en: "No recent purchase: only with purchases ≥" },
    { zh: "只对购买过这么多次的客户判断", en: "Only customers with at least this many purchases" },
  ),
  churn(
    "wonContactGapDays",
    DAYS_AT_LEAST_1,
    { zh: "成交客户久未跟进:超过(天)", en: "Won customer not contacted: over (days)" },
    { zh: "距最近跟进超过此天数记一个信号", en: "Days since last contact above this is a signal" },
  ),
  churn(
    "satisfactionAtMost",
    { type: "number", min: 1, max: 5 },
    { zh: "满意度低:≤", en: "Low satisfaction: ≤" },
    { zh: "满意度 1–5", en: "Satisfaction 1–5" },
  ),
  churn(
    "complaintsAtLeast",
    COUNT_AT_LEAST_1,
    { zh: "投诉多:次数 ≥", en: "Repeated complaints: ≥" },
    { zh: "投诉次数", en: "Complaint count" },
  ),
  churn(
    "highSignals",
    { type: "integer", min: 1, max: 4 },
    { zh: "高流失风险:信号数 ≥", en: "Churn risk High: signals ≥" },
    {
      zh: "共四种信号;少于此数但至少一个为「中」",
      en: "Four signals in all; fewer but at least one is Medium",
    },
  ),
  {
    key: "funnel.period",
    group: "funnel",
    label: { zh: "漏斗统计期间", en: "Funnel period" },
    note: {
      zh: "按录入日期筛选:全部、T 所在月或 T 所在季度",
      en: "By Created On: all, the month of T or the quarter of T",
    },
    kind: {
      type: "choice",
      options: [
        { value: "all", label: { zh: "全部", en: "All" } },
        { value: "month", label: { zh: "本月", en: "Month" } },
        { value: "quarter", label: { zh: "本季度", en: "Quarter" } },
      ],
    },
    path: ["funnel", "period"],
  },
  {
    key: "funnel.crossRows",
    group: "funnel",
    label: { zh: "交叉表:行", en: "Cross table: rows" },
    note: CROSS_NOTE,
    kind: { type: "choice", options: CROSS_OPTIONS },
    path: ["funnel", "crossRows"],
  },
  {
    key: "funnel.crossColumns",
    group: "funnel",
    label: { zh: "交叉表:列", en: "Cross table: columns" },
    note: CROSS_NOTE,
    kind: { type: "choice", options: CROSS_OPTIONS },
    path: ["funnel", "crossColumns"],
  },
  {
    key: "funnel.trendMonths",
    group: "funnel",
    label: { zh: "月度趋势:月数", en: "Monthly trend: months" },
    note: { zh: "截至 T 所在月", en: "Up to the month of T" },
    kind: COUNT_AT_LEAST_1,
    path: ["funnel", "trendMonths"],
  },
  {
    key: "funnel.topLossReasons",
    group: "funnel",
    label: { zh: "每阶段显示流失原因数", en: "Loss reasons shown per stage" },
    note: { zh: "按出现次数取前几个", en: "The most frequent ones" },
    kind: COUNT_AT_LEAST_1,
    path: ["funnel", "topLossReasons"],
  },
];
