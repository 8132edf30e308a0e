import fc from "fast-check";
import {
  appendRelationships,
  buildRelationships,
  freeRelationshipIds,
  isRelType,
  parseRelationships,
  REL,
  relativeTarget,
  relsPathFor,
  removeRelationships,
  resolveTarget,
} from "../../../src/workbook/xlsx/rels";

const RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '<Relationship Id="rId2" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/styles" Target="/xl/styles.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com/a%20b" TargetMode="External"/>' +
  "</Relationships>";

describe("relationships", () => {
  it("reads ids, types and targets, and matches strict and transitional types alike", () => {
    const rels = parseRelationships(RELS, "xl/_rels/workbook.xml.rels");
    expect(rels.map((r) => r.id)).toEqual(["rId1", "rId2", "rId3"]);
    expect(isRelType(rels[0], REL.worksheet)).toBe(true);
    expect(isRelType(rels[1], REL.styles)).toBe(true);
    expect(rels[2].external).toBe(true);
  });

  it("resolves targets against the source part's folder", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/styles.xml")).toBe("xl/styles.xml");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../drawings/drawing1.xml")).toBe(
      "xl/drawings/drawing1.xml",
    );
    expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
    expect(resolveTarget("xl/workbook.xml", "./media/image%201.png")).toBe("xl/media/image 1.png");
    expect(relsPathFor("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relsPathFor("")).toBe("_rels/.rels");
  });

  it("a relative target written from one part resolves back to the part it names", () => {
    const segment = fc.constantFrom("xl", "worksheets", "drawings", "charts", "_rels", "media");
    const part = fc
      .tuple(fc.array(segment, { maxLength: 3 }), fc.constantFrom("a.xml", "b.xml"))
      .map(([dirs, file]) => [...dirs, file].join("/"));
    fc.assert(fc.property(part, part, (from, to) => resolveTarget(from, relativeTarget(from, to)) === to));
  });

  it("appends and removes relationships, every other byte kept", () => {
    const added = appendRelationships(RELS, "rels", [
      { id: "rId4", type: REL.drawing, target: "../drawings/drawing1.xml" },
    ]);
    expect(added.startsWith(RELS.slice(0, RELS.lastIndexOf("</Relationships>")))).toBe(true);
    expect(parseRelationships(added, "rels").map((r) => r.id)).toEqual(["rId1", "rId2", "rId3", "rId4"]);
    expect(removeRelationships(added, "rels", new Set(["rId4"]))).toBe(RELS);
    const empty = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';
    expect(
      parseRelationships(
        appendRelationships(empty, "rels", [{ id: "rId1", type: REL.chart, target: "c.xml" }]),
        "rels",
      ),
    ).toHaveLength(1);
    expect(parseRelationships(buildRelationships([]), "rels")).toEqual([]);
  });

  it("hands out the lowest free ids", () => {
    expect(freeRelationshipIds(["rId1", "rId3"], 3)).toEqual(["rId2", "rId4", "rId5"]);
    expect(freeRelationshipIds([], 0)).toEqual([]);
  });
});
