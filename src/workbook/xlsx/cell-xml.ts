import type { CellRef, OutCell, RichCell } from "../port";
import { cellAddress, quoteSheetName } from "./cell-ref";
import type { StyleRequest } from "./style-catalog";
import { encodeOoxmlText, escapeXmlAttribute } from "./xml-text";

/**
 * One written cell as SpreadsheetML. Text is always an inline string, never a formula and never
 * a shared string: text starting with = + - @ stays text, and sharedStrings.xml stays untouched.
 */
export type StyleResolver = (request: StyleRequest) => number;

export interface InternalLink {
  /** The cell holding the link, e.g. `B5`. */
  readonly ref: string;
  /** Where it leads, e.g. `'客户台账'!B5`. */
  readonly location: string;
}

function isRich(cell: OutCell): cell is RichCell {
  return typeof cell === "object" && cell !== null;
}

export function linkLocation(target: CellRef): string {
  return `${quoteSheetName(target.sheet)}!${cellAddress(target.row, target.column)}`;
}

/** Excel's error for a number it cannot hold (NaN, ±Infinity never reach a cell as numbers). */
const NOT_A_NUMBER_ERROR = "#NUM!";

function valueXml(value: string | number | boolean, el: (local: string) => string): { type: string; inner: string } {
  if (typeof value === "string") {
    return {
      type: ' t="inlineStr"',
      inner: `<${el("is")}><${el("t")} xml:space="preserve">${encodeOoxmlText(value)}</${el("t")}></${el("is")}>`,
    };
  }
  if (typeof value === "boolean") return { type: ' t="b"', inner: `<${el("v")}>${value ? 1 : 0}</${el("v")}>` };
  if (!Number.isFinite(value)) return { type: ' t="e"', inner: `<${el("v")}>${NOT_A_NUMBER_ERROR}</${el("v")}>` };
  return { type: "", inner: `<${el("v")}>${Object.is(value, -0) ? 0 : value}</${el("v")}>` };
}

/** What a cell asks of the style sheet: its own style, format and link, else the defaults given. */
export function styleRequestOf(cell: OutCell, defaults: StyleRequest = {}): StyleRequest {
  const rich = isRich(cell) ? cell : null;
  return {
    style: rich?.style ?? defaults.style,
    format: rich?.format ?? defaults.format,
    link: rich?.link !== undefined || defaults.link,
  };
}

/**
 * The `<c>` element for a cell, or "" when there is nothing to write (a blank without a style).
 * `prefix` is the namespace prefix of the sheet's elements ("" for the default namespace).
 */
export function cellXml(
  row: number,
  column: number,
  cell: OutCell,
  resolveStyle: StyleResolver,
  prefix: string,
  defaults: StyleRequest = {},
): string {
  const el = (local: string): string => (prefix ? `${prefix}:${local}` : local);
  const value = isRich(cell) ? cell.value : cell;
  const styleIndex = resolveStyle(styleRequestOf(cell, defaults));
  if ((value === null || value === undefined) && styleIndex === 0) return "";
  const style = styleIndex === 0 ? "" : ` s="${styleIndex}"`;
  const ref = ` r="${cellAddress(row, column)}"`;
  if (value === null || value === undefined) return `<${el("c")}${ref}${style}/>`;
  const { type, inner } = valueXml(value, el);
  return `<${el("c")}${ref}${style}${type}>${inner}</${el("c")}>`;
}

/** The internal link a cell carries, if any. */
export function cellLink(row: number, column: number, cell: OutCell): InternalLink | null {
  if (!isRich(cell) || !cell.link) return null;
  return { ref: cellAddress(row, column), location: linkLocation(cell.link) };
}

/** `<hyperlink>` elements for internal links (no relationship needed: `location` points inside). */
export function hyperlinksXml(links: readonly InternalLink[], prefix: string): string {
  const el = prefix ? `${prefix}:hyperlink` : "hyperlink";
  return links
    .map((l) => `<${el} ref="${l.ref}" location="${escapeXmlAttribute(l.location)}"/>`)
    .join("");
}
