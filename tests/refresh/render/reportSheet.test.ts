import { REPORT_HEADER_ROW, renderReportSheet } from "../../../src/refresh/render/reportSheet";
import type { OutCell } from "../../../src/workbook/port";
import { AS_OF, isRich, makeFinding, valueOf } from "./factories";

const HEADERS_ZH = ["工作表", "行号", "列", "单元格值", "规则", "级别", "说明", "定位"];
const HEADERS_EN = ["Sheet", "Row", "Column", "Value", "Rule", "Severity", "Message", "Go to"];

/** The finding rows under the header. */
function body(rows: readonly (readonly OutCell[])[]): readonly (readonly OutCell[])[] {
  return rows.slice(REPORT_HEADER_ROW).filter((row) => row.length === HEADERS_ZH.length);
}

describe("renderReportSheet", () => {
  const findings = [
    makeFinding({ sheet: "跟进记录", row: 3, columnIndex: 1, column: "跟进时间", rule: "date.future" }),
    makeFinding({
      sheet: "客户台账",
      row: 5,
      columnIndex: 2,
      column: "所属行业",
      severity: "warning",
      rule: "b",
    }),
    makeFinding({
      sheet: "客户台账",
      row: 5,
      columnIndex: 2,
      column: "所属行业",
      severity: "error",
      rule: "c",
    }),
    makeFinding({ sheet: "客户台账", row: 12, columnIndex: 0, rule: "id.duplicate" }),
    makeFinding({ sheet: "客户台账", row: 5, columnIndex: 0, rule: "id.pattern" }),
    makeFinding({ sheet: "客户台账", row: null, columnIndex: null, column: "", rule: "sheet.no-region" }),
    makeFinding({ sheet: "客户台账", row: 12, columnIndex: null, column: "", rule: "row.duplicate-name" }),
    makeFinding({ sheet: "我的备注", row: 2, columnIndex: 0, rule: "z" }),
    makeFinding({ sheet: "代码表", row: 4, columnIndex: 1, rule: "codes.bad" }),
  ];

  it("has a title with the as-of date, the counts and a frozen header", () => {
    const sheet = renderReportSheet(findings, "zh", AS_OF);
    expect(sheet.name).toBe("校验报告");
    expect(valueOf(sheet.rows[0][0])).toBe("校验报告 · 截至 2026-05-31");
    expect(sheet.rows[1].map(valueOf)).toEqual(["错误", 8, "警告", 1]);
    expect(sheet.rows[REPORT_HEADER_ROW - 1].map(valueOf)).toEqual(HEADERS_ZH);
    expect(sheet.frozenRows).toBe(REPORT_HEADER_ROW);
    expect(sheet.columnWidths).toHaveLength(HEADERS_ZH.length);
    const en = renderReportSheet(findings, "en", AS_OF);
    expect(en.name).toBe("Validation");
    expect(en.rows[REPORT_HEADER_ROW - 1].map(valueOf)).toEqual(HEADERS_EN);
  });

  it("sorts by template sheet, then row, column, severity; other sheets last", () => {
    const rows = body(renderReportSheet(findings, "zh", AS_OF).rows);
    expect(rows.map((row) => `${row[0]}|${row[1] ?? "-"}|${row[4]}`)).toEqual([
      "客户台账|-|sheet.no-region",
      "客户台账|5|id.pattern",
      "客户台账|5|c",
      "客户台账|5|b",
      "客户台账|12|row.duplicate-name",
      "客户台账|12|id.duplicate",
      "跟进记录|3|date.future",
      "代码表|4|codes.bad",
      "我的备注|2|z",
    ]);
  });

  it("links each finding to its cell; row findings to column A, sheet findings to A1", () => {
    const rows = body(renderReportSheet(findings, "zh", AS_OF).rows);
    const link = (rule: string) => rows.find((row) => row[4] === rule)?.[7];
    expect(link("c")).toEqual({ value: "C5", link: { sheet: "客户台账", row: 5, column: 2 } });
    expect(link("date.future")).toEqual({ value: "B3", link: { sheet: "跟进记录", row: 3, column: 1 } });
    expect(link("row.duplicate-name")).toEqual({
      value: "A12",
      link: { sheet: "客户台账", row: 12, column: 0 },
    });
    expect(link("sheet.no-region")).toEqual({ value: "A1", link: { sheet: "客户台账", row: 1, column: 0 } });
  });

  it("shows severity in words with colour, the message in the workbook's language", () => {
    const finding = makeFinding({ severity: "warning", message: { zh: "区域为空", en: "Region is blank" } });
    const [zh] = body(renderReportSheet([finding], "zh", AS_OF).rows);
    expect(zh[5]).toEqual({ value: "警告", style: "warn" });
    expect(zh[6]).toBe("区域为空");
    const [en] = body(renderReportSheet([finding], "en", AS_OF).rows);
    expect(en[5]).toEqual({ value: "Warning", style: "warn" });
    expect(en[6]).toBe("Region is blank");
  });

  it("writes typed values back as the same plain strings, formula-looking or not", () => {
    const typed = ["=1+1", "+8613800000000", "-5", "@SUM(A1)", "\tx", "\rx", "\nx", "  spaced  "];
    const rows = body(
      renderReportSheet(
        typed.map((value) => makeFinding({ value })),
        "zh",
        AS_OF,
      ).rows,
    );
    expect(rows.map((row) => row[3])).toEqual(typed);
    for (const row of rows) expect(isRich(row[3])).toBe(false);
  });

  it("leaves empty values and columns blank", () => {
    const [row] = body(renderReportSheet([makeFinding({ value: "", column: "" })], "zh", AS_OF).rows);
    expect(row[2]).toBeNull();
    expect(row[3]).toBeNull();
  });

  it("says so when there is nothing to report", () => {
    const sheet = renderReportSheet([], "en", AS_OF);
    expect(sheet.rows[1].map(valueOf)).toEqual(["Errors", 0, "Warnings", 0]);
    expect(valueOf(sheet.rows[REPORT_HEADER_ROW][0])).toBe("No problems found.");
  });

  it("does not reorder the caller's array", () => {
    const input = [...findings];
    renderReportSheet(input, "zh", AS_OF);
    expect(input).toEqual(findings);
  });
});
