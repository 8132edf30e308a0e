import type { CellRef, OutCell, RichCell } from "../port";
import { cellAddress, quoteSheetName } from "./cell-ref";
import type { StyleRequest } from "./style-catalog";
import { encodeOoxmlText, escapeXmlAttribute } from "./xml-text";

/**
 * One written cell as SpreadsheetML. Text is always an inline string, never a formula and never
 * a shared string: text starting with = + - @ stays text, and sharedStrings.xml stays untouched.
 * This runs once per owned cell (millions on a large ledger), hence the plain-value fast path.
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

interface ElementNames {
  readonly c: string;
  readonly is: string;
  readonly t: string;
  readonly v: string;
}

const NAMES_BY_PREFIX = new Map<string, ElementNames>();

function namesFor(prefix: string): ElementNames {
  let names = NAMES_BY_PREFIX.get(prefix);
  if (!names) {
    const el = (local: string): string => (prefix ? `${prefix}:${local}` : local);
    names = { c: el("c"), is: el("is"), t: el("t"), v: el("v") };
    NAMES_BY_PREFIX.set(prefix, names);
  }
  return names;
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

function valueXml(value: string | number | boolean, n: ElementNames): string {
  if (typeof value === "string") {
    return ` t="inlineStr"><${n.is}><${n.t} xml:space="preserve">${encodeOoxmlText(value)}</${n.t}></${n.is}>`;
  }
  if (typeof value === "boolean") return ` t="b"><${n.v}>${value ? 1 : 0}</${n.v}>`;
  if (!Number.isFinite(value)) return ` t="e"><${n.v}>${NOT_A_NUMBER_ERROR}</${n.v}>`;
  return `><${n.v}>${Object.is(value, -0) ? 0 : value}</${n.v}>`;
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
  defaults?: StyleRequest,
): string {
  const value = isRich(cell) ? cell.value : cell;
  const plain = !isRich(cell) && defaults === undefined;
  const styleIndex = plain ? 0 : resolveStyle(styleRequestOf(cell, defaults));
  if ((value === null || value === undefined) && styleIndex === 0) return "";
  const n = namesFor(prefix);
  const head = `<${n.c} r="${cellAddress(row, column)}"${styleIndex === 0 ? "" : ` s="${styleIndex}"`}`;
  if (value === null || value === undefined) return `${head}/>`;
  return `${head}${valueXml(value, n)}</${n.c}>`;
}

/** Whether `cellXml` writes anything for the cell: a value, or a style other than the default. */
export function writesCell(cell: OutCell, resolveStyle: StyleResolver): boolean {
  const value = isRich(cell) ? cell.value : cell;
  if (value !== null && value !== undefined) return true;
  return isRich(cell) && resolveStyle(styleRequestOf(cell)) !== 0;
}

/** The internal link a cell carries, if any. */
export function cellLink(row: number, column: number, cell: OutCell): InternalLink | null {
  if (!isRich(cell) || !cell.link) return null;
  return { ref: cellAddress(row, column), location: linkLocation(cell.link) };
}

/** `<hyperlink>` elements for internal links (no relationship needed: `location` points inside). */
export function hyperlinksXml(links: readonly InternalLink[], prefix: string): string {
  const el = prefix ? `${prefix}:hyperlink` : "hyperlink";
  return links.map((l) => `<${el} ref="${l.ref}" location="${escapeXmlAttribute(l.location)}"/>`).join("");
}
