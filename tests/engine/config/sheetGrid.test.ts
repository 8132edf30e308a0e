import {
  cellAt,
  configFinding,
  excelRow,
  isBlankGrid,
  matchKey,
  rectangle,
} from "../../../src/engine/config/sheetGrid";

describe("sheetGrid", () => {
  it("matches text regardless of width, case and spaces", () => {
    expect(matchKey(" Ｋｅｙ ")).toBe("key");
    expect(matchKey("Option  Lists")).toBe("optionlists");
    expect(matchKey(null)).toBe("");
  });

  it("reads missing cells as undefined", () => {
    expect(cellAt([[1]], 0, 0)).toBe(1);
    expect(cellAt([[1]], 0, 3)).toBeUndefined();
    expect(cellAt([[1]], 4, 0)).toBeUndefined();
  });

  it("tells blank grids apart", () => {
    expect(isBlankGrid([])).toBe(true);
    expect(isBlankGrid([[null, " ", "\u3000"], []])).toBe(true);
    expect(isBlankGrid([[null], [0]])).toBe(false);
  });

  it("pads rows to a rectangle", () => {
    expect(rectangle([["a"], [], ["b", "c"]])).toEqual([
      ["a", null],
      [null, null],
      ["b", "c"],
    ]);
  });

  it("numbers rows as Excel does and quotes the cell as typed", () => {
    expect(excelRow(0)).toBe(1);
    const place = { sheet: "S", rowIndex: 4, columnIndex: 2, column: "值", field: "k", cell: 0.5 };
    expect(configFinding(place, "rules.x", { zh: "中", en: "en" })).toEqual({
      sheet: "S",
      row: 5,
      columnIndex: 2,
      column: "值",
      field: "k",
      value: "0.5",
      rule: "rules.x",
      severity: "error",
      message: { zh: "中", en: "en" },
    });
  });
});
