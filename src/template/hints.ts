import type { FieldDef, FieldType } from "../engine/schema/fields";
import type { Bilingual, TemplateLang } from "./lang";

/**
 * The input message Excel shows when a cell is selected: how to type this column. Kept short;
 * Excel cuts titles at 32 and messages at 255 characters.
 */
export interface InputHint {
  readonly title: string;
  readonly prompt: string;
}

const BY_TYPE: Partial<Record<FieldType, Bilingual>> = {
  id: {
    zh: "行业代码-规模代码-阶段代码-序号,如 YL-ZY-YX-001。代码见「代码表」。",
    en: "Industry-Size-Stage-Number, e.g. YL-ZY-YX-001. The codes are on the Codes sheet.",
  },
  industry: { zh: "写成 大类-细分,如 制造业-汽车零部件。", en: "Sector-Subsector, e.g. 制造业-汽车零部件." },
  enum: {
    zh: "从下拉列表中选择;选项在「代码表」中维护。",
    en: "Pick from the list; the options live on the Codes sheet.",
  },
  stage: {
    zh: "从下拉列表中选择;选项在「代码表」中维护。",
    en: "Pick from the list; the options live on the Codes sheet.",
  },
  amount: {
    zh: "金额单位:万元。50 即 50 万元;也可写 50万、¥1,200,000、1.2亿。",
    en: "Amounts in 10k CNY (万元): 50 means 500,000 CNY. 50万, ¥1,200,000 and 1.2亿 work too.",
  },
  percent: { zh: "填百分比,如 60%。", en: "A percentage, e.g. 60%." },
  date: { zh: "日期写成 2024-03-15。", en: "Write dates as 2024-03-15." },
  datetime: {
    zh: "写成 2024-03-15 14:30(时间可省略)。",
    en: "Write 2024-03-15 14:30 (the time is optional).",
  },
  integer: { zh: "填整数。", en: "A whole number." },
  phone: {
    zh: "手机 13812345678 或座机 0512-66881234。",
    en: "Mobile 13812345678 or landline 0512-66881234.",
  },
  satisfaction: { zh: "1–5 分,5 分最满意。", en: "1 to 5; 5 is the most satisfied." },
};

/** What a column means beyond its type, by field key. */
const BY_KEY: Readonly<Record<string, Bilingual>> = {
  region: { zh: "省份或城市,如 江苏、苏州。", en: "Province or city, e.g. 江苏 or 苏州." },
  stageBeforeLoss: {
    zh: "客户阶段为「流失客户」时必填:流失前走到了哪一步。",
    en: "Required when the stage is 流失客户 (lost): how far the deal got.",
  },
  lossReason: {
    zh: "客户流失时填写原因,如 价格超出预算。",
    en: "Why the customer was lost, e.g. over budget.",
  },
  winProbability: {
    zh: "意向、商机、谈判阶段建议填写。",
    en: "Recommended for the prospect, opportunity and negotiation stages.",
  },
  paymentDays: { zh: "单位:天。", en: "In days." },
  owner: { zh: "销售负责人姓名。", en: "The salesperson who owns the customer." },
  customerId: {
    zh: "必须是「客户台账」里已有的客户编号。",
    en: "Must be a Customer ID that exists on the Customers sheet.",
  },
  contactedAt: { zh: "不能晚于今天。", en: "Not later than today." },
  nextActionDue: { zh: "填写了下一步行动时必填。", en: "Required when a next action is given." },
  delayReason: { zh: "完成状态为「已延期」时必填。", en: "Required when the status is 已延期 (delayed)." },
};

const REQUIRED: Bilingual = { zh: "必填。", en: "Required. " };
const RECOMMENDED: Bilingual = { zh: "建议填写。", en: "Recommended. " };

/** The hint for a column, or null when there is nothing useful to say. */
export function inputHint(field: FieldDef, lang: TemplateLang): InputHint | null {
  const parts = [
    field.required === "error" ? REQUIRED : field.required === "warning" ? RECOMMENDED : undefined,
    BY_TYPE[field.type],
    BY_KEY[field.key],
  ].filter((part): part is Bilingual => part !== undefined);
  if (parts.length === 0) return null;
  const separator = lang === "zh" ? "" : " ";
  const prompt = parts
    .map((part) => part[lang].trim())
    .join(separator)
    .trim();
  return { title: lang === "zh" ? field.zh : field.en, prompt };
}
