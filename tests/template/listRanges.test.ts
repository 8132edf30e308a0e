import { DEFAULT_CONFIG, codesSheetRows, type CodesConfig } from "../../src/engine/config";
import type { GridRows } from "../../src/template/grid";
import { listRanges } from "../../src/template/listRanges";

const withLists = (lists: CodesConfig["lists"]): CodesConfig => ({ ...DEFAULT_CONFIG.codes, lists });

describe("listRanges", () => {
  it.each(["zh", "en"] as const)("finds every configured list on the real codes sheet (%s)", (lang) => {
    const rows = codesSheetRows(DEFAULT_CONFIG.codes, lang);
    const ranges = listRanges(rows, DEFAULT_CONFIG.codes, lang, "Codes");
    expect([...ranges.keys()].sort()).toEqual(Object.keys(DEFAULT_CONFIG.codes.lists).sort());
    for (const [key, range] of ranges) {
      const match = /^'Codes'!\$([A-Z]+)\$(\d+):\$\1\$(\d+)$/.exec(range);
      expect(match).not.toBeNull();
      const column = (match as RegExpExecArray)[1].charCodeAt(0) - 65;
      const [first, last] = [Number(match?.[2]), Number(match?.[3])];
      const values = rows.slice(first - 1, last).map((row) => row[column]);
      expect(values).toEqual(DEFAULT_CONFIG.codes.lists[key]);
    }
  });

  // A code table at the top names its column 客户阶段 too; only the lists below the title count.
  const grid: GridRows = [
    [null, "客户阶段", null, null, null],
    [null, "潜在客户", null, null, null],
    [null, null, "选项列表", null, null],
    [null, null, "企业规模", "紧急程度", "客户阶段"],
    [null, null, "大型", "高", "意向客户"],
    [null, null, "小型", null, "商机客户"],
  ];
  const codes = withLists({ size: ["大型", "小型"], urgency: ["高"], stage: ["意向客户", "商机客户"] });

  it("reads addresses off the rows, below the lists' title, wherever the section sits", () => {
    const ranges = listRanges(grid, codes, "zh", "代码表");
    expect(ranges.get("size")).toBe("'代码表'!$C$5:$C$6");
    expect(ranges.get("urgency")).toBe("'代码表'!$D$5:$D$5");
    expect(ranges.get("stage")).toBe("'代码表'!$E$5:$E$6");
  });

  it("gives no range to a list without options", () => {
    const rows = grid.map((row) => [...row, null]);
    rows[3][5] = "需求等级";
    const ranges = listRanges(rows, withLists({ ...codes.lists, priorityClass: [] }), "zh", "代码表");
    expect(ranges.has("priorityClass")).toBe(false);
    expect(ranges.size).toBe(3);
  });

  it("refuses rows that do not hold the configured lists", () => {
    expect(() => listRanges(grid.slice(0, 2), codes, "zh", "代码表")).toThrow(/选项列表/);
    expect(() =>
      listRanges(grid, withLists({ ...codes.lists, lifecycle: ["成长期"] }), "zh", "代码表"),
    ).toThrow(/lifecycle/);
    expect(() => listRanges(grid, withLists({ ...codes.lists, size: ["大型"] }), "zh", "代码表")).toThrow(
      /size/,
    );
  });
});
