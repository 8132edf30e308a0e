/**
 * The template's columns (SPEC 1.1, 1.2): the header a sheet shows, its English alias, how a
 * cell is read and what a blank costs. Header matching and validation both read this table.
 */
export type FieldType =
  | "id"
  | "text"
  | "industry"
  | "enum"
  | "stage"
  | "integer"
  | "amount"
  | "percent"
  | "date"
  | "datetime"
  | "phone"
  | "satisfaction";

export type Severity = "error" | "warning";

export interface FieldDef {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  /** Other spellings seen in real ledgers, matched like the two names above. */
  readonly aliases?: readonly string[];
  readonly type: FieldType;
  /** For `enum` fields: the key of the list in `codes.lists`. */
  readonly list?: string;
  /** Severity when the cell is blank (or a placeholder); undefined = optional. */
  readonly required?: Severity;
}

export const LEDGER_FIELDS: readonly FieldDef[] = [
  { key: "id", zh: "客户编号", en: "Customer ID", aliases: ["编号", "ID"], type: "id", required: "error" },
  {
    key: "name",
    zh: "客户名称",
    en: "Customer Name",
    aliases: ["客户", "公司名称"],
    type: "text",
    required: "error",
  },
  { key: "industry", zh: "所属行业", en: "Industry", aliases: ["行业"], type: "industry", required: "error" },
  { key: "region", zh: "区域", en: "Region", aliases: ["地区"], type: "text", required: "warning" },
  {
    key: "size",
    zh: "企业规模",
    en: "Company Size",
    aliases: ["规模"],
    type: "enum",
    list: "size",
    required: "warning",
  },
  { key: "employees", zh: "员工人数", en: "Employees", type: "integer" },
  { key: "revenue", zh: "年营收(万元)", en: "Annual Revenue (10k CNY)", aliases: ["年营收"], type: "amount" },
  { key: "stage", zh: "客户阶段", en: "Stage", aliases: ["阶段"], type: "stage", required: "error" },
  { key: "stageBeforeLoss", zh: "流失前阶段", en: "Stage Before Loss", type: "stage" },
  { key: "lossReason", zh: "流失原因", en: "Loss Reason", type: "text" },
  { key: "priorityClass", zh: "需求等级", en: "Priority Class", type: "enum", list: "priorityClass" },
  { key: "strategicValue", zh: "战略价值", en: "Strategic Value", type: "enum", list: "strategicValue" },
  {
    key: "estimatedAmount",
    zh: "预估采购金额(万元)",
    en: "Est. Purchase (10k CNY)",
    aliases: ["预估采购金额", "预计成交金额"],
    type: "amount",
    required: "warning",
  },
  { key: "winProbability", zh: "成交概率", en: "Win Probability", type: "percent" },
  { key: "followUpCost", zh: "跟进成本", en: "Follow-up Cost", type: "enum", list: "followUpCost" },
  {
    key: "paymentDays",
    zh: "回款周期(天)",
    en: "Payment Cycle (days)",
    aliases: ["回款周期"],
    type: "integer",
  },
  { key: "owner", zh: "负责人", en: "Owner", aliases: ["销售负责人"], type: "text", required: "error" },
  { key: "source", zh: "信息来源", en: "Source", type: "text" },
  { key: "decisionMaker", zh: "决策人", en: "Decision Maker", type: "text", required: "warning" },
  { key: "title", zh: "职务", en: "Title", type: "text", required: "warning" },
  { key: "phone", zh: "联系电话", en: "Phone", aliases: ["电话"], type: "phone", required: "warning" },
  { key: "coreNeed", zh: "核心需求", en: "Core Need", type: "text", required: "warning" },
  { key: "urgency", zh: "紧急程度", en: "Urgency", type: "enum", list: "urgency", required: "warning" },
  { key: "budget", zh: "预算范围", en: "Budget Range", type: "text", required: "warning" },
  { key: "currentSupplier", zh: "当前供应商", en: "Current Supplier", type: "text" },
  { key: "decisionCycle", zh: "决策周期", en: "Decision Cycle", type: "text" },
  { key: "createdOn", zh: "录入日期", en: "Created On", type: "date", required: "error" },
  { key: "profileUpdatedOn", zh: "资料更新日期", en: "Profile Updated On", type: "date" },
  { key: "firstPurchase", zh: "首次购买日期", en: "First Purchase", type: "date" },
  { key: "lastPurchase", zh: "最近购买日期", en: "Last Purchase", type: "date" },
  { key: "purchaseCount", zh: "购买次数", en: "Purchase Count", type: "integer" },
  {
    key: "totalRevenue",
    zh: "累计成交金额(万元)",
    en: "Total Revenue (10k CNY)",
    aliases: ["累计成交金额"],
    type: "amount",
  },
  { key: "wonOn", zh: "成交日期", en: "Won On", type: "date" },
  { key: "satisfaction", zh: "满意度", en: "Satisfaction", type: "satisfaction" },
  { key: "complaints", zh: "投诉次数", en: "Complaints", type: "integer" },
  { key: "lifecycle", zh: "生命周期", en: "Lifecycle", type: "enum", list: "lifecycle" },
];

export const FOLLOWUP_FIELDS: readonly FieldDef[] = [
  { key: "customerId", zh: "客户编号", en: "Customer ID", aliases: ["编号"], type: "id", required: "error" },
  {
    key: "contactedAt",
    zh: "跟进时间",
    en: "Contacted At",
    aliases: ["跟进日期"],
    type: "datetime",
    required: "error",
  },
  { key: "method", zh: "跟进方式", en: "Method", type: "enum", list: "method" },
  { key: "by", zh: "跟进人", en: "By", type: "text" },
  { key: "summary", zh: "跟进内容", en: "Summary", type: "text" },
  { key: "feedback", zh: "客户反馈", en: "Feedback", type: "text" },
  { key: "objection", zh: "异议处理", en: "Objection Handling", type: "text" },
  { key: "nextAction", zh: "下一步行动", en: "Next Action", type: "text" },
  { key: "nextActionDue", zh: "下一步时间", en: "Next Action Due", type: "datetime" },
  { key: "nextActionOwner", zh: "下一步负责人", en: "Next Action Owner", type: "text" },
  { key: "status", zh: "完成状态", en: "Status", type: "enum", list: "status" },
  { key: "delayReason", zh: "延期原因", en: "Delay Reason", type: "text" },
];

export interface SheetDef {
  readonly key: "ledger" | "followups" | "codes" | "rules" | "funnel" | "report";
  readonly zh: string;
  readonly en: string;
  readonly aliases: readonly string[];
}

export const SHEETS: Readonly<Record<SheetDef["key"], SheetDef>> = {
  ledger: {
    key: "ledger",
    zh: "客户台账",
    en: "Customers",
    aliases: ["客户信息", "客户信息表", "Customer Ledger", "Ledger"],
  },
  followups: {
    key: "followups",
    zh: "跟进记录",
    en: "Follow-ups",
    aliases: ["跟进记录表", "Follow-up Log", "Followups"],
  },
  codes: { key: "codes", zh: "代码表", en: "Codes", aliases: ["Code Table"] },
  rules: { key: "rules", zh: "评分规则", en: "Scoring Rules", aliases: ["Rules"] },
  funnel: { key: "funnel", zh: "销售漏斗", en: "Funnel", aliases: ["Sales Funnel"] },
  report: { key: "report", zh: "校验报告", en: "Validation", aliases: ["Validation Report"] },
};
