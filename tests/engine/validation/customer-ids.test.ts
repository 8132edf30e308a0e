import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import { validateLedger } from "../../../src/engine/validation/ledger";
import type { Row } from "./fixtures";
import { context, excelRow, ledgerTable, rules } from "./fixtures";

function check(rows: readonly Row[], config = DEFAULT_CONFIG) {
  return validateLedger(ledgerTable(rows), context(config));
}

describe("ID pattern", () => {
  it.each<[string, string[]]>([
    ["YL-ZY-QZ-001", []],
    ["YL-ZY-QZ-0001", []],
    ["YL-ZY-QZ-01", ["id.pattern"]],
    ["yl-zy-qz-001", ["id.pattern"]],
    ["YL-ZY-QZ-001-2", ["id.pattern"]],
    ["YLZYQZ001", ["id.pattern"]],
    ["ＹＬ－ＺＹ－ＱＺ－００１", []],
  ])("%s → %j", (id, expected) => {
    const { records, findings } = check([{ id }]);
    expect(rules(findings)).toEqual(expected);
    expect(records[0].valid).toBe(expected.length === 0);
  });

  it("is an error that explains the template scheme", () => {
    const [finding] = check([{ id: "YL-1" }]).findings;
    expect(finding).toMatchObject({ field: "id", value: "YL-1", severity: "error" });
    expect(finding.message.zh).toContain("YL-ZY-YX-001");
  });

  it("follows a team's own pattern, matched against the whole ID", () => {
    const config = { ...DEFAULT_CONFIG, idPattern: "C\\d{4}" };
    expect(rules(check([{ id: "C0001" }], config).findings)).toEqual([]);
    expect(rules(check([{ id: "XC0001" }], config).findings)).toEqual(["id.pattern"]);
    expect(rules(check([{ id: "C00012" }], config).findings)).toEqual(["id.pattern"]);
  });

  it("reads an ID typed as a number", () => {
    const config = { ...DEFAULT_CONFIG, idPattern: "\\d+" };
    const { records, findings } = check([{ id: 1001 }], config);
    expect(findings).toEqual([]);
    expect(records[0].id).toBe("1001");
  });
});

describe("duplicate IDs", () => {
  const rows: Row[] = [{ id: "YL-ZY-QZ-007" }, {}, { id: "YL-ZY-QZ-007" }, { id: "YL-ZY-QZ-007" }];

  it("flag every row sharing the ID and only those", () => {
    const { records, findings } = check(rows);
    expect(findings.map((finding) => [finding.row, finding.rule, finding.severity])).toEqual([
      [excelRow(0), "id.duplicate", "error"],
      [excelRow(2), "id.duplicate", "error"],
      [excelRow(3), "id.duplicate", "error"],
    ]);
    expect(records.map((record) => record.valid)).toEqual([false, true, false, false]);
  });

  it("name the other rows", () => {
    const { findings } = check(rows);
    expect(findings[0].message.zh).toContain(`${excelRow(2)}、${excelRow(3)}`);
    expect(findings[1].message.zh).toContain(`${excelRow(0)}、${excelRow(3)}`);
  });

  it("list a few rows of a large group and count the rest", () => {
    const many = Array.from({ length: 6 }, () => ({ id: "YL-ZY-QZ-001" }));
    const { findings } = check(many);
    expect(findings).toHaveLength(6);
    expect(findings[0].message.en).toContain("and 2 more");
  });

  it("compare IDs after width folding", () => {
    expect(rules(check([{ id: "YL-ZY-QZ-001" }, { id: "ＹＬ-ZY-QZ-001" }]).findings)).toEqual([
      "id.duplicate",
      "id.duplicate",
    ]);
  });

  it("also flag IDs that break the pattern", () => {
    expect(rules(check([{ id: "X1" }, { id: "X1" }]).findings)).toEqual([
      "id.pattern",
      "id.duplicate",
      "id.pattern",
      "id.duplicate",
    ]);
  });

  it("ignore blank IDs", () => {
    expect(rules(check([{ id: null }, { id: null }]).findings)).toEqual([
      "required.missing",
      "required.missing",
    ]);
  });
});

