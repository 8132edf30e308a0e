import type { Finding } from "../../src/engine/validation/finding";
import { ruleTitle } from "../../src/taskpane/i18n/ruleTitles";
import { countIssues, groupIssues } from "../../src/taskpane/state/issues";

function finding(
  rule: string,
  severity: Finding["severity"],
  sheet: string,
  row: number | null,
  columnIndex: number | null,
): Finding {
  return {
    sheet,
    row,
    columnIndex,
    column: "",
    field: null,
    value: "",
    rule,
    severity,
    message: { zh: rule, en: rule },
  };
}

const FINDINGS: Finding[] = [
  finding("phone.invalid", "warning", "客户台账", 9, 20),
  finding("phone.invalid", "warning", "客户台账", 3, 20),
  finding("phone.invalid", "warning", "客户台账", 5, 20),
  finding("followup.unknown-customer", "error", "跟进记录", 4, 0),
  finding("id.duplicate", "error", "客户台账", 7, 0),
  finding("id.duplicate", "error", "客户台账", 2, 0),
  finding("sheet.missing-column", "warning", "客户台账", null, null),
];

describe("issues list", () => {
  test("groups by rule: groups with errors first, then the larger groups", () => {
    const groups = groupIssues(FINDINGS, "all");
    expect(groups.map((g) => g.rule)).toEqual([
      "id.duplicate",
      "followup.unknown-customer",
      "phone.invalid",
      "sheet.missing-column",
    ]);
    expect(groups[0]).toMatchObject({ errors: 2, warnings: 0 });
  });

  test("items run in sheet order: sheet as first met, then row, sheet-level first", () => {
    const [duplicates] = groupIssues(FINDINGS, "all");
    expect(duplicates.items.map((f) => f.row)).toEqual([2, 7]);
    const phones = groupIssues(FINDINGS, "all").find((g) => g.rule === "phone.invalid");
    expect(phones?.items.map((f) => f.row)).toEqual([3, 5, 9]);
  });

  test("the severity filter keeps only that severity; counts cover everything", () => {
    expect(
      groupIssues(FINDINGS, "error")
        .flatMap((g) => g.items)
        .every((f) => f.severity === "error"),
    ).toBe(true);
    expect(groupIssues(FINDINGS, "warning").map((g) => g.rule)).toEqual([
      "phone.invalid",
      "sheet.missing-column",
    ]);
    expect(countIssues(FINDINGS)).toEqual({ all: 7, error: 3, warning: 4 });
    expect(groupIssues([], "all")).toEqual([]);
  });

  test("rule headings in both languages, falling back to the family, then the code", () => {
    expect(ruleTitle("id.duplicate", "zh")).toBe("客户编号重复");
    expect(ruleTitle("id.duplicate", "en")).toBe("Duplicate customer IDs");
    expect(ruleTitle("rules.order", "zh")).toBe("评分规则设置");
    expect(ruleTitle("codes.bad-code", "en")).toBe("Code table settings");
    expect(ruleTitle("made.up", "en")).toBe("made.up");
  });
});
