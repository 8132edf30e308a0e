import { LEDGER_FIELDS, SHEETS } from "../../../src/engine/schema/fields";
import {
  columnLetter,
  missingColumnFinding,
  noHeaderFinding,
  sheetNotFoundFinding,
} from "../../../src/engine/validation/sheet-findings";

describe("columnLetter", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("%i → %s", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });
});

describe("sheet-level findings", () => {
  it("a missing sheet has the caller's severity and no place", () => {
    expect(sheetNotFoundFinding(SHEETS.ledger, "error")).toMatchObject({
      sheet: "客户台账",
      row: null,
      columnIndex: null,
      column: "",
      field: null,
      value: "",
      rule: "sheet.not-found",
      severity: "error",
    });
    expect(sheetNotFoundFinding(SHEETS.followups, "warning").severity).toBe("warning");
  });

  it("a missing header names the headers it looked for", () => {
    const finding = noHeaderFinding("Sheet1", LEDGER_FIELDS, 10);
    expect(finding).toMatchObject({ sheet: "Sheet1", rule: "sheet.no-header", severity: "error", row: null });
    expect(finding.message.zh).toContain("客户编号、客户名称、所属行业、客户阶段、负责人、录入日期");
    expect(finding.message.en).toContain("first 10 rows");
  });

  it("a missing column names the field and its severity", () => {
    const owner = LEDGER_FIELDS.find((field) => field.key === "owner")!;
    const finding = missingColumnFinding("客户台账", owner, "error", false);
    expect(finding).toMatchObject({
      field: "owner",
      rule: "sheet.missing-column",
      severity: "error",
      row: null,
    });
    expect(finding.message.zh).toContain("「负责人」");
    expect(finding.message.en).toContain('"Owner"');
  });
});
