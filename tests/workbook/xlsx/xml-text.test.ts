import fc from "fast-check";
import { SaxesParser } from "saxes";
import {
  decodeOoxmlText,
  encodeOoxmlText,
  escapeXmlAttribute,
  escapeXmlText,
} from "../../../src/workbook/xlsx/xml-text";

/** What an XML parser hands a reader for `<t>encoded</t>`. */
function parsedText(encoded: string): string {
  const parser = new SaxesParser();
  let text = "";
  parser.on("text", (t) => (text += t));
  parser.write(`<t>${encoded}</t>`).close();
  return text;
}

function parsedAttribute(encoded: string): string {
  const parser = new SaxesParser();
  let value = "";
  parser.on("opentag", (tag) => (value = tag.attributes.a as string));
  parser.write(`<t a="${encoded}"/>`).close();
  return value;
}

describe("XML escapes", () => {
  it("escapes markup and keeps carriage returns as references", () => {
    expect(escapeXmlText("a<b>&c\r\n")).toBe("a&lt;b&gt;&amp;c&#13;\n");
    expect(escapeXmlAttribute('say "hi"\t\n')).toBe("say &quot;hi&quot;&#9;&#10;");
  });

  it("attribute values survive a parser whatever they hold", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => parsedAttribute(escapeXmlAttribute(s)) === s),
      { numRuns: 300 },
    );
  });
});

describe("Excel's _xHHHH_ escapes", () => {
  it("spells characters XML cannot carry and keeps tab, LF and CR", () => {
    expect(encodeOoxmlText("a\u0001b")).toBe("a_x0001_b");
    expect(encodeOoxmlText("\t\n")).toBe("\t\n");
    expect(encodeOoxmlText("\uFFFF")).toBe("_xFFFF_");
    expect(encodeOoxmlText("\uD800")).toBe("_xD800_");
    expect(encodeOoxmlText("😀")).toBe("😀");
    expect(encodeOoxmlText("a😀\uDC00\uD83D")).toBe("a😀_xDC00__xD83D_");
    expect(escapeXmlAttribute("😀\uD800")).toBe("😀\uFFFD");
  });

  it("escapes a literal escape so that it reads back as typed", () => {
    expect(encodeOoxmlText("_x0041_")).toBe("_x005F_x0041_");
    expect(decodeOoxmlText("_x005F_x0041_")).toBe("_x0041_");
    expect(decodeOoxmlText("_x0041_")).toBe("A");
    expect(decodeOoxmlText("_x004_")).toBe("_x004_");
  });

  it("any text written to a cell reads back exactly (formula-looking text included)", () => {
    const text = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.constantFrom("=SUM(A1)", "+1", "-2", "@x", "\t=1", "\r\n=2", "_x0041_", "_x005F_"),
    );
    fc.assert(
      fc.property(text, (s) => decodeOoxmlText(parsedText(encodeOoxmlText(s))) === s),
      { numRuns: 300 },
    );
  });

  it("plain escapes keep text as text", () => {
    expect(parsedText(escapeXmlText("=A1&B1<C1"))).toBe("=A1&B1<C1");
  });
});
