import { DEFAULT_CONFIG } from "../config/defaults";

/** A sentence in both languages; the writer picks the workbook's. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export interface CellParams {
  /** Column header as the sheet shows it. */
  readonly header: string;
  /** The cell as typed. */
  readonly value: string;
}

interface ExpectedParams extends CellParams {
  /** The form the cell should take, e.g. `2024-03-15` or the list of options. */
  readonly expected: Bilingual;
}

export interface BlankParams extends CellParams {
  /** The cell holds a placeholder such as 待确认 rather than nothing. */
  readonly placeholder: boolean;
}

interface FieldNames {
  readonly zh: string;
  readonly en: string;
}

/** The parameters each rule's message is built from. The keys are the stable rule codes. */
export interface MessageParams {
  "cell.excel-error": CellParams;
  "cell.not-a-number": ExpectedParams;
  "cell.not-an-integer": ExpectedParams;
  "cell.negative": ExpectedParams;
  "cell.out-of-range": ExpectedParams;
  "cell.not-a-percent": ExpectedParams;
  "cell.percent-out-of-range": ExpectedParams;
  "cell.not-a-date": ExpectedParams;
  "cell.two-digit-year": ExpectedParams;
  "cell.day-first": ExpectedParams;
  "cell.impossible-date": ExpectedParams;
  "cell.not-an-option": ExpectedParams;
  "phone.invalid": CellParams;
  "required.missing": BlankParams;
  "id.pattern": CellParams & { readonly pattern: string };
  "id.duplicate": CellParams & { readonly rows: readonly number[]; readonly more: number };
  "id.code-mismatch": CellParams & {
    readonly part: "industry" | "size" | "stage";
    readonly actual: string;
    readonly expected: string;
    /** The row's value the expected code comes from, e.g. 医疗. */
    readonly source: string;
  };
  "name.possible-duplicate": CellParams & { readonly otherIds: readonly string[]; readonly more: number };
  "purchase.order": CellParams & { readonly first: string };
  "stage.before-loss-missing": BlankParams;
  "stage.before-loss-is-lost": CellParams;
  "loss.reason-missing": BlankParams;
  "probability.missing": BlankParams;
  "won.date-missing": BlankParams;
  "followup.unknown-customer": CellParams;
  "followup.future": CellParams & { readonly today: string };
  "followup.next-due-missing": BlankParams;
  "followup.delay-reason-missing": BlankParams;
  "sheet.missing-column": {
    readonly field: FieldNames;
    readonly blocking: boolean;
    readonly conditional: boolean;
  };
  "sheet.duplicate-column": { readonly header: string; readonly column: string; readonly usedColumn: string };
  "sheet.not-found": { readonly sheet: FieldNames };
  "sheet.no-header": { readonly rows: number; readonly headers: FieldNames };
}

export type RuleCode = keyof MessageParams;

type Catalogue = { readonly [R in RuleCode]: (params: MessageParams[R]) => Bilingual };

const TEMPLATE_ID_EXAMPLE: Bilingual = {
  zh: "行业代码-规模代码-阶段代码-序号,如 YL-ZY-YX-001",
  en: "industry-size-stage-number, e.g. YL-ZY-YX-001",
};

/** The template's ID scheme is explained in words; a team's own pattern is shown as configured. */
function idForm(pattern: string): Bilingual {
  if (pattern === DEFAULT_CONFIG.idPattern) return TEMPLATE_ID_EXAMPLE;
  return { zh: `符合规则 ${pattern}`, en: `matching ${pattern}` };
}

const PART_NAMES: Readonly<Record<MessageParams["id.code-mismatch"]["part"], Bilingual>> = {
  industry: { zh: "行业代码", en: "industry code" },
  size: { zh: "规模代码", en: "size code" },
  stage: { zh: "阶段代码", en: "stage code" },
};

function listZh(items: readonly (string | number)[], more: number): string {
  return items.join("、") + (more > 0 ? ` 等 ${items.length + more} 个` : "");
}

function listEn(items: readonly (string | number)[], more: number): string {
  return items.join(", ") + (more > 0 ? ` and ${more} more` : "");
}

