import fc from "fast-check";
import { XlsxError } from "../../../src/workbook/xlsx/errors";
import {
  applyEdits,
  attributeByLocal,
  scanElements,
  setTagAttribute,
  splitName,
} from "../../../src/workbook/xlsx/xml-elements";

const XML =
  '\uFEFF<?xml version="1.0"?>\n<x:root xmlns:x="urn:x" xmlns:r="urn:r"><x:a r:id="rId1" n="1 &amp; 2"/>\n  <x:b>text<x:c/></x:b></x:root>';

describe("element positions", () => {
  const elements = scanElements(XML, "test.xml");

  it("finds every element with its exact span, byte order mark included in the positions", () => {
    expect(elements.map((e) => e.name)).toEqual(["x:root", "x:a", "x:b", "x:c"]);
    const [root, a, b, c] = elements;
    expect(XML.slice(root.start, root.openEnd)).toBe('<x:root xmlns:x="urn:x" xmlns:r="urn:r">');
    expect(XML.slice(a.start, a.end)).toBe('<x:a r:id="rId1" n="1 &amp; 2"/>');
    expect(a.selfClosing && a.openEnd === a.end && a.closeStart === a.end).toBe(true);
    expect(XML.slice(b.openEnd, b.closeStart)).toBe("text<x:c/>");
    expect(XML.slice(root.closeStart, root.end)).toBe("</x:root>");
    expect([root.depth, a.depth, b.depth, c.depth]).toEqual([0, 1, 1, 2]);
    expect(c.parent).toBe(2);
  });

  it("decodes attribute values and finds attributes and children by local name", () => {
    const [, a] = elements;
    expect(a.attributes.n).toBe("1 & 2");
    expect(attributeByLocal(a, "id")).toBe("rId1");
    expect(a.local).toBe("a");
    expect(a.prefix).toBe("x");
    expect(elements.filter((e) => e.parent === 0).map((e) => e.local)).toEqual(["a", "b"]);
    expect(splitName("sheet")).toEqual({ prefix: "", local: "sheet" });
  });

  it("reports malformed XML as a corrupt part", () => {
    expect(() => scanElements("<a><b></a>", "bad.xml")).toThrow(XlsxError);
  });
});

describe("editing as text", () => {
  it("splices edits and leaves every other byte alone", () => {
    expect(
      applyEdits("abcdef", [
        { start: 4, end: 5, text: "E" },
        { start: 1, end: 1, text: "+" },
        { start: 1, end: 1, text: "!" },
      ]),
    ).toBe("a+!bcdEf");
  });

  it("applying no edit is the identity", () => {
    fc.assert(fc.property(fc.string(), (s) => applyEdits(s, []) === s));
  });

  it("sets an attribute whatever its quotes, or adds it before the end of the tag", () => {
    expect(setTagAttribute('<dimension ref="A1:B2"/>', "ref", "A1:C9")).toBe('<dimension ref="A1:C9"/>');
    expect(setTagAttribute("<dimension ref='A1'/>", "ref", "A1:C9")).toBe("<dimension ref='A1:C9'/>");
    expect(setTagAttribute('<fonts count="3">', "count", "4")).toBe('<fonts count="4">');
    expect(setTagAttribute("<fonts>", "count", "4")).toBe('<fonts count="4">');
    expect(setTagAttribute("<dimension />", "ref", "A1")).toBe('<dimension ref="A1"/>');
    expect(setTagAttribute('<x a:count="1" count="2">', "count", "3")).toBe('<x a:count="1" count="3">');
  });
});
