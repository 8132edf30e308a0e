import { absoluteRange, cellText, columnLetter, fittedWidths } from "../../src/template/grid";

describe("columnLetter", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("%i → %s", (index, letters) => expect(columnLetter(index)).toBe(letters));
});

describe("absoluteRange", () => {
  it("quotes the sheet and pins rows and column", () => {
    expect(absoluteRange("代码表", 2, 30, 33)).toBe("'代码表'!$C$30:$C$33");
    expect(absoluteRange("Bob's Codes", 0, 1, 1)).toBe("'Bob''s Codes'!$A$1:$A$1");
  });
});

describe("cellText", () => {
  it("trims text, shows numbers and treats null as empty", () => {
    expect(cellText("  值 ")).toBe("值");
    expect(cellText(30)).toBe("30");
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
  });
});

describe("fittedWidths", () => {
  it("fits the widest cell plus padding, within the bounds", () => {
    const rows = [
      ["ab", "行业代码", "x".repeat(60)],
      ["abcdefghij", null, null],
    ];
    expect(fittedWidths(rows, 5, 40)).toEqual([12, 10, 40]);
    expect(fittedWidths([["a"]], 8, 40)).toEqual([8]);
    expect(fittedWidths([], 8, 40)).toEqual([]);
  });
});
