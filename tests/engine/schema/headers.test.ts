import { FOLLOWUP_FIELDS, LEDGER_FIELDS, SHEETS } from "../../../src/engine/schema/fields";
import type { FieldDef } from "../../../src/engine/schema/fields";
import { findSheet, locateHeader, normalizeHeader } from "../../../src/engine/schema/headers";
import type { RawCell } from "../../../src/engine/cells/types";

/** Four fields whose blank is an error, so "half" is exactly two. */
const FOUR_REQUIRED: readonly FieldDef[] = [
  { key: "a", zh: "甲", en: "Alpha", type: "text", required: "error" },
  { key: "b", zh: "乙", en: "Beta", type: "text", required: "error" },
  { key: "c", zh: "丙", en: "Gamma", type: "text", required: "error" },
  { key: "d", zh: "丁", en: "Delta", aliases: ["D列"], type: "text", required: "error" },
  { key: "w", zh: "戊", en: "Warn", type: "text", required: "warning" },
  { key: "o", zh: "己", en: "Optional", type: "text" },
];

const filler = (n: number): RawCell[][] => Array.from({ length: n }, (_, i) => [`说明 ${i}`, null]);

describe("normalizeHeader", () => {
  it.each([
    ["年营收（万元）", "年营收(万元)"],
    ["  Customer   ID ", "customerid"],
    ["ＣＵＳＴＯＭＥＲ ＩＤ", "customerid"],
    ["客户\n编号", "客户编号"],
    ["*客户编号", "客户编号"],
    ["回款周期（天）", "回款周期(天)"],
  ])("%j normalises like %j", (raw, expected) => {
    expect(normalizeHeader(raw)).toBe(normalizeHeader(expected));
  });

  it("keeps different names different", () => {
    expect(normalizeHeader("客户编号")).not.toBe(normalizeHeader("客户名称"));
  });

  it("reads numbers and treats empty cells as empty", () => {
    expect(normalizeHeader(2024)).toBe("2024");
    expect(normalizeHeader(null)).toBe("");
    expect(normalizeHeader(undefined)).toBe("");
  });
});

describe("findSheet", () => {
  it("finds a sheet by its Chinese name, English name or alias", () => {
    expect(findSheet(["说明", "客户台账"], SHEETS.ledger)).toBe("客户台账");
    expect(findSheet(["Customers"], SHEETS.ledger)).toBe("Customers");
    expect(findSheet(["客户信息表"], SHEETS.ledger)).toBe("客户信息表");
  });

  it("ignores case, width and spaces and returns the name as the workbook spells it", () => {
    expect(findSheet(["  CUSTOMER ledger "], SHEETS.ledger)).toBe("  CUSTOMER ledger ");
    expect(findSheet(["ＦＯＬＬＯＷ－ＵＰＳ"], SHEETS.followups)).toBe("ＦＯＬＬＯＷ－ＵＰＳ");
  });

  it("takes the first match in tab order and null when none matches", () => {
    expect(findSheet(["Ledger", "客户台账"], SHEETS.ledger)).toBe("Ledger");
    expect(findSheet(["客户台账2", "Sheet1"], SHEETS.ledger)).toBeNull();
  });
});

describe("locateHeader", () => {
  it("finds the header on row 1", () => {
    const found = locateHeader([["甲", "乙", "丙", "丁"]], FOUR_REQUIRED);
    expect(found?.rowOffset).toBe(0);
  });

  it("finds the header on row 10 but not on row 11", () => {
    const header = ["甲", "乙", "丙", "丁"];
    expect(locateHeader([...filler(9), header], FOUR_REQUIRED)?.rowOffset).toBe(9);
    expect(locateHeader([...filler(10), header], FOUR_REQUIRED)).toBeNull();
  });

  it("honours a different search depth", () => {
    const rows = [...filler(10), ["甲", "乙"]];
    expect(locateHeader(rows, FOUR_REQUIRED, 11)?.rowOffset).toBe(10);
  });

  it("needs exactly half of the error-required headers, rounded up", () => {
    expect(locateHeader([["甲", "乙"]], FOUR_REQUIRED)?.rowOffset).toBe(0);
    expect(locateHeader([["甲", "戊", "己"]], FOUR_REQUIRED)).toBeNull();
    const three = FOUR_REQUIRED.filter((field) => field.key !== "d");
    expect(locateHeader([["甲"]], three)).toBeNull();
    expect(locateHeader([["甲", "乙"]], three)?.rowOffset).toBe(0);
  });

  it("counts a repeated header once toward the half", () => {
    expect(locateHeader([["甲", "甲", "甲"]], FOUR_REQUIRED)).toBeNull();
  });

  it("skips a title row that names too few fields", () => {
    const rows = [["甲 客户清单"], ["甲"], ["丁", "丙"]];
    expect(locateHeader(rows, FOUR_REQUIRED)?.rowOffset).toBe(2);
  });

  it("accepts English, full-width and alias headers in any order and ignores unknown columns", () => {
    const found = locateHeader([["备注", "ＧＡＭＭＡ", "d列", " alpha ", "己", "自定义"]], FOUR_REQUIRED);
    expect(found).not.toBeNull();
    expect(Object.fromEntries([...found!.columns].map(([key, column]) => [key, column.index]))).toEqual({
      c: 1,
      d: 2,
      a: 3,
      o: 4,
    });
    expect(found!.columns.get("a")?.header).toBe(" alpha ");
    expect(found!.headers).toEqual(["备注", "ＧＡＭＭＡ", "d列", " alpha ", "己", "自定义"]);
  });

  it("uses the first of duplicated headers and reports the duplicates", () => {
    const found = locateHeader([["甲", "乙", "Alpha", "己", "甲"]], FOUR_REQUIRED);
    expect(found?.columns.get("a")).toEqual({ index: 0, header: "甲" });
    expect(found?.duplicates).toEqual([{ field: "a", header: "甲", indexes: [0, 2, 4] }]);
  });

  it("reports no duplicates when every header is distinct", () => {
    expect(locateHeader([["甲", "乙"]], FOUR_REQUIRED)?.duplicates).toEqual([]);
  });

  it("finds the template's own headers for both input sheets", () => {
    const ledger = locateHeader([LEDGER_FIELDS.map((field) => field.zh)], LEDGER_FIELDS);
    expect(ledger?.columns.size).toBe(LEDGER_FIELDS.length);
    const followups = locateHeader([FOLLOWUP_FIELDS.map((field) => field.en)], FOLLOWUP_FIELDS);
    expect(followups?.columns.size).toBe(FOLLOWUP_FIELDS.length);
  });

  it("treats any known header as enough when no field is error-required", () => {
    const optional = FOUR_REQUIRED.filter((field) => field.required !== "error");
    expect(locateHeader([["x"], ["己"]], optional)?.rowOffset).toBe(1);
    expect(locateHeader([["x"]], optional)).toBeNull();
  });

  it("returns null for an empty sheet", () => {
    expect(locateHeader([], LEDGER_FIELDS)).toBeNull();
  });
});
