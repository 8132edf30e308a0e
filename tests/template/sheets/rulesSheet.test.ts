import { Workbook } from "exceljs";
import { DEFAULT_CONFIG, rulesSheetRows } from "../../../src/engine/config";
import type { GridRows } from "../../../src/template/grid";
import { addRulesSheet, findRulesHeader } from "../../../src/template/sheets/rulesSheet";
import { PALETTE } from "../../../src/template/styles";

const lone = (text: string | null) => [text, null];

describe("findRulesHeader", () => {
  it("finds the value header within the first ten rows, not below", () => {
    const rowsWithHeaderAt = (index: number): GridRows => [
      ...Array.from({ length: index }, () => lone("说明")),
      ["参数键", "值"],
    ];
    expect(findRulesHeader(rowsWithHeaderAt(9), "zh")).toEqual({ row: 9, valueColumn: 1 });
    expect(findRulesHeader(rowsWithHeaderAt(10), "zh")).toBeNull();
    expect(findRulesHeader(rowsWithHeaderAt(0), "en")).toBeNull();
    expect(findRulesHeader([["Key", "Value"]], "en")).toEqual({ row: 0, valueColumn: 1 });
  });

  it("finds it in the config module's rows in both languages", () => {
    for (const lang of ["zh", "en"] as const)
      expect(findRulesHeader(rulesSheetRows(DEFAULT_CONFIG, lang), lang)).not.toBeNull();
  });
});

describe("addRulesSheet", () => {
  const rows: GridRows = [
    ["评分规则"],
    ["只改值列"],
    [],
    ["参数键", "参数", "值", "说明"],
    ["a.b", "甲", 30, "短"],
    ["c.d", "乙", "高、中", "很长的说明".repeat(12)],
  ];
  const sheet = addRulesSheet(new Workbook(), "评分规则", rows, "zh");

  it("marks the value cells as editable and nothing else", () => {
    expect(sheet.getCell("C5").fill).toMatchObject({ fgColor: { argb: PALETTE.editable } });
    expect(sheet.getCell("C6").fill).toMatchObject({ fgColor: { argb: PALETTE.editable } });
    expect(sheet.getCell("D5").fill).toBeUndefined();
    expect(sheet.getCell("C4").fill).toMatchObject({ fgColor: { argb: PALETTE.header } });
  });

  it("freezes the rows down to the header", () => {
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
  });

  it("gives a wrapped note a taller row", () => {
    expect(sheet.getRow(5).height).toBeUndefined();
    expect(sheet.getRow(6).height).toBeGreaterThan(15);
  });

  it("refuses rows without a value column", () => {
    expect(() => addRulesSheet(new Workbook(), "x", [["参数键", "说明"]], "zh")).toThrow(/值/);
  });
});
