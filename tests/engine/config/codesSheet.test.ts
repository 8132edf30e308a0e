import fc from "fast-check";
import type { RawCell } from "../../../src/engine/cells/types";
import { codesFromSheet, codesSheetRows } from "../../../src/engine/config/codesSheet";
import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import type { CodesConfig } from "../../../src/engine/config/types";
import { validCodes } from "./arbitraries";

type Rows = RawCell[][];

const SHEET = "代码表";
const BASE = DEFAULT_CONFIG.codes;

const read = (rows: Rows, base: CodesConfig = BASE) => codesFromSheet(rows, SHEET, base);

function rowIndexOf(rows: Rows, first: RawCell): number {
  const index = rows.findIndex((row) => row[0] === first);
  if (index < 0) throw new Error(`no row starting ${String(first)}`);
  return index;
}

/** The rows with the cell right of the row starting `first` replaced. */
function withCode(rows: Rows, first: string, code: RawCell): Rows {
  const index = rowIndexOf(rows, first);
  return rows.map((row, i) => (i === index ? [row[0], code, ...row.slice(2)] : row));
}

describe("codesSheetRows", () => {
  it("lays out three titled code tables, then one column per option list", () => {
    const rows = codesSheetRows(BASE, "zh");
    expect(rows[0][0]).toBe("代码表");
    const industry = rowIndexOf(rows, "行业代码");
    expect(rows[industry + 1].slice(0, 2)).toEqual(["行业", "代码"]);
    expect(rows[industry + 2].slice(0, 2)).toEqual(["医疗", "YL"]);
    const lists = rowIndexOf(rows, "选项列表");
    expect(rows[lists + 1]).toEqual([
      "企业规模",
      "客户阶段",
      "需求等级",
      "战略价值",
      "跟进成本",
      "紧急程度",
      "生命周期",
      "跟进方式",
      "完成状态",
    ]);
    expect(rows[lists + 2][0]).toBe("大型");
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
  });

  it("writes stage names in the sheet's language", () => {
    const rows = codesSheetRows(BASE, "en");
    const stages = rowIndexOf(rows, "Stage codes");
    expect(rows[stages + 2].slice(0, 2)).toEqual(["Lead", "QZ"]);
  });
});

