import type { OwnedColumns, OwnedSheet, WritePlan } from "../../../src/workbook/port";
import { MAX_COLUMNS, MAX_ROWS } from "../../../src/workbook/xlsx/cell-ref";
import { XlsxError } from "../../../src/workbook/xlsx/errors";
import { openPackage } from "../../../src/workbook/xlsx/package";
import { checkPlan, checkSheetName } from "../../../src/workbook/xlsx/plan-check";
import { buildPackage } from "./build-package";

const pkg = openPackage(
  buildPackage({
    sheets: [
      { name: "客户台账", xml: "" },
      { name: "已有", xml: "" },
    ],
  }),
);
const columns = (over: Partial<OwnedColumns> = {}): OwnedColumns => ({
  sheet: "客户台账",
  headerRow: 1,
  firstColumn: 3,
  headers: ["a", "b"],
  rows: [],
  clearRowsBelow: 0,
  ...over,
});
const sheet = (name: string, over: Partial<OwnedSheet> = {}): OwnedSheet => ({ name, rows: [], ...over });
const codeOf = (plan: WritePlan): string => {
  try {
    checkPlan(pkg, plan);
    return "ok";
  } catch (error) {
    return (error as XlsxError).code;
  }
};

describe("write plan checks", () => {
  it("accepts sheet names up to 31 characters and refuses what Excel refuses", () => {
    expect(() => checkSheetName("销".repeat(31))).not.toThrow();
    for (const bad of ["销".repeat(32), "", "  ", "a/b", "a[1]", "a:b", "a*", "a?", "a\\b", "'a", "a'"]) {
      expect(() => checkSheetName(bad)).toThrow(XlsxError);
    }
    expect(() => checkSheetName("Bob's")).not.toThrow();
  });

  it("returns the ledger the columns go to, found ignoring case", () => {
    expect(checkPlan(pkg, { columns: columns(), sheets: [] })?.name).toBe("客户台账");
    expect(checkPlan(pkg, { columns: null, sheets: [] })).toBeNull();
  });

  it("refuses a block past the sheet's last column or row, and accepts one that ends exactly there", () => {
    expect(codeOf({ columns: columns({ firstColumn: MAX_COLUMNS - 2 }), sheets: [] })).toBe("ok");
    expect(codeOf({ columns: columns({ firstColumn: MAX_COLUMNS - 1 }), sheets: [] })).toBe("invalid-plan");
    expect(codeOf({ columns: columns({ firstColumn: -1 }), sheets: [] })).toBe("invalid-plan");
    expect(codeOf({ columns: columns({ headerRow: MAX_ROWS - 2, clearRowsBelow: 2 }), sheets: [] })).toBe(
      "ok",
    );
    expect(codeOf({ columns: columns({ headerRow: MAX_ROWS - 2, clearRowsBelow: 3 }), sheets: [] })).toBe(
      "invalid-plan",
    );
    expect(codeOf({ columns: columns({ headerRow: 0 }), sheets: [] })).toBe("invalid-plan");
    expect(codeOf({ columns: columns({ headers: [] }), sheets: [] })).toBe("invalid-plan");
  });

  it("refuses unknown ledgers, duplicate owned sheets and an owned sheet that is the ledger", () => {
    expect(codeOf({ columns: columns({ sheet: "没有" }), sheets: [] })).toBe("unknown-sheet");
    expect(codeOf({ columns: null, sheets: [sheet("报告"), sheet("报告")] })).toBe("invalid-plan");
    expect(codeOf({ columns: columns(), sheets: [sheet("客户台账")] })).toBe("invalid-plan");
    expect(codeOf({ columns: null, sheets: [sheet("已有"), sheet("新的")] })).toBe("ok");
  });

  it("refuses charts outside the sheet", () => {
    const chart = {
      kind: "bar" as const,
      title: "t",
      categories: { firstRow: 1, lastRow: 3, column: 0 },
      series: [{ name: "s", values: { firstRow: 1, lastRow: 3, column: 1 } }],
      anchor: { row: 1, column: 0, width: 5, height: 5 },
    };
    expect(codeOf({ columns: null, sheets: [sheet("图", { charts: [chart] })] })).toBe("ok");
    expect(
      codeOf({
        columns: null,
        sheets: [sheet("图", { charts: [{ ...chart, categories: { firstRow: 0, lastRow: 3, column: 0 } }] })],
      }),
    ).toBe("invalid-plan");
    expect(
      codeOf({
        columns: null,
        sheets: [sheet("图", { charts: [{ ...chart, anchor: { ...chart.anchor, width: 0 } }] })],
      }),
    ).toBe("invalid-plan");
    expect(
      codeOf({
        columns: null,
        sheets: [
          sheet("图", {
            charts: [{ ...chart, series: [{ name: "s", values: { firstRow: 3, lastRow: 2, column: 1 } }] }],
          }),
        ],
      }),
    ).toBe("invalid-plan");
  });
});
