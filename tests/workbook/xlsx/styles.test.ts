import { scanElements } from "../../../src/workbook/xlsx/xml-elements";
import { EMPTY_STYLE_SHEET, StyleSheetEditor } from "../../../src/workbook/xlsx/styles";
import { MINIMAL_STYLES } from "./build-package";

function sectionItems(xml: string, section: string): string[] {
  const elements = scanElements(xml, "styles");
  const index = elements.findIndex((e) => e.local === section && e.depth === 1);
  return elements.filter((e) => e.parent === index).map((e) => xml.slice(e.start, e.end));
}

function count(xml: string, section: string): string | undefined {
  return scanElements(xml, "styles").find((e) => e.local === section && e.depth === 1)?.attributes.count;
}

const USER_STYLES = MINIMAL_STYLES.replace(
  '<fonts count="1">',
  '<numFmts count="1"><numFmt numFmtId="170" formatCode="0.000"/></numFmts><fonts count="1">',
).replace(
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>',
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
);

describe("style sheet editor", () => {
  it("gives plain cells the default format and changes nothing for them", () => {
    const editor = new StyleSheetEditor(USER_STYLES, "styles");
    expect(editor.xfIndex({})).toBe(0);
    expect(editor.changed).toBe(false);
    expect(editor.toXml()).toBe(USER_STYLES);
  });

  it("appends after the existing entries, keeping every existing index and byte", () => {
    const editor = new StyleSheetEditor(USER_STYLES, "styles");
    const header = editor.xfIndex({ style: "ownedHeader" });
    const date = editor.xfIndex({ format: "yyyy-mm-dd" });
    const percent = editor.xfIndex({ format: "0.0%" });
    const builtIn = editor.xfIndex({ format: "0%" });
    expect([header, date, percent, builtIn]).toEqual([2, 3, 4, 5]);
    const xml = editor.toXml();
    const before = sectionItems(USER_STYLES, "cellXfs");
    expect(sectionItems(xml, "cellXfs").slice(0, before.length)).toEqual(before);
    expect(sectionItems(xml, "fonts")[0]).toBe(sectionItems(USER_STYLES, "fonts")[0]);
    expect(count(xml, "cellXfs")).toBe("6");
    expect(count(xml, "numFmts")).toBe("3");
    const formats = sectionItems(xml, "numFmts");
    expect(formats).toEqual([
      '<numFmt numFmtId="170" formatCode="0.000"/>',
      '<numFmt numFmtId="171" formatCode="yyyy-mm-dd"/>',
      '<numFmt numFmtId="172" formatCode="0.0%"/>',
    ]);
    expect(sectionItems(xml, "cellXfs")[5]).toBe(
      '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    );
  });

  it("reuses an existing number format with the same code", () => {
    const editor = new StyleSheetEditor(USER_STYLES, "styles");
    editor.xfIndex({ format: "0.000" });
    expect(sectionItems(editor.toXml(), "numFmts")).toHaveLength(1);
  });

  it("numbers the first custom format 164 when the file has none", () => {
    const editor = new StyleSheetEditor(MINIMAL_STYLES, "styles");
    editor.xfIndex({ format: "0.0" });
    expect(sectionItems(editor.toXml(), "numFmts")).toEqual(['<numFmt numFmtId="164" formatCode="0.0"/>']);
  });

  it("finds what an earlier refresh appended instead of appending it again", () => {
    const first = new StyleSheetEditor(USER_STYLES, "styles");
    const requests = [
      { style: "title" as const },
      { style: "bad" as const, link: true },
      { format: "0.0%" },
      { style: "ownedHeader" as const },
    ];
    const indexes = requests.map((r) => first.xfIndex(r));
    const once = first.toXml();
    const second = new StyleSheetEditor(once, "styles");
    expect(requests.map((r) => second.xfIndex(r))).toEqual(indexes);
    expect(second.changed).toBe(false);
    expect(second.toXml()).toBe(once);
  });

  it("builds fonts on the workbook's default font and shares fills and fonts between formats", () => {
    const editor = new StyleSheetEditor(MINIMAL_STYLES, "styles");
    editor.xfIndex({ style: "title" });
    editor.xfIndex({ style: "good" });
    editor.xfIndex({ style: "good", format: "0.0" });
    const xml = editor.toXml();
    expect(sectionItems(xml, "fonts")[1]).toBe(
      '<font><b/><sz val="14"/><color rgb="FF1F4E79"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
    );
    expect(sectionItems(xml, "fonts")).toHaveLength(3);
    expect(sectionItems(xml, "fills")).toHaveLength(3);
  });

  it("writes with the style sheet's namespace prefix", () => {
    const prefixed = MINIMAL_STYLES.replace(/<(\/?)(\w+)/g, "<$1x:$2").replace('xmlns="', 'xmlns:x="');
    const editor = new StyleSheetEditor(prefixed, "styles");
    editor.xfIndex({ style: "bad", format: "0.0" });
    const xml = editor.toXml();
    expect(sectionItems(xml, "cellXfs")[1]).toMatch(/^<x:xf numFmtId="164"/);
    expect(sectionItems(xml, "numFmts")).toEqual(['<x:numFmt numFmtId="164" formatCode="0.0"/>']);
    expect(xml).toMatch(/<x:numFmts count="1">.*<\/x:numFmts><x:fonts/);
  });

  it("creates the sections a bare style sheet lacks, defaults first so index 0 stays plain", () => {
    const editor = new StyleSheetEditor(EMPTY_STYLE_SHEET, "styles");
    expect(editor.xfIndex({ style: "header" })).toBe(1);
    const xml = editor.toXml();
    expect(sectionItems(xml, "cellXfs")[0]).toBe(
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    );
    expect(sectionItems(xml, "fills")).toHaveLength(3);
    const order = scanElements(xml, "styles")
      .filter((e) => e.depth === 1)
      .map((e) => e.local);
    expect(order).toEqual(["fonts", "fills", "borders", "cellXfs"]);
    const selfClosing = new StyleSheetEditor('<styleSheet xmlns="m"/>', "styles");
    selfClosing.xfIndex({ format: "0.0" });
    expect(
      scanElements(selfClosing.toXml(), "styles")
        .filter((e) => e.depth === 1)
        .map((e) => e.local),
    ).toEqual(["numFmts", "fonts", "fills", "borders", "cellXfs"]);
  });
});
