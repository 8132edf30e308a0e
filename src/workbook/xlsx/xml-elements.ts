import { SaxesParser } from "saxes";
import { XlsxError } from "./errors";

/**
 * The elements of a small XML part (workbook, rels, content types, styles) with their exact
 * positions, so that a part can be edited by splicing text: every byte not edited stays as it was.
 */
export interface XmlElement {
  /** Qualified name as written, e.g. `sheet` or `x:sheet`. */
  readonly name: string;
  readonly local: string;
  /** "" when the element has no prefix. */
  readonly prefix: string;
  /** Attribute values, entity references resolved, keyed by qualified name. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Index of `<`. */
  readonly start: number;
  /** Index just past the start tag's `>`. */
  readonly openEnd: number;
  /** Index of the end tag's `<` (equal to `openEnd` when self-closing). */
  readonly closeStart: number;
  /** Index just past the element. */
  readonly end: number;
  readonly selfClosing: boolean;
  readonly depth: number;
  /** Index of the parent in the list; -1 for the root. */
  readonly parent: number;
}

interface OpenElement {
  name: string;
  attributes: Record<string, string>;
  start: number;
  openEnd: number;
  selfClosing: boolean;
  index: number;
}

export function splitName(name: string): { prefix: string; local: string } {
  const colon = name.indexOf(":");
  return colon < 0
    ? { prefix: "", local: name }
    : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
}

/** Every element of `xml` in document order (parents before children). */
export function scanElements(xml: string, partName: string): XmlElement[] {
  const parser = new SaxesParser({ xmlns: false, position: true });
  // Slots are reserved at the start tag so that parents precede children; filled at the end tag.
  const elements: (XmlElement | undefined)[] = [];
  const stack: OpenElement[] = [];
  let tagStart = 0;
  parser.on("opentagstart", () => {
    tagStart = xml.lastIndexOf("<", parser.position - 1);
  });
  parser.on("opentag", (tag) => {
    stack.push({
      name: tag.name,
      attributes: tag.attributes,
      start: tagStart,
      openEnd: parser.position,
      selfClosing: tag.isSelfClosing,
      index: elements.length,
    });
    elements.push(undefined);
  });
  parser.on("closetag", () => {
    const open = stack.pop();
    if (!open) return;
    const end = parser.position;
    const { prefix, local } = splitName(open.name);
    elements[open.index] = {
      name: open.name,
      local,
      prefix,
      attributes: open.attributes,
      start: open.start,
      openEnd: open.openEnd,
      closeStart: open.selfClosing ? open.openEnd : xml.lastIndexOf("<", end - 1),
      end,
      selfClosing: open.selfClosing,
      depth: stack.length,
      parent: stack.length > 0 ? stack[stack.length - 1].index : -1,
    };
  });
  try {
    parser.write(xml).close();
  } catch (cause) {
    throw new XlsxError("corrupt", `${partName} (${cause instanceof Error ? cause.message : String(cause)})`);
  }
  return elements.filter((element): element is XmlElement => element !== undefined);
}

/** An attribute by local name, whatever its prefix (`r:id`, `id`). */
export function attributeByLocal(element: XmlElement, local: string): string | undefined {
  for (const [name, value] of Object.entries(element.attributes)) {
    if (splitName(name).local === local) return value;
  }
  return undefined;
}

export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies non-overlapping edits; edits at the same position keep their given order. */
export function applyEdits(xml: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((edit, order) => ({ edit, order }));
  sorted.sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order);
  const pieces: string[] = [];
  let at = 0;
  for (const { edit } of sorted) {
    pieces.push(xml.slice(at, edit.start), edit.text);
    at = Math.max(at, edit.end);
  }
  pieces.push(xml.slice(at));
  return pieces.join("");
}

/** The start tag of `element` with one attribute set (added before `>` or `/>` when absent). */
export function withAttribute(xml: string, element: XmlElement, name: string, escapedValue: string): string {
  return setTagAttribute(xml.slice(element.start, element.openEnd), name, escapedValue);
}

/** A start tag as written (`<dimension ref="A1"/>`) with one attribute set, every other byte kept. */
export function setTagAttribute(tag: string, name: string, escapedValue: string): string {
  const quotedName = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`(\\s${quotedName}\\s*=\\s*)(["'])(?:(?!\\2)[^<])*\\2`);
  if (pattern.test(tag))
    return tag.replace(pattern, (_, lead: string, quote: string) => `${lead}${quote}${escapedValue}${quote}`);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close).trimEnd()} ${name}="${escapedValue}"${tag.slice(close)}`;
}
