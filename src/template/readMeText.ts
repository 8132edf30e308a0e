import { SHEETS } from "../engine/schema/fields";
import type { Bilingual } from "./lang";

/** The 说明 sheet, top to bottom: a title, then sections of lines. */
export type ReadMeLine =
  | { readonly kind: "title"; readonly text: Bilingual }
  | { readonly kind: "intro"; readonly text: Bilingual }
  | { readonly kind: "section"; readonly text: Bilingual }
  /** A two-column line: a sheet or column name and what it is for. */
  | { readonly kind: "entry"; readonly label: Bilingual; readonly text: Bilingual }
  | { readonly kind: "bullet"; readonly text: Bilingual };

export const READ_ME_SHEET: Bilingual = { zh: "说明", en: "Read Me" };

export const READ_ME: readonly ReadMeLine[] = [
  { kind: "title", text: { zh: "销售雷达 · 团队客户台账", en: "Sales Radar · Team Customer Ledger" } },
  {
    kind: "intro",
    text: {
      zh: "把客户和每次跟进记在这个工作簿里,点「刷新」,销售雷达会给每个客户打分、排优先级,并生成销售漏斗和校验报告。",
      en: "Keep your customers and every contact in this workbook, press Refresh, and Sales Radar scores and ranks each customer and builds the funnel and a validation report.",
    },
  },
  { kind: "section", text: { zh: "每张表做什么", en: "What each sheet is for" } },
  {
    kind: "entry",
    label: SHEETS.ledger,
    text: {
      zh: "一行一个客户。客户编号、名称、行业、阶段、负责人、录入日期必填。",
      en: "One row per customer. ID, name, industry, stage, owner and created-on date are required.",
    },
  },
  {
    kind: "entry",
    label: SHEETS.followups,
    text: {
      zh: "每联系一次客户记一行:电话、拜访、微信……客户编号要和台账一致。",
      en: "One row per contact: call, visit, WeChat… The Customer ID must match the ledger.",
    },
  },
  {
    kind: "entry",
    label: SHEETS.codes,
    text: {
      zh: "下拉选项和客户编号里的代码,经理可以在这里修改。新增选项时在列表中间插入单元格,下拉范围会随之扩大。",
      en: "The dropdown options and the codes inside customer IDs; a manager edits them here. To add an option, insert a cell inside its list so the dropdown range grows with it.",
    },
  },
  {
    kind: "entry",
    label: SHEETS.rules,
    text: {
      zh: "所有阈值、权重和分档。只改黄色的「值」列,下次刷新生效。",
      en: "Every threshold, weight and band. Edit only the yellow value column; the next refresh uses it.",
    },
  },
  { kind: "section", text: { zh: "怎么填台账", en: "How to fill in the ledger" } },
  {
    kind: "bullet",
    text: {
      zh: "客户编号:行业代码-规模代码-阶段代码-序号,如 YL-ZY-YX-001(医疗-中型-意向-001)。",
      en: "Customer ID: industry-size-stage-number, e.g. YL-ZY-YX-001 (medical, mid-size, prospect, no. 1).",
    },
  },
  {
    kind: "bullet",
    text: {
      zh: "金额单位是万元:写 50 或 50万 都行,¥1,200,000、1.2亿 也能识别。",
      en: "Amounts are in 10k CNY (万元): 50 or 50万; ¥1,200,000 and 1.2亿 are understood too.",
    },
  },
  {
    kind: "bullet",
    text: {
      zh: "日期写成 2024-03-15(2024/3/15、2024年3月15日 也可以);不要写两位年份,也不要把日写在前面。",
      en: "Dates as 2024-03-15 (2024/3/15 and 2024年3月15日 work too); no two-digit years, no day-first dates.",
    },
  },
  {
    kind: "bullet",
    text: { zh: "成交概率写 60% 即可。", en: "Win probability: just type 60%." },
  },
  {
    kind: "bullet",
    text: {
      zh: "暂时不知道的信息写「待确认」,这个客户会被标为资料不全,提醒你补上。",
      en: "Don't know yet? Type 待确认 (TBD): the customer is marked incomplete as a reminder.",
    },
  },
  {
    kind: "bullet",
    text: {
      zh: "客户流失时,把客户阶段改成「流失客户」,并填流失前阶段和流失原因。",
      en: "When a customer is lost, set the stage to 流失客户 and fill in the stage before loss and the reason.",
    },
  },
  {
    kind: "bullet",
    text: {
      zh: "选中单元格会出现填写提示;带下拉箭头的列从列表里选。",
      en: "Select a cell to see how to fill it in; columns with an arrow take a value from the list.",
    },
  },
  { kind: "section", text: { zh: "插件会写什么", en: "What the add-in writes" } },
  {
    kind: "bullet",
    text: {
      zh: "在客户台账最右侧追加一组评分列(校验状态、优先级得分、优先级、机会评分、价值分群、流失预警、建议下一步等),表头颜色不同。",
      en: "A block of score columns at the right of the Customers sheet (check, priority score and tier, opportunity score, segment, churn risk, recommended step…), under a header of its own colour.",
    },
  },
  {
    kind: "bullet",
    text: {
      zh: "两张表:「销售漏斗」(图表和汇总)和「校验报告」(每个问题一行,点链接直达单元格)。",
      en: "Two sheets: Funnel (charts and summaries) and Validation (one row per problem, with a link to the cell).",
    },
  },
  {
    kind: "bullet",
    text: {
      zh: "每次刷新只重写这些列和这两张表,你填的其他单元格一个都不会动;可以放心加自己的列。",
      en: "A refresh rewrites only those columns and those two sheets; every other cell stays as you left it, so add your own columns freely.",
    },
  },
];
