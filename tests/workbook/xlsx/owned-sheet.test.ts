import type { OwnedSheet } from "../../../src/workbook/port";
import { ownedSheetPieces, ownedSheetXml } from "../../../src/workbook/xlsx/owned-sheet";
import { isPlainRequest, styleRequestKey } from "../../../src/workbook/xlsx/style-catalog";
import { scanElements } from "../../../src/workbook/xlsx/xml-elements";

const styles = new Map<string, number>();
const resolveStyle = (request: Parameters<typeof styleRequestKey>[0]): number => {
  if (isPlainRequest(request)) return 0;
  const key = styleRequestKey(request);
  if (!styles.has(key)) styles.set(key, styles.size + 1);
  return styles.get(key)!;
};

const SHEET: OwnedSheet = {
  name: "校验报告",
  rows: [
    [{ value: "校验报告", style: "title" }],
    [],
    [
      { value: "工作表", style: "header" },
      { value: "行", style: "header" },
      { value: "说明", style: "header" },
    ],
    [{ value: "客户台账", link: { sheet: "客户台账", row: 5, column: 1 } }, 5, "=不是公式"],
    [null, { value: null, style: "bad" }, true],
  ],
  columnWidths: [16, 0, 40],
  frozenRows: 3,
};

describe("owned sheet part", () => {
  const xml = ownedSheetXml(SHEET, resolveStyle, "rId1");
  const elements = scanElements(xml, "sheet");
  const worksheetChildren = elements.filter((e) => e.depth === 1).map((e) => e.local);

  it("is a worksheet with its children in schema order", () => {
    expect(worksheetChildren).toEqual([
      "sheetPr",
      "dimension",
      "sheetViews",
      "sheetFormatPr",
      "cols",
      "sheetData",
      "hyperlinks",
      "pageMargins",
      "pageSetup",
      "drawing",
    ]);
  });

  it("covers the written cells in <dimension> and skips empty rows", () => {
    expect(elements.find((e) => e.local === "dimension")?.attributes.ref).toBe("A1:C5");
    expect(elements.filter((e) => e.local === "row").map((e) => e.attributes.r)).toEqual([
      "1",
      "3",
      "4",
      "5",
    ]);
  });

  it("freezes the header rows and sets only positive column widths", () => {
    expect(xml).toContain('<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>');
    expect(
      elements.filter((e) => e.local === "col").map((e) => [e.attributes.min, e.attributes.width]),
    ).toEqual([
      ["1", "16"],
      ["3", "40"],
    ]);
  });

  it("writes text as inline strings, links as internal hyperlinks, and styled blanks as empty cells", () => {
    expect(xml).toContain('<c r="C4" t="inlineStr"><is><t xml:space="preserve">=不是公式</t></is></c>');
    expect(xml).not.toContain("<f>");
    expect(xml).toContain(`<hyperlink ref="A4" location="'客户台账'!B5"/>`);
    expect(xml).toMatch(/<c r="B5" s="\d+"\/>/);
    expect(xml).toContain('<c r="C5" t="b"><v>1</v></c>');
  });

  it("prints landscape, one page wide", () => {
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml).toContain('<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
  });

  it("has no frozen pane, no cols and no drawing when none is asked for", () => {
    const plain = ownedSheetXml({ name: "空", rows: [] }, resolveStyle, null);
    expect(plain).toContain('<dimension ref="A1"/>');
    expect(plain).toContain("<sheetData/>");
    expect(plain).not.toMatch(/<pane|<cols|<drawing|<hyperlinks/);
  });
});

describe("a large owned sheet", () => {
  // A report of many findings, each linking to its cell; trailing blank rows write nothing.
  const rows = Array.from({ length: 20_000 }, (_, i) => [
    { value: "客户台账", link: { sheet: "客户台账", row: i + 2, column: 0 } },
    i + 2,
    `第 ${i + 2} 行的说明`,
  ]);
  const sheet: OwnedSheet = { name: "校验报告", rows: [...rows, [], [null, null]] };

  it("comes in pieces of bounded size that join into the same, well-formed part", () => {
    const pieces = [...ownedSheetPieces(sheet, resolveStyle, null)];
    expect(pieces.length).toBeGreaterThan(20);
    // A piece is cut after the row that takes it past 64K characters.
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(70_000);
    const xml = pieces.join("");
    expect(xml).toBe(ownedSheetXml(sheet, resolveStyle, null));
    const elements = scanElements(xml, "sheet");
    expect(elements.filter((e) => e.local === "row")).toHaveLength(20_000);
    expect(elements.filter((e) => e.local === "hyperlink")).toHaveLength(20_000);
    expect(xml).toContain('<dimension ref="A1:C20000"/>');
    expect(xml).toContain('<hyperlink ref="A20000" location="\'客户台账\'!A20001"/>');
  });
});
