import type { Bilingual, Lang } from "../../engine/labels";

/** A heading per rule code of the engine's findings, for the grouped issues list. */
const RULE_TITLES: Readonly<Record<string, Bilingual>> = {
  "cell.excel-error": { zh: "Excel 错误值", en: "Excel error values" },
  "cell.not-a-number": { zh: "不是数字", en: "Not a number" },
  "cell.not-an-integer": { zh: "不是整数", en: "Not a whole number" },
  "cell.negative": { zh: "不能为负数", en: "Negative numbers" },
  "cell.out-of-range": { zh: "超出范围", en: "Out of range" },
  "cell.not-a-percent": { zh: "百分比无法识别", en: "Unreadable percents" },
  "cell.percent-out-of-range": { zh: "百分比超出 0–100%", en: "Percents outside 0–100 %" },
  "cell.not-a-date": { zh: "日期无法识别", en: "Unreadable dates" },
  "cell.two-digit-year": { zh: "两位数年份", en: "Two-digit years" },
  "cell.day-first": { zh: "日在前的日期", en: "Day-first dates" },
  "cell.impossible-date": { zh: "不存在的日期", en: "Impossible dates" },
  "cell.not-an-option": { zh: "不在可选列表中", en: "Not one of the options" },
  "phone.invalid": { zh: "电话号码格式", en: "Phone numbers" },
  "required.missing": { zh: "必填项为空", en: "Required values missing" },
  "id.pattern": { zh: "客户编号格式", en: "Customer ID format" },
  "id.duplicate": { zh: "客户编号重复", en: "Duplicate customer IDs" },
  "id.code-mismatch": { zh: "编号与行业/规模/阶段不符", en: "ID codes disagree with the row" },
  "name.possible-duplicate": { zh: "疑似重复客户", en: "Possible duplicate customers" },
  "purchase.order": { zh: "购买日期先后颠倒", en: "Purchase dates out of order" },
  "stage.before-loss-missing": { zh: "缺少流失前阶段", en: "Stage before loss missing" },
  "stage.before-loss-is-lost": { zh: "流失前阶段填写有误", en: "Stage before loss is Lost" },
  "loss.reason-missing": { zh: "缺少流失原因", en: "Loss reason missing" },
  "probability.missing": { zh: "缺少成交概率", en: "Win probability missing" },
  "won.date-missing": { zh: "缺少成交日期", en: "Won date missing" },
  "followup.unknown-customer": { zh: "跟进记录的客户不存在", en: "Follow-ups for unknown customers" },
  "followup.future": { zh: "跟进时间在未来", en: "Follow-ups dated in the future" },
  "followup.next-due-missing": { zh: "缺少下一步时间", en: "Next action due missing" },
  "followup.delay-reason-missing": { zh: "缺少延期原因", en: "Delay reason missing" },
  "sheet.missing-column": { zh: "缺少列", en: "Missing columns" },
  "sheet.duplicate-column": { zh: "重复的列", en: "Repeated columns" },
  "sheet.not-found": { zh: "缺少工作表", en: "Missing sheets" },
  "sheet.no-header": { zh: "找不到表头", en: "No header row" },
  "rules.weights-sum": { zh: "权重合计不是 100%", en: "Weights not adding up to 100 %" },
};

const FAMILY_TITLES: Readonly<Record<string, Bilingual>> = {
  rules: { zh: "评分规则设置", en: "Scoring rules settings" },
  codes: { zh: "代码表设置", en: "Code table settings" },
  cell: { zh: "单元格内容", en: "Cell contents" },
};

/** The heading of a rule's group; an unknown rule falls back to its family, then to its code. */
export function ruleTitle(rule: string, lang: Lang): string {
  const title = RULE_TITLES[rule] ?? FAMILY_TITLES[rule.split(".")[0]];
  return title === undefined ? rule : title[lang];
}
