import type { Bilingual } from "../../labels";
import type { CadenceConfig, RecommendationConfig } from "../types";
import type { ParamKind, ParameterSpec } from "../parameterTypes";
import { DAYS_AT_LEAST_0, DAYS_AT_LEAST_1, TEXT } from "./kinds";

const DAYS_NOTE: Bilingual = { zh: "天", en: "Days" };

function cadence(
  field: keyof CadenceConfig,
  label: Bilingual,
  note: Bilingual = DAYS_NOTE,
  kind: ParamKind = DAYS_AT_LEAST_1,
): ParameterSpec {
  return { key: `cadence.${field}`, group: "cadence", label, note, kind, path: ["cadence", field] };
}

function recommendation(field: keyof RecommendationConfig, label: Bilingual): ParameterSpec {
  return {
    key: `recommendations.${field}`,
    group: "recommendations",
    label,
    note: { zh: "显示在「建议下一步」列的文字", en: "Text shown in the Recommended Step column" },
    kind: TEXT,
    path: ["recommendations", field],
  };
}

export const FOLLOW_UP_PARAMETERS: readonly ParameterSpec[] = [
  cadence("high", { zh: "高优先级:跟进间隔(天)", en: "Priority High: contact every (days)" }),
  cadence("medium", { zh: "中优先级:跟进间隔(天)", en: "Priority Medium: contact every (days)" }),
  cadence("low", { zh: "低优先级:跟进间隔(天)", en: "Priority Low: contact every (days)" }),
  cadence(
    "aClassMax",
    { zh: "A 类客户:跟进间隔最长(天)", en: "A-class: contact at least every (days)" },
    {
      zh: "需求等级为 A 的客户,间隔不超过此天数",
      en: "Priority class A customers never wait longer than this",
    },
  ),
  cadence(
    "dueSoonDays",
    { zh: "即将到期提醒(天)", en: "Due-soon warning (days)" },
    {
      zh: "距下次跟进截止不超过此天数时显示「即将到期」",
      en: "Shown as Due soon when the due date is this close",
    },
    DAYS_AT_LEAST_0,
  ),
  cadence(
    "staleDays",
    { zh: "资料过期(天)", en: "Profile stale after (days)" },
    {
      zh: "资料更新日期(否则录入日期)早于此天数即过期",
      en: "Profile Updated On (else Created On) older than this",
    },
  ),
  cadence("staleDaysAClass", { zh: "A 类客户资料过期(天)", en: "A-class profile stale after (days)" }),
  cadence("staleDaysWon", { zh: "成交客户资料过期(天)", en: "Won customer profile stale after (days)" }),
  recommendation("high", { zh: "建议:高优先级", en: "Step for priority High" }),
  recommendation("medium", { zh: "建议:中优先级", en: "Step for priority Medium" }),
  recommendation("low", { zh: "建议:低优先级", en: "Step for priority Low" }),
  recommendation("prospect", { zh: "建议:意向客户", en: "Step for Prospect stage" }),
  recommendation("opportunity", { zh: "建议:商机客户", en: "Step for Opportunity stage" }),
  recommendation("negotiation", { zh: "建议:谈判阶段", en: "Step for Negotiation stage" }),
];
