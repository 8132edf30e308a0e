import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import { MAX_QUOTED_CHARS, message } from "../../../src/engine/validation/messages";
import type { Bilingual, MessageParams, RuleCode } from "../../../src/engine/validation/messages";
import { RULE_SEVERITY } from "../../../src/engine/validation/rules";

const cell = { header: "录入日期", value: "24/3/15" };
const expected = { expected: { zh: "2024-03-15", en: "2024-03-15" } };
const blank = { header: "流失原因", value: "待确认", placeholder: true };
const names = { zh: "客户编号", en: "Customer ID" };

/** One example of every rule's parameters, so each message is built at least once. */
const EXAMPLES: { readonly [R in RuleCode]: MessageParams[R] } = {
  "cell.excel-error": { header: "满意度", value: "#N/A" },
  "cell.not-a-number": { ...cell, ...expected },
  "cell.not-an-integer": { ...cell, ...expected },
  "cell.negative": { ...cell, ...expected },
  "cell.out-of-range": { ...cell, ...expected },
  "cell.not-a-percent": { ...cell, ...expected },
  "cell.percent-out-of-range": { ...cell, ...expected },
  "cell.not-a-date": { ...cell, ...expected },
  "cell.two-digit-year": { ...cell, ...expected },
  "cell.day-first": { ...cell, ...expected },
  "cell.impossible-date": { ...cell, ...expected },
  "cell.not-an-option": {
    header: "企业规模",
    value: "超大型",
    expected: { zh: "大型/中型", en: "大型 / 中型" },
  },
  "phone.invalid": { header: "联系电话", value: "12345" },
  "required.missing": blank,
  "id.pattern": { header: "客户编号", value: "yl-1", pattern: DEFAULT_CONFIG.idPattern },
  "id.duplicate": { header: "客户编号", value: "YL-ZY-YX-001", rows: [5, 9], more: 0 },
  "id.code-mismatch": {
    header: "客户编号",
    value: "ZZ-ZY-YX-001",
    part: "industry",
    actual: "ZZ",
    expected: "YL",
    source: "医疗",
  },
  "name.possible-duplicate": { header: "客户名称", value: "华康", otherIds: ["YL-ZY-YX-002"], more: 0 },
  "purchase.order": { header: "最近购买日期", value: "2024-01-01", first: "2024-02-01" },
  "stage.before-loss-missing": blank,
  "stage.before-loss-is-lost": { header: "流失前阶段", value: "流失客户" },
  "loss.reason-missing": blank,
  "probability.missing": blank,
  "won.date-missing": blank,
  "followup.unknown-customer": { header: "客户编号", value: "XX-XX-XX-999" },
  "followup.future": { header: "跟进时间", value: "2099-01-01", today: "2026-05-31" },
  "followup.next-due-missing": blank,
  "followup.delay-reason-missing": blank,
  "sheet.missing-column": { field: names, blocking: true, conditional: false },
  "sheet.duplicate-column": { header: "客户编号", column: "E", usedColumn: "A" },
  "sheet.not-found": { sheet: { zh: "客户台账", en: "Customers" } },
  "sheet.no-header": { rows: 10, headers: { zh: "客户编号、客户名称", en: "Customer ID, Customer Name" } },
};

function build<R extends RuleCode>(rule: R): Bilingual {
  return message(rule, EXAMPLES[rule]);
}

describe("message catalogue", () => {
  const rules = Object.keys(EXAMPLES) as RuleCode[];

  it("covers every rule that has a severity", () => {
    for (const rule of Object.keys(RULE_SEVERITY)) expect(rules).toContain(rule);
  });

  it.each(rules)("%s reads cleanly in both languages", (rule) => {
    const text = build(rule);
    for (const sentence of [text.zh, text.en]) {
      expect(sentence.length).toBeGreaterThan(8);
      expect(sentence).not.toMatch(/undefined|null|\[object/);
    }
    expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(rules.filter((rule) => "header" in EXAMPLES[rule] && "value" in EXAMPLES[rule]))(
    "%s names the column and the value",
    (rule) => {
      const params = EXAMPLES[rule] as { header: string; value: string };
      const text = build(rule);
      expect(text.zh).toContain(params.header);
      expect(text.zh).toContain(params.value);
      expect(text.en).toContain(params.value);
    },
  );

  it("tells how to write a date", () => {
    expect(build("cell.not-a-date").zh).toContain("日期格式无法识别:请写成 2024-03-15");
    expect(build("cell.two-digit-year").en).toContain("two-digit year; write the full year, e.g. 2024-03-15");
  });

  it("says when a blank is a placeholder", () => {
    expect(message("required.missing", { ...blank, placeholder: true }).zh).toContain("占位内容「待确认」");
    expect(message("required.missing", { ...blank, value: "", placeholder: false }).zh).toBe(
      "流失原因为空:这是必填项,请补充",
    );
  });

  it("explains the template ID scheme in words and shows a team's own pattern as configured", () => {
    expect(build("id.pattern").zh).toContain("YL-ZY-YX-001");
    const custom = message("id.pattern", { header: "编号", value: "x", pattern: "^C\\d{4}$" });
    expect(custom.en).toContain("^C\\d{4}$");
  });

  it("lists a few other rows and counts the rest", () => {
    const text = message("id.duplicate", { header: "客户编号", value: "A", rows: [3, 4, 5], more: 7 });
    expect(text.zh).toContain("3、4、5 等 10 个");
    expect(text.en).toContain("3, 4, 5 and 7 more");
  });

  it("names the disagreeing part of an ID", () => {
    const size = message("id.code-mismatch", { ...EXAMPLES["id.code-mismatch"], part: "size" });
    expect(size.zh).toContain("规模代码");
    expect(size.en).toContain("size code");
  });

  it("distinguishes blocking, recommended and conditional missing columns", () => {
    const blocking = build("sheet.missing-column").zh;
    const recommended = message("sheet.missing-column", {
      field: names,
      blocking: false,
      conditional: false,
    }).zh;
    const conditional = message("sheet.missing-column", {
      field: names,
      blocking: false,
      conditional: true,
    }).zh;
    expect(new Set([blocking, recommended, conditional]).size).toBe(3);
    expect(blocking).toContain("不参与评分");
  });
});

describe("quoting long values", () => {
  it("quotes at most MAX_QUOTED_CHARS of a cell, with an ellipsis, and short values whole", () => {
    const long = "客".repeat(32_767);
    const built = message("followup.unknown-customer", { header: "客户编号", value: long });
    expect(built.zh.length).toBeLessThan(MAX_QUOTED_CHARS + 100);
    expect(built.zh).toContain(`${"客".repeat(MAX_QUOTED_CHARS)}…`);
    expect(message("followup.unknown-customer", { header: "客户编号", value: "AB" }).en).toContain('"AB"');
  });
});