describe("ID codes against the row", () => {
  it.each<[string, Row, string, string]>([
    ["industry", { id: "ZZ-ZY-QZ-001" }, "ZZ", "医疗"],
    ["size", { id: "YL-DX-QZ-001" }, "DX", "中型"],
    ["stage", { id: "YL-ZY-YX-001" }, "YX", "潜在客户"],
  ])("a wrong %s code is a warning naming that part", (part, row, actual, source) => {
    const { records, findings } = check([row]);
    expect(findings.map((finding) => [finding.field, finding.rule, finding.severity])).toEqual([
      ["id", "id.code-mismatch", "warning"],
    ]);
    expect(findings[0].message.zh).toContain(actual);
    expect(findings[0].message.zh).toContain(source);
    expect(findings[0].message.en).toContain(`${part} code`);
    expect(records[0].valid).toBe(true);
  });

  it("reports each wrong part", () => {
    expect(rules(check([{ id: "ZZ-DX-YX-001" }]).findings)).toEqual([
      "id.code-mismatch",
      "id.code-mismatch",
      "id.code-mismatch",
    ]);
  });

  it("reads the industry's 大类 with or without a 细分", () => {
    expect(check([{ industry: "医疗" }]).findings).toEqual([]);
    expect(rules(check([{ industry: "制造业-汽车零部件" }]).findings)).toEqual(["id.code-mismatch"]);
  });

  it("skips a part whose row value is unknown in the code table or blank", () => {
    expect(check([{ industry: "航天-卫星", id: "HT-ZY-QZ-001" }]).findings).toEqual([]);
    expect(rules(check([{ size: null, id: "YL-XX-QZ-001" }]).findings)).toEqual(["required.missing"]);
    expect(rules(check([{ stage: "不明", id: "YL-ZY-XX-001" }]).findings)).toEqual(["cell.not-an-option"]);
  });

  it("uses the configured code tables", () => {
    const codes = { ...DEFAULT_CONFIG.codes, industry: { ...DEFAULT_CONFIG.codes.industry, 医疗: "MD" } };
    const config = { ...DEFAULT_CONFIG, codes };
    expect(rules(check([{}], config).findings)).toEqual(["id.code-mismatch"]);
    expect(check([{ id: "MD-ZY-QZ-001" }], config).findings).toEqual([]);
  });

  it("checks only IDs of four parts that follow the pattern", () => {
    const config = { ...DEFAULT_CONFIG, idPattern: "[A-Z]+-\\d+" };
    expect(check([{ id: "ZZ-001" }], config).findings).toEqual([]);
  });
});

describe("possible duplicate customers", () => {
  it("warns on each row with the same normalised name and a different ID", () => {
    const { records, findings } = check([
      { name: "Acme 科技" },
      { name: "ACME科技" },
      { name: " ａｃｍｅ  科技 " },
      { name: "别家" },
    ]);
    expect(findings.map((finding) => [finding.row, finding.field, finding.rule, finding.severity])).toEqual([
      [excelRow(0), "name", "name.possible-duplicate", "warning"],
      [excelRow(1), "name", "name.possible-duplicate", "warning"],
      [excelRow(2), "name", "name.possible-duplicate", "warning"],
    ]);
    expect(findings[0].message.zh).toContain("YL-ZY-QZ-002、YL-ZY-QZ-003");
    expect(records.every((record) => record.valid)).toBe(true);
  });

  it("leaves same name with the same ID to the duplicate-ID rule", () => {
    expect(rules(check([{ name: "甲" }, { name: "甲", id: "YL-ZY-QZ-001" }]).findings)).toEqual([
      "id.duplicate",
      "id.duplicate",
    ]);
  });

  it("warns every row of a group once two IDs differ", () => {
    const rows = [{ name: "甲" }, { name: "甲", id: "YL-ZY-QZ-001" }, { name: "甲" }];
    const { findings } = check(rows);
    expect(
      findings.filter((finding) => finding.rule === "name.possible-duplicate").map((finding) => finding.row),
    ).toEqual([excelRow(0), excelRow(1), excelRow(2)]);
  });

  it("ignores rows without an ID", () => {
    expect(rules(check([{ name: "甲" }, { name: "甲", id: null }]).findings)).toEqual(["required.missing"]);
  });
});
