/**
 * Text in and out of SpreadsheetML. XML 1.0 cannot carry most control characters, so Excel
 * spells them `_xHHHH_` (and a literal `_xHHHH_` as `_x005F_xHHHH_`); readers undo it.
 */

const ESCAPED_CHAR = /_x([0-9A-Fa-f]{4})_/g;
/** An underscore that would start an `_xHHHH_` escape if left as it is. */
const LITERAL_ESCAPE_START = /_(?=x[0-9A-Fa-f]{4}_)/g;
/**
 * Characters XML 1.0 cannot hold even as references (C0 controls but tab, LF and CR; U+FFFE,
 * U+FFFF; lone surrogates), or a surrogate pair, matched first so that it is kept whole. No
 * lookbehind: older Safari, which Office for Mac embeds, cannot compile one.
 */
const XML_FORBIDDEN_OR_PAIR =
  // eslint-disable-next-line no-control-regex -- finding the control characters XML forbids is the point
  /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/g;

function replaceForbidden(text: string, replace: (ch: string) => string): string {
  return text.replace(XML_FORBIDDEN_OR_PAIR, (match) => (match.length === 2 ? match : replace(match)));
}

/** Shorter strings are always copied by V8; longer slices share their source's memory. */
const SLICE_MIN_LENGTH = 13;

/**
 * Undoes Excel's `_xHHHH_` escapes in cell text, returning a string of its own: the parser hands
 * out slices of its 64 KB input chunks, and a kept slice would keep its whole chunk alive (a
 * million kept cell values would keep the whole sheet's text).
 */
export function decodeOoxmlText(text: string): string {
  const decoded = text.includes("_x")
    ? text.replace(ESCAPED_CHAR, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
  return decoded.length < SLICE_MIN_LENGTH ? decoded : (" " + decoded).slice(1);
}

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, "0");
}

/** Cell text as it goes into `<t>`: Excel's escapes for what XML cannot carry, then XML escapes. */
export function encodeOoxmlText(text: string): string {
  const spelled = replaceForbidden(
    text.replace(LITERAL_ESCAPE_START, "_x005F_"),
    (ch) => `_x${hex4(ch.charCodeAt(0))}_`,
  );
  return escapeXmlText(spelled);
}

/** Element content: CR would be read back as LF, so it travels as a character reference. */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>\r]/g, (ch) => TEXT_ENTITIES[ch] ?? ch);
}

/** Attribute values: whitespace other than spaces is normalised by readers unless referenced. */
export function escapeXmlAttribute(text: string): string {
  return replaceForbidden(text, () => "\uFFFD").replace(
    /[&<>"\t\n\r]/g,
    (ch) => ATTRIBUTE_ENTITIES[ch] ?? ch,
  );
}

const TEXT_ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "\r": "&#13;",
};
const ATTRIBUTE_ENTITIES: Readonly<Record<string, string>> = {
  ...TEXT_ENTITIES,
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
};
