import { STAGE_LABELS } from "../config/stages";
import type { FieldDef } from "../schema/fields";
import type { Bilingual } from "./messages";

const FORMS: Readonly<Partial<Record<FieldDef["type"], Bilingual>>> = {
  integer: { zh: "不小于 0 的整数,如 12", en: "a whole number of 0 or more, e.g. 12" },
  amount: { zh: "金额(万元),如 50、50万、1.2亿", en: "an amount in 10k CNY, e.g. 50, 50万 or 1.2亿" },
  percent: { zh: "介于 0–100% 的比例,如 60% 或 0.6", en: "a share between 0 and 100 %, e.g. 60% or 0.6" },
  date: { zh: "2024-03-15", en: "2024-03-15" },
  datetime: { zh: "2024-03-15 14:30", en: "2024-03-15 14:30" },
  satisfaction: { zh: "介于 1 到 5 的分值,如 4", en: "a score from 1 to 5, e.g. 4" },
};

const STAGE_OPTIONS: Bilingual = {
  zh: Object.values(STAGE_LABELS)
    .map((label) => label.zh)
    .join("/"),
  en: Object.values(STAGE_LABELS)
    .map((label) => label.en)
    .join(" / "),
};

/** What a cell of this field should look like, for "please write …" messages. */
export function expectedForm(field: FieldDef, options: readonly string[] | undefined): Bilingual {
  if (field.type === "stage") return STAGE_OPTIONS;
  if (options !== undefined) return { zh: options.join("/"), en: options.join(" / ") };
  return FORMS[field.type] ?? { zh: "有效内容", en: "a valid value" };
}
