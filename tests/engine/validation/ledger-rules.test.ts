import { LEDGER_FIELDS } from "../../../src/engine/schema/fields";
import { validateLedger } from "../../../src/engine/validation/ledger";
import type { Row } from "./fixtures";
import { context, ledgerTable, rules, without } from "./fixtures";

// IDs follow each row's stage so that no code-mismatch warning mixes in.
const LOST: Row = { id: "YL-ZY-LS-001", stage: "流失客户", stageBeforeLoss: "谈判阶段", lossReason: "价格" };
const WON: Row = { id: "YL-ZY-CJ-001", stage: "成交客户", wonOn: "2025-06-01" };
const OPEN: Row = { id: "YL-ZY-SJ-001", stage: "商机客户", winProbability: "60%" };

function check(row: Row, fields = LEDGER_FIELDS) {
  const { records, findings } = validateLedger(ledgerTable([row], fields), context());
  return { record: records[0], findings };
}

describe("stage-dependent fields", () => {
  it("asks nothing of a complete lost, won or open customer", () => {
    for (const row of [LOST, WON, OPEN]) expect(check(row).findings).toEqual([]);
  });

  it.each<[string, Row, string, string]>([
    [
      "lost without 流失前阶段",
      { ...LOST, stageBeforeLoss: null },
      "stageBeforeLoss",
      "stage.before-loss-missing",
    ],
    ["lost without 流失原因", { ...LOST, lossReason: "" }, "lossReason", "loss.reason-missing"],
    ["won without 成交日期", { ...WON, wonOn: null }, "wonOn", "won.date-missing"],
    [
      "prospect without 成交概率",
      { ...OPEN, id: "YL-ZY-YX-001", stage: "意向客户", winProbability: null },
      "winProbability",
      "probability.missing",
    ],
    [
      "opportunity without 成交概率",
      { ...OPEN, winProbability: null },
      "winProbability",
      "probability.missing",
    ],
    [
      "negotiation without 成交概率",
      { ...OPEN, id: "YL-ZY-TP-001", stage: "谈判", winProbability: null },
      "winProbability",
      "probability.missing",
    ],
  ])("%s is a warning and leaves the row valid but incomplete", (_case, row, field, rule) => {
    const { record, findings } = check(row);
    expect(findings.map((finding) => [finding.field, finding.rule, finding.severity])).toEqual([
      [field, rule, "warning"],
    ]);
    expect(record).toMatchObject({ valid: true, incomplete: true });
  });

  it.each<[string, Row]>([
    ["a lead without 成交概率", { winProbability: null }],
    ["a won customer without 成交概率", { ...WON, winProbability: null }],
    ["a lost customer without 成交概率", { ...LOST, winProbability: null }],
    ["an open customer without 成交日期 or 流失原因", { ...OPEN, wonOn: null, lossReason: null }],
    ["a won customer without 流失前阶段", { ...WON, stageBeforeLoss: null }],
  ])("%s is fine", (_case, row) => {
    expect(check(row).findings).toEqual([]);
  });

  it("says when the blank is a placeholder", () => {
    const { findings } = check({ ...LOST, lossReason: "待确认" });
    expect(findings[0].message.zh).toContain("占位内容「待确认」");
  });

  it("reports an unreadable conditional cell as unreadable only", () => {
    expect(rules(check({ ...OPEN, winProbability: "高" }).findings)).toEqual(["cell.not-a-percent"]);
    expect(rules(check({ ...WON, wonOn: "昨天" }).findings)).toEqual(["cell.not-a-date"]);
  });

  it("asks nothing when the stage itself is unreadable", () => {
    expect(rules(check({ ...LOST, stage: "没了", stageBeforeLoss: null }).findings)).toEqual([
      "cell.not-an-option",
    ]);
  });

  it("reports an absent conditional column once for the sheet when some row needs it", () => {
    const fields = without(LEDGER_FIELDS, "lossReason");
    const { records, findings } = validateLedger(
      ledgerTable(
        [LOST, LOST, {}].map((row, i) => (i === 1 ? { ...row, id: "YL-ZY-LS-002" } : row)),
        fields,
      ),
      context(),
    );
    expect(findings.map((finding) => [finding.rule, finding.field, finding.row, finding.severity])).toEqual([
      ["sheet.missing-column", "lossReason", null, "warning"],
    ]);
    expect(records.every((record) => record.valid)).toBe(true);
  });

  it("says nothing about an absent conditional column no row needs", () => {
    expect(
      check({}, without(LEDGER_FIELDS, "lossReason", "stageBeforeLoss", "wonOn", "winProbability")).findings,
    ).toEqual([]);
  });
});

describe("流失前阶段 cannot be 流失客户", () => {
  it("is an error on a lost customer", () => {
    const { record, findings } = check({ ...LOST, stageBeforeLoss: "流失" });
    expect(findings.map((finding) => [finding.field, finding.rule, finding.severity])).toEqual([
      ["stageBeforeLoss", "stage.before-loss-is-lost", "error"],
    ]);
    expect(record.valid).toBe(false);
  });

  it("is an error whatever the current stage", () => {
    expect(rules(check({ stageBeforeLoss: "流失客户" }).findings)).toEqual(["stage.before-loss-is-lost"]);
  });

  it("accepts every funnel stage", () => {
    for (const stage of ["潜在客户", "意向客户", "商机客户", "谈判阶段", "成交客户"]) {
      expect(check({ ...LOST, stageBeforeLoss: stage }).findings).toEqual([]);
    }
  });
});

describe("purchase dates", () => {
  it.each<[string, string, string[]]>([
    ["2024-03-15", "2024-03-14", ["purchase.order"]],
    ["2024-03-15", "2024-03-15", []],
    ["2024-03-15", "2024-03-16", []],
  ])("first %s, last %s → %j", (first, last, expected) => {
    const { record, findings } = check({ firstPurchase: first, lastPurchase: last });
    expect(rules(findings)).toEqual(expected);
    expect(record.valid).toBe(expected.length === 0);
  });

  it("points at the last purchase and quotes the first", () => {
    const [finding] = check({ firstPurchase: "2024-03-15", lastPurchase: "2024-01-01" }).findings;
    expect(finding).toMatchObject({ field: "lastPurchase", value: "2024-01-01", severity: "error" });
    expect(finding.message.zh).toContain("2024-03-15");
  });

  it("compares only when both dates are known", () => {
    expect(check({ firstPurchase: "2024-03-15", lastPurchase: null }).findings).toEqual([]);
    expect(check({ firstPurchase: null, lastPurchase: "2020-01-01" }).findings).toEqual([]);
  });
});
