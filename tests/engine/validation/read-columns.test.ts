import type { RawCell } from "../../../src/engine/cells/types";
import { validateLedger } from "../../../src/engine/validation/ledger";
import { context, excelRow, ledgerTable } from "./fixtures";

/** The findings on one field of a single-row ledger whose cell `key` holds `raw`. */
function findingsFor(key: string, raw: RawCell) {
  const { findings } = validateLedger(ledgerTable([{ [key]: raw }]), context());
  return findings.filter((finding) => finding.field === key);
}

const ERROR_VALUE = { error: "#N/A" };

describe("every cell is read with its field type's parser", () => {
  it.each<[string, string, RawCell, string | null]>([
    // integers: 0 is the lower bound
    ["integer", "employees", 0, null],
    ["integer", "employees", "12人", null],
    ["integer", "employees", -1, "cell.negative"],
    ["integer", "employees", 1.5, "cell.not-an-integer"],
    ["integer", "employees", "很多", "cell.not-a-number"],
    ["integer", "complaints", "2次", null],
    ["integer", "paymentDays", "-3", "cell.negative"],
    // amounts in 万元
    ["amount", "revenue", 0, null],
    ["amount", "revenue", "1.2亿", null],
    ["amount", "revenue", "¥1,200,000", null],
    ["amount", "estimatedAmount", -0.01, "cell.negative"],
    ["amount", "estimatedAmount", "五十万", "cell.not-a-number"],
    // percent: 0–100 % inclusive
    ["percent", "winProbability", 0, null],
    ["percent", "winProbability", "100%", null],
    ["percent", "winProbability", 1, null],
    ["percent", "winProbability", 100, null],
    ["percent", "winProbability", 100.5, "cell.percent-out-of-range"],
    ["percent", "winProbability", "-1%", "cell.percent-out-of-range"],
    ["percent", "winProbability", "很高", "cell.not-a-percent"],
    // dates
    ["date", "createdOn", "2024-03-15", null],
    ["date", "createdOn", "2024年3月15日", null],
    ["date", "createdOn", 45366, null],
    ["date", "createdOn", "2024-03-1514:30", null],
    ["date", "createdOn", "24-3-15", "cell.two-digit-year"],
    ["date", "createdOn", "15/03/2024", "cell.day-first"],
    ["date", "createdOn", "2024-02-30", "cell.impossible-date"],
    ["date", "createdOn", "下周", "cell.not-a-date"],
    // satisfaction 1–5 inclusive
    ["satisfaction", "satisfaction", 1, null],
    ["satisfaction", "satisfaction", 5, null],
    ["satisfaction", "satisfaction", 0, "cell.out-of-range"],
    ["satisfaction", "satisfaction", 6, "cell.out-of-range"],
    ["satisfaction", "satisfaction", "满意", "cell.not-a-number"],
    // enumerations from the configured lists
    ["enum", "size", "中型", null],
    ["enum", "size", "超大型", "cell.not-an-option"],
    ["enum", "lifecycle", "稳定期", null],
    ["enum", "lifecycle", "稳定", "cell.not-an-option"],
    ["enum", "priorityClass", "a", null],
    ["enum", "priorityClass", "D", "cell.not-an-option"],
    // stages by label, short form or English name
    ["stage", "stage", "潜在", null],
    ["stage", "stage", "lead", null],
    ["stage", "stage", "初步接洽", "cell.not-an-option"],
    // phones: a bad number is only a warning
    ["phone", "phone", "010-12345678", null],
    ["phone", "phone", 13812345678, null],
    ["phone", "phone", "12345", "phone.invalid"],
    // text keeps anything typed
    ["text", "source", "#N/A", null],
    // an Excel error value is an error in any column
    ["text", "source", ERROR_VALUE, "cell.excel-error"],
    ["date", "createdOn", ERROR_VALUE, "cell.excel-error"],
    ["phone", "phone", ERROR_VALUE, "cell.excel-error"],
  ])("%s %s = %j → %s", (_type, key, raw, rule) => {
    expect(findingsFor(key, raw).map((finding) => finding.rule)).toEqual(rule === null ? [] : [rule]);
  });

  it("makes an unreadable cell an error and a bad phone a warning", () => {
    expect(findingsFor("createdOn", "下周")[0].severity).toBe("error");
    expect(findingsFor("phone", "12345")[0].severity).toBe("warning");
  });

  it("fills the finding with the sheet, Excel row, column, value as typed and a message", () => {
    const [finding] = findingsFor("createdOn", "24-3-15");
    const createdOnColumn = ledgerTable([{}]).columns.get("createdOn")!;
    expect(finding).toEqual({
      sheet: "客户台账",
      row: excelRow(0),
      columnIndex: createdOnColumn.index,
      column: "录入日期",
      field: "createdOn",
      value: "24-3-15",
      rule: "cell.two-digit-year",
      severity: "error",
      message: expect.objectContaining({ zh: expect.stringContaining("2024-03-15") }),
    });
  });

  it("shows a number as Excel's General format shows it", () => {
    expect(findingsFor("employees", 1.5)[0].value).toBe("1.5");
  });

  it("reads an enumeration without a configured list as free text", () => {
    const config = context().config;
    const { lifecycle: _dropped, ...lists } = config.codes.lists;
    const ctx = context({ ...config, codes: { ...config.codes, lists } });
    const { records, findings } = validateLedger(ledgerTable([{ lifecycle: "任意阶段" }]), ctx);
    expect(findings).toEqual([]);
    expect(records[0].text.lifecycle).toBe("任意阶段");
  });

  it("names the allowed options when a value is not one of them", () => {
    expect(findingsFor("size", "超大型")[0].message.zh).toContain("大型/中型/小型/个体");
  });
});