function unreadable(zh: string, en: string): (p: ExpectedParams) => Bilingual {
  return (p) => ({
    zh: `${p.header}「${p.value}」${zh}:请填写${p.expected.zh}`,
    en: `${p.header} "${p.value}" ${en}: write ${p.expected.en}`,
  });
}

function dateProblem(zh: string, en: string): (p: ExpectedParams) => Bilingual {
  return (p) => ({
    zh: `${p.header}「${p.value}」${zh}:请写成 ${p.expected.zh}`,
    en: `${p.header} "${p.value}": ${en}, e.g. ${p.expected.en}`,
  });
}

/** "…为空" or "…是占位内容「待确认」", the opening of every blank-cell message. */
function blank(p: BlankParams): Bilingual {
  return p.placeholder
    ? {
        zh: `${p.header}只填了占位内容「${p.value}」`,
        en: `${p.header} holds only the placeholder "${p.value}"`,
      }
    : { zh: `${p.header}为空`, en: `${p.header} is blank` };
}

function whenBlank(zh: string, en: string): (p: BlankParams) => Bilingual {
  return (p) => {
    const opening = blank(p);
    return { zh: `${opening.zh}:${zh}`, en: `${opening.en}: ${en}` };
  };
}

const MESSAGES: Catalogue = {
  "cell.excel-error": (p) => ({
    zh: `${p.header}是 Excel 错误值 ${p.value}:请修正公式或改填实际内容`,
    en: `${p.header} holds the Excel error ${p.value}: fix the formula or type the value`,
  }),
  "cell.not-a-number": unreadable("不是数字", "is not a number"),
  "cell.not-an-integer": unreadable("不是整数", "is not a whole number"),
  "cell.negative": unreadable("不能为负数", "cannot be negative"),
  "cell.out-of-range": unreadable("超出允许范围", "is out of range"),
  "cell.not-a-percent": unreadable("不是百分比", "is not a percentage"),
  "cell.percent-out-of-range": unreadable("超出 0–100%", "is outside 0–100 %"),
  "cell.not-a-date": dateProblem("日期格式无法识别", "date not recognised; write it as year-month-day"),
  "cell.two-digit-year": dateProblem("年份只有两位,请写完整年份", "two-digit year; write the full year"),
  "cell.day-first": dateProblem(
    "日月顺序无法确定,请按年-月-日",
    "day-first dates are ambiguous; write year-month-day",
  ),
  "cell.impossible-date": dateProblem("不是真实存在的日期", "no such date; check the month and day"),
  "cell.not-an-option": (p) => ({
    zh: `${p.header}「${p.value}」不在可选项中:请从 ${p.expected.zh} 中选择`,
    en: `${p.header} "${p.value}" is not one of the options: choose ${p.expected.en}`,
  }),
  "phone.invalid": (p) => ({
    zh: `${p.header}「${p.value}」不像手机或座机号码:请核对,如 13812345678 或 010-12345678`,
    en: `${p.header} "${p.value}" is not a CN mobile or landline number: check it, e.g. 13812345678 or 010-12345678`,
  }),
  "required.missing": whenBlank("这是必填项,请补充", "this is required, please fill it in"),
  "id.pattern": (p) => {
    const form = idForm(p.pattern);
    return {
      zh: `${p.header}「${p.value}」不符合编号规则:应为${form.zh}`,
      en: `${p.header} "${p.value}" does not follow the ID scheme: use ${form.en}`,
    };
  },
  "id.duplicate": (p) => ({
    zh: `${p.header}「${p.value}」重复,与第 ${listZh(p.rows, p.more)} 行相同:每位客户只能有一个编号`,
    en: `${p.header} "${p.value}" is also used on row ${listEn(p.rows, p.more)}: give each customer its own ID`,
  }),
  "id.code-mismatch": (p) => {
    const part = PART_NAMES[p.part];
    return {
      zh: `${p.header}「${p.value}」中的${part.zh} ${p.actual} 与「${p.source}」(${p.expected})不一致:请核对编号或该行资料`,
      en: `${p.header} "${p.value}": the ${part.en} ${p.actual} does not match "${p.source}" (${p.expected}); check the ID or the row`,
    };
  },
  "name.possible-duplicate": (p) => ({
    zh: `${p.header}「${p.value}」与编号 ${listZh(p.otherIds, p.more)} 的客户同名:可能是重复客户,请核对`,
    en: `${p.header} "${p.value}" is also the name of ${listEn(p.otherIds, p.more)}: possibly the same customer, please check`,
  }),
  "purchase.order": (p) => ({
    zh: `${p.header}「${p.value}」早于首次购买日期 ${p.first}:请核对两个日期`,
    en: `${p.header} "${p.value}" is before the first purchase on ${p.first}: check both dates`,
  }),
  "stage.before-loss-missing": whenBlank(
    "流失客户请填写流失前所处阶段,漏斗才能统计流失环节",
    "for a lost customer, give the stage it was lost at so the funnel can count it",
  ),
  "stage.before-loss-is-lost": (p) => ({
    zh: `${p.header}不能是「${p.value}」:请填写流失前所处的阶段,如 谈判阶段`,
    en: `${p.header} cannot be "${p.value}": give the stage before the loss, e.g. Negotiation`,
  }),
  "loss.reason-missing": whenBlank(
    "流失客户请填写流失原因",
    "for a lost customer, give the reason for the loss",
  ),
  "probability.missing": whenBlank(
    "跟进中的客户请填写成交概率,机会评分才准确",
    "give a win probability for an open deal so the opportunity score is accurate",
  ),
  "won.date-missing": whenBlank("成交客户请填写成交日期", "for a won customer, give the date it was won"),
  "followup.unknown-customer": (p) => ({
    zh: `${p.header}「${p.value}」在客户台账中不存在:请核对编号或先在台账中登记该客户`,
    en: `${p.header} "${p.value}" is not in the customer ledger: check the ID or add the customer first`,
  }),
  "followup.future": (p) => ({
    zh: `${p.header}「${p.value}」晚于今天 ${p.today}:跟进记录只能记录已发生的跟进`,
    en: `${p.header} "${p.value}" is after today (${p.today}): log only contacts that have happened`,
  }),
  "followup.next-due-missing": whenBlank(
    "已写下一步行动,请同时填写下一步时间",
    "a next action is given, so please give its due date",
  ),
  "followup.delay-reason-missing": whenBlank(
    "状态为已延期,请填写延期原因",
    "the status is postponed, so please give the reason",
  ),
  "sheet.missing-column": (p) => {
    const why = p.conditional
      ? { zh: "部分行需要此列", en: "some rows need it" }
      : p.blocking
        ? { zh: "这是必需列,缺少时所有行都不参与评分", en: "it is required, and no row is scored without it" }
        : { zh: "建议补充此列", en: "adding it is recommended" };
    return {
      zh: `缺少「${p.field.zh}」列:${why.zh}`,
      en: `The column "${p.field.en}" is missing: ${why.en}`,
    };
  },
  "sheet.duplicate-column": (p) => ({
    zh: `「${p.header}」列(${p.column} 列)重复:以 ${p.usedColumn} 列为准,此列不读取`,
    en: `The column "${p.header}" (column ${p.column}) is a duplicate: column ${p.usedColumn} is used, this one is ignored`,
  }),
  "sheet.not-found": (p) => ({
    zh: `找不到工作表「${p.sheet.zh}」:请添加该表或按模板命名`,
    en: `No sheet named "${p.sheet.en}": add it or name it as in the template`,
  }),
  "sheet.no-header": (p) => ({
    zh: `前 ${p.rows} 行中找不到表头:表头行至少要有 ${p.headers.zh} 中的一半`,
    en: `No header row in the first ${p.rows} rows: it needs at least half of ${p.headers.en}`,
  }),
};

/** The message of a rule, built from its parameters. */
/** Longest cell value a message quotes: a 32,767-character cell must not make a 32 KB message. */
export const MAX_QUOTED_CHARS = 200;

function clip(text: string): string {
  return text.length <= MAX_QUOTED_CHARS ? text : `${text.slice(0, MAX_QUOTED_CHARS)}…`;
}

export function message<R extends RuleCode>(rule: R, params: MessageParams[R]): Bilingual {
  const build: (p: MessageParams[R]) => Bilingual = MESSAGES[rule];
  const quoted = params as { value?: unknown };
  return build(typeof quoted.value === "string" ? { ...params, value: clip(quoted.value) } : params);
}
