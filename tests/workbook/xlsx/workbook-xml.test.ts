import { appendSheets, parseWorkbookXml } from "../../../src/workbook/xlsx/workbook-xml";

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

describe("workbook.xml", () => {
  it("lists sheets in tab order and reads the date system", () => {
    const xml = `<workbook xmlns="m" xmlns:r="${R}"><workbookPr date1904="true"/><sheets><sheet name="甲" sheetId="3" r:id="rId2"/><sheet name="乙" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    expect(parseWorkbookXml(xml, "wb")).toEqual({
      sheets: [
        { name: "甲", sheetId: 3, relId: "rId2" },
        { name: "乙", sheetId: 1, relId: "rId1" },
      ],
      date1904: true,
    });
    expect(parseWorkbookXml(xml.replace('date1904="true"', 'date1904="0"'), "wb").date1904).toBe(false);
    expect(parseWorkbookXml(xml.replace('<workbookPr date1904="true"/>', ""), "wb").date1904).toBe(false);
  });

  it("appends sheets with the prefix the file uses for relationships", () => {
    const xml = `<x:workbook xmlns:x="m" xmlns:rel="${R}"><x:sheets><x:sheet name="A" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`;
    const out = appendSheets(xml, "wb", [{ name: "销售&漏斗", sheetId: 2, relId: "rId9" }]);
    expect(out).toBe(
      xml.replace("</x:sheets>", '<x:sheet name="销售&amp;漏斗" sheetId="2" rel:id="rId9"/></x:sheets>'),
    );
    expect(parseWorkbookXml(out, "wb").sheets[1]).toEqual({ name: "销售&漏斗", sheetId: 2, relId: "rId9" });
  });

  it("declares the relationships namespace on the new element when the root does not", () => {
    const xml = `<workbook xmlns="m"><sheets><sheet xmlns:r="${R}" name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const out = appendSheets(xml, "wb", [{ name: "B", sheetId: 2, relId: "rId2" }]);
    expect(parseWorkbookXml(out, "wb").sheets.map((s) => s.relId)).toEqual(["rId1", "rId2"]);
    expect(appendSheets(xml, "wb", [])).toBe(xml);
  });
});
