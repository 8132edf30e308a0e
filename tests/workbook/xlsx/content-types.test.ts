import { CONTENT_TYPE, editContentTypes } from "../../../src/workbook/xlsx/content-types";
import { scanElements } from "../../../src/workbook/xlsx/xml-elements";

/** The Override part names declared, as zip entry names. */
function overriddenParts(xml: string): string[] {
  return scanElements(xml, "types")
    .filter((e) => e.local === "Override")
    .map((e) => (e.attributes.PartName ?? "").replace(/^\//, ""));
}

const TYPES =
  '<?xml version="1.0"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="main"/>' +
  '<Override PartName="/xl/drawings/drawing1.xml" ContentType="drawing"/>' +
  "</Types>";

describe("content types", () => {
  it("drops the Overrides of removed parts (any case) and appends new ones at the end", () => {
    const edited = editContentTypes(
      TYPES,
      ["xl/Drawings/drawing1.xml"],
      [{ part: "xl/charts/chart1.xml", contentType: CONTENT_TYPE.chart }],
    );
    expect(overriddenParts(edited)).toEqual(["xl/workbook.xml", "xl/charts/chart1.xml"]);
    expect(edited.startsWith(TYPES.slice(0, TYPES.indexOf('<Override PartName="/xl/drawings')))).toBe(true);
  });

  it("changes nothing when there is nothing to change", () => {
    expect(editContentTypes(TYPES, [], [])).toBe(TYPES);
  });

  it("removing and re-adding the same parts twice gives the same text", () => {
    const add = [{ part: "xl/worksheets/sheet4.xml", contentType: CONTENT_TYPE.worksheet }];
    const once = editContentTypes(TYPES, ["xl/worksheets/sheet4.xml"], add);
    expect(editContentTypes(once, ["xl/worksheets/sheet4.xml"], add)).toBe(once);
  });
});