describe("codesFromSheet", () => {
  it.each(["zh", "en"] as const)("gives back the default codes from a %s sheet", (lang) => {
    expect(read(codesSheetRows(BASE, lang))).toEqual({ codes: BASE, findings: [] });
  });

  it("gives back any valid codes, in both languages", () => {
    fc.assert(
      fc.property(validCodes, fc.constantFrom("zh" as const, "en" as const), (codes, lang) => {
        expect(read(codesSheetRows(codes, lang))).toEqual({ codes, findings: [] });
      }),
      { numRuns: 60 },
    );
  });

  it("returns the base for a blank sheet", () => {
    expect(read([])).toEqual({ codes: BASE, findings: [] });
    expect(read([[null], ["", "  "]])).toEqual({ codes: BASE, findings: [] });
  });

  it("reports a sheet with content but no section title", () => {
    expect(read([["医疗", "YL"]]).findings).toEqual([
      expect.objectContaining({ rule: "codes.no-sections", row: null, severity: "error" }),
    ]);
  });

  it("keeps the base for sections the sheet does not have", () => {
    const rows: Rows = [["规模代码"], ["企业规模", "代码"], ["大型", "DA"], ["小型", "XI"]];
    expect(read(rows)).toEqual({ codes: { ...BASE, size: { 大型: "DA", 小型: "XI" } }, findings: [] });
  });

  it("finds sections anywhere, without their header row, and skips blank rows inside them", () => {
    const rows: Rows = [
      [],
      [null, null, "Size codes"],
      [null, null, "大型", "DA"],
      [null, null, null, null],
      [null, null, "小型", "ＸＩ"],
      [null, null, "Option lists"],
      [null, null, "Urgency", "Method"],
      [null, null, "紧急", "电话"],
      [null, null, "一般", "电话"],
      [null, null, null, "上门"],
    ];
    expect(read(rows)).toEqual({
      codes: {
        ...BASE,
        size: { 大型: "DA", 小型: "XI" },
        lists: { ...BASE.lists, urgency: ["紧急", "一般"], method: ["电话", "上门"] },
      },
      findings: [],
    });
  });

  it("reads English or Chinese stage names into the Chinese keys", () => {
    const rows: Rows = [
      ["阶段代码"],
      ["Lead", "AA"],
      ["意向客户", "BB"],
      ["opportunity", "CC"],
      ["Negotiation", "DD"],
      ["Won", "EE"],
      ["Lost", "FF"],
    ];
    expect(read(rows).codes.stage).toEqual({
      潜在客户: "AA",
      意向客户: "BB",
      商机客户: "CC",
      谈判阶段: "DD",
      成交客户: "EE",
      流失客户: "FF",
    });
  });

  describe("findings", () => {
    const rows = codesSheetRows(BASE, "zh");
    const rowNumber = (first: string) => rowIndexOf(rows, first) + 1;

    it("reports a code that is not two capital letters, naming row, column and value", () => {
      const { findings } = read(withCode(rows, "医疗", "yl"));
      expect(findings).toEqual([
        {
          sheet: SHEET,
          row: rowNumber("医疗"),
          columnIndex: 1,
          column: "代码",
          field: "codes.industry",
          value: "yl",
          rule: "codes.bad-code",
          severity: "error",
          message: {
            zh: `第 ${rowNumber("医疗")} 行:「行业代码」中「医疗」的代码「yl」应为两个大写字母`,
            en: `Row ${rowNumber("医疗")}: "Industry codes": the code "yl" of "医疗" must be two capital letters`,
          },
        },
      ]);
    });

    it.each(["Y", "YLX", "Y1", 12])("reports the code %p", (code) => {
      expect(read(withCode(rows, "医疗", code)).findings.map((f) => f.rule)).toEqual(["codes.bad-code"]);
    });

    it("flags every row sharing a duplicate code", () => {
      const { findings } = read(withCode(rows, "金融", "YL"));
      expect(findings.map((f) => [f.rule, f.row])).toEqual([
        ["codes.duplicate-code", rowNumber("医疗")],
        ["codes.duplicate-code", rowNumber("金融")],
      ]);
    });

    it("reports a name without a code, a code without a name and a repeated name", () => {
      const extra: Rows = [
        ["行业代码"],
        ["行业", "代码"],
        ["医疗", null],
        [null, "QQ"],
        ["金融", "JR"],
        ["金融", "JS"],
      ];
      expect(read(extra).findings.map((f) => [f.rule, f.row])).toEqual([
        ["codes.missing-code", 3],
        ["codes.missing-name", 4],
        ["codes.duplicate-name", 6],
      ]);
    });

    it("reports an empty table on its title row", () => {
      const empty: Rows = [["行业代码"], ["行业", "代码"]];
      expect(read(empty).findings).toEqual([expect.objectContaining({ rule: "codes.empty-table", row: 1 })]);
    });

    it("reports an empty list on its header cell", () => {
      const empty: Rows = [["选项列表"], ["企业规模", "跟进方式"], ["大型", null]];
      expect(read(empty).findings).toEqual([
        expect.objectContaining({ rule: "codes.empty-list", row: 2, columnIndex: 1, value: "跟进方式" }),
      ]);
    });

    it("reports an unknown or repeated list header", () => {
      const lists: Rows = [["Option lists"], ["Colour", "Method", "跟进方式"], ["红", "电话", "面谈"]];
      expect(read(lists).findings.map((f) => [f.rule, f.columnIndex])).toEqual([
        ["codes.unknown-list", 0],
        ["codes.duplicate-list", 2],
      ]);
    });

    it("reports a stage that is not one, on its row, and stages that are missing", () => {
      const stages: Rows = [["阶段代码"], ["客户阶段", "代码"], ["潜在客户", "QZ"], ["休眠客户", "XM"]];
      const { findings } = read(stages);
      expect(findings.map((f) => [f.rule, f.row, f.value])).toEqual([
        ["codes.unknown-stage", 4, "休眠客户"],
        ["codes.missing-stage", 1, "阶段代码"],
      ]);
    });

    it("reports a section given twice and reads only the first", () => {
      const twice: Rows = [["规模代码"], ["大型", "DA"], ["规模代码"], ["大型", "DB"]];
      const result = read(twice);
      expect(result.codes.size).toEqual({ 大型: "DA" });
      expect(result.findings.map((f) => [f.rule, f.row])).toEqual([["codes.duplicate-section", 3]]);
    });
  });
});
