import type { Bilingual } from "../../labels";
import type { OpportunityConfig } from "../types";
import type { ParamKind, ParameterSpec } from "../parameterTypes";
import { AMOUNT, DAYS_AT_LEAST_0, FACTOR_POINTS, FACTOR_POINTS_MAP, SCORE_0_100 } from "./kinds";

type Factor = keyof OpportunityConfig["weights"];

const FACTOR_NAMES: Readonly<Record<Factor, Bilingual>> = {
  amount: { zh: "预估采购金额", en: "est. purchase" },
  probability: { zh: "成交概率", en: "win probability" },
  strategic: { zh: "战略价值", en: "strategic value" },
  cost: { zh: "跟进成本", en: "follow-up cost" },
  payment: { zh: "回款周期", en: "payment cycle" },
};

const WEIGHT: ParamKind = { type: "percent", stored: "points" };

function weight(factor: Factor): ParameterSpec {
  const name = FACTOR_NAMES[factor];
  return {
    key: `opportunity.weights.${factor}`,
    group: "opportunity",
    label: { zh: `权重:${name.zh}(%)`, en: `Weight: ${name.en} (%)` },
    note: {
      zh: "填 30 表示 30%;五项权重合计须为 100",
      en: "30 means 30 %; the five weights must add up to 100",
    },
    kind: WEIGHT,
    path: ["opportunity", "weights", factor],
  };
}

/** Lower bounds for 5, 4, 3 and 2 points, in that order (below the last → 1 point). */
const BAND_SCORES = [5, 4, 3, 2] as const;

function bandBounds(
  field: "amountBands" | "probabilityBands",
  keyName: string,
  kind: ParamKind,
  name: Bilingual,
  unit: Bilingual,
): ParameterSpec[] {
  return BAND_SCORES.map((score, index) => ({
    key: `opportunity.${keyName}.${score}`,
    group: "opportunity",
    label: { zh: `${name.zh} ${score} 分:≥${unit.zh}`, en: `${name.en} ${score} points: ≥${unit.en}` },
    note: {
      zh: "含下限;5 分到 2 分的下限须逐级减小,低于 2 分下限或未填写得 1 分",
      en: "Inclusive; bounds must decrease from 5 to 2 points; below the 2-point bound or blank scores 1",
    },
    kind,
    path: ["opportunity", field, index],
  }));
}

function points(key: string, path: readonly string[], label: Bilingual, note: Bilingual): ParameterSpec {
  return { key, group: "opportunity", label, note, kind: FACTOR_POINTS, path: ["opportunity", ...path] };
}

const MAP_NOTE: Bilingual = {
  zh: "写作 标签=分数(1–5),用、分隔",
  en: "Written label=points (1–5), separated by 、 or commas",
};

export const OPPORTUNITY_PARAMETERS: readonly ParameterSpec[] = [
  ...(["amount", "probability", "strategic", "cost", "payment"] as const).map(weight),
  ...bandBounds(
    "amountBands",
    "amount",
    AMOUNT,
    { zh: "金额", en: "Amount" },
    { zh: "(万元)", en: " (10k CNY)" },
  ),
  ...bandBounds(
    "probabilityBands",
    "probability",
    { type: "percent", stored: "fraction" },
    { zh: "成交概率", en: "Win probability" },
    { zh: "(%)", en: " (%)" },
  ),
  {
    key: "opportunity.strategic",
    group: "opportunity",
    label: { zh: "战略价值:得分", en: "Strategic value: points" },
    note: MAP_NOTE,
    kind: FACTOR_POINTS_MAP,
    path: ["opportunity", "strategicPoints"],
  },
  points(
    "opportunity.strategic.otherwise",
    ["strategicOtherwise"],
    { zh: "战略价值 其他或未填写:得分", en: "Strategic value otherwise or blank: points" },
    { zh: "1–5 分", en: "1–5 points" },
  ),
  {
    key: "opportunity.cost",
    group: "opportunity",
    label: { zh: "跟进成本:得分", en: "Follow-up cost: points" },
    note: MAP_NOTE,
    kind: FACTOR_POINTS_MAP,
    path: ["opportunity", "costPoints"],
  },
  points(
    "opportunity.cost.blank",
    ["costBlank"],
    { zh: "跟进成本 未填写:得分", en: "Follow-up cost blank: points" },
    { zh: "1–5 分", en: "1–5 points" },
  ),
  {
    key: "opportunity.payment.fastDays",
    group: "opportunity",
    label: { zh: "回款快:≤ 天", en: "Fast payment: ≤ days" },
    note: { zh: "须小于「回款慢」天数", en: "Must be below the slow-payment days" },
    kind: DAYS_AT_LEAST_0,
    path: ["opportunity", "paymentFastDays"],
  },
  {
    key: "opportunity.payment.slowDays",
    group: "opportunity",
    label: { zh: "回款慢:> 天", en: "Slow payment: > days" },
    note: { zh: "介于两者之间或未填写为「中」", en: "In between, or blank, scores as medium" },
    kind: DAYS_AT_LEAST_0,
    path: ["opportunity", "paymentSlowDays"],
  },
  points(
    "opportunity.payment.fastPoints",
    ["paymentPoints", "fast"],
    { zh: "回款快:得分", en: "Fast payment: points" },
    { zh: "1–5 分", en: "1–5 points" },
  ),
  points(
    "opportunity.payment.midPoints",
    ["paymentPoints", "mid"],
    { zh: "回款中或未填写:得分", en: "Medium or blank payment: points" },
    { zh: "1–5 分", en: "1–5 points" },
  ),
  points(
    "opportunity.payment.slowPoints",
    ["paymentPoints", "slow"],
    { zh: "回款慢:得分", en: "Slow payment: points" },
    { zh: "1–5 分", en: "1–5 points" },
  ),
  {
    key: "opportunity.tiers.high",
    group: "opportunity",
    label: { zh: "高机会等级:得分 ≥", en: "Opportunity High: score ≥" },
    note: { zh: "0–100;须大于「中」", en: "0–100; must exceed Medium" },
    kind: SCORE_0_100,
    path: ["opportunity", "tiers", "high"],
  },
  {
    key: "opportunity.tiers.medium",
    group: "opportunity",
    label: { zh: "中机会等级:得分 ≥", en: "Opportunity Medium: score ≥" },
    note: { zh: "低于此分为「低」", en: "Below this the tier is Low" },
    kind: SCORE_0_100,
    path: ["opportunity", "tiers", "medium"],
  },
];
