import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import { rulesSheetRows } from "../../../src/engine/config/rulesSheet";
import {
  HEADER_INDEX,
  SHEET,
  VALUE,
  indexOfKey,
  read,
  sheet,
  withValues,
  type Rows,
} from "./rulesSheetFixtures";

describe("configFromRulesSheet findings", () => {
  const rows = sheet();
  const rowNumber = (key: string) => indexOfKey(rows, key) + 1;

  it("reports a non-number with sheet, Excel row, column header, value as typed, rule and both messages", () => {
    const { findings } = read(withValues({ "cadence.high": "每周" }));
    expect(findings).toEqual([
      {
        sheet: SHEET,
        row: rowNumber("cadence.high"),
        columnIndex: VALUE,
        column: "值",
        field: "cadence.high",
        value: "每周",
        rule: "rules.not-a-number",
        severity: "error",
        message: {
          zh: `第 ${rowNumber("cadence.high")} 行「高优先级:跟进间隔(天)」应为数字`,
          en: `Row ${rowNumber("cadence.high")} (Priority High: contact every (days)): must be a number`,
        },
      },
    ]);
  });

  it.each([
    ["priority.frequency.1.min", "三次", "rules.not-a-number"],
    ["priority.frequency.1.min", "待定", "rules.not-a-number"],
    ["cadence.high", 7.5, "rules.not-an-integer"],
    ["opportunity.amount.5", "-5", "rules.negative"],
    ["opportunity.probability.5", "120%", "rules.percent-out-of-range"],
    ["opportunity.probability.5", "高", "rules.not-a-percent"],
    ["segments.champions.r", "4 to 5", "rules.bad-range"],
    ["segments.fixed.m", "10、x、30、40", "rules.not-a-number"],
    ["priority.strategic", "行业标杆", "rules.bad-map"],
    ["priority.strategic", "A=1、A=2", "rules.duplicate"],
    ["segments.method", "随机", "rules.not-an-option"],
    ["cadence.low", { error: "#N/A" }, "rules.excel-error"],
  ] as const)("reports %s = %p as %s on its row", (key, typed, rule) => {
    const { findings } = read(withValues({ [key]: typed }));
    expect(findings).toEqual([
      expect.objectContaining({ rule, row: rowNumber(key), field: key, severity: "error" }),
    ]);
    expect(findings[0].message.zh).toContain(`第 ${rowNumber(key)} 行`);
    expect(findings[0].message.en).toContain(`Row ${rowNumber(key)}`);
  });

  it("reports weights that do not add up to 100, on the first weight row, and accepts exactly 100", () => {
    const off = read(withValues({ "opportunity.weights.amount": 31 }));
    expect(off.findings).toEqual([
      expect.objectContaining({
        rule: "rules.weights-sum",
        row: rowNumber("opportunity.weights.amount"),
        value: "31",
      }),
    ]);
    expect(off.findings[0].message.zh).toContain("101%");
    const under = read(withValues({ "opportunity.weights.amount": 29 }));
    expect(under.findings.map((f) => f.rule)).toEqual(["rules.weights-sum"]);
    const balanced = read(withValues({ "opportunity.weights.amount": 31, "opportunity.weights.payment": 9 }));
    expect(balanced.findings).toEqual([]);
  });

  it("points a sum issue at a weight row the sheet has when others are missing", () => {
    const partial = [...rows.slice(0, HEADER_INDEX + 1), ["opportunity.weights.cost", null, null, 20, null]];
    expect(read(partial).findings).toEqual([
      expect.objectContaining({
        rule: "rules.weights-sum",
        row: HEADER_INDEX + 2,
        field: "opportunity.weights.cost",
      }),
    ]);
  });

  it.each([
    ["priority.tiers.medium", 80, "priority.tiers.high"],
    ["priority.recency.2.months", 3, "priority.recency.2.months"],
    ["opportunity.amount.4", 100, "opportunity.amount.4"],
    ["opportunity.probability.2", 40, "opportunity.probability.2"],
    ["opportunity.payment.slowDays", 30, "opportunity.payment.slowDays"],
  ])("reports %s = %p out of order on the row of %s", (key, typed, pointed) => {
    const { findings } = read(withValues({ [key]: typed }));
    expect(findings).toEqual([expect.objectContaining({ rule: "rules.order", row: rowNumber(pointed) })]);
  });

  it("reports a regular expression that does not compile", () => {
    const { findings } = read(withValues({ idPattern: "^[A-Z{2}-(" }));
    expect(findings).toEqual([
      expect.objectContaining({ rule: "rules.bad-pattern", row: rowNumber("idPattern") }),
    ]);
  });

  it("reports a value out of its range", () => {
    const { findings } = read(withValues({ "cadence.high": 0, "churn.highSignals": 5 }));
    expect(findings.map((f) => [f.rule, f.row])).toEqual([
      ["rules.out-of-range", rowNumber("cadence.high")],
      ["rules.out-of-range", rowNumber("churn.highSignals")],
    ]);
  });

  it("reports unknown keys, values without a key and repeated keys", () => {
    const extra: Rows = [
      ...rows,
      ["priority.bonus", null, "奖励", 5, null],
      [null, null, "孤立的值", 7, null],
      ["cadence.high", null, null, 3, null],
      [null, null, "只有说明", null, "备注"],
    ];
    const { findings, config } = read(extra);
    const last = rows.length;
    expect(findings.map((f) => [f.rule, f.row, f.value])).toEqual([
      ["rules.unknown-key", last + 1, "priority.bonus"],
      ["rules.missing-key", last + 2, ""],
      ["rules.duplicate-key", last + 3, "cadence.high"],
    ]);
    expect(config.cadence.high).toBe(DEFAULT_CONFIG.cadence.high);
  });

  it("does not echo an unreadable cell as a cross-parameter issue", () => {
    const { findings } = read(withValues({ "opportunity.weights.amount": "三十" }));
    expect(findings.map((f) => f.rule)).toEqual(["rules.not-a-percent"]);
  });

  it("leaves problems of the code tables to the codes sheet", () => {
    const base = { ...DEFAULT_CONFIG, codes: { ...DEFAULT_CONFIG.codes, industry: { 医疗: "yl" } } };
    expect(read(sheet(), base).findings).toEqual([]);
  });

  it("names the English label in the English message of an English sheet", () => {
    const en = rulesSheetRows(DEFAULT_CONFIG, "en");
    const { findings } = read(withValues({ "cadence.high": 0 }, en));
    expect(findings[0].column).toBe("Value");
    expect(findings[0].message.en).toContain("Priority High: contact every (days)");
  });
});
