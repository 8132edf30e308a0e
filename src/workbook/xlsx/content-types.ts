import { escapeXmlAttribute } from "./xml-text";
import { applyEdits, scanElements, type TextEdit } from "./xml-elements";

/** `[Content_Types].xml`: one Override per part this adapter writes, removed with the part. */

export const CONTENT_TYPES_PART = "[Content_Types].xml";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

export interface PartType {
  /** Zip entry name, e.g. `xl/worksheets/sheet3.xml`. */
  readonly part: string;
  readonly contentType: string;
}

function partKey(partName: string): string {
  return partName.replace(/^\//, "").toLowerCase();
}

/** Drops the Overrides of `remove` and appends those of `add`, every other byte kept. */
export function editContentTypes(xml: string, remove: Iterable<string>, add: readonly PartType[]): string {
  const doomed = new Set([...remove].map(partKey));
  const elements = scanElements(xml, CONTENT_TYPES_PART);
  const root = elements.find((e) => e.depth === 0);
  if (!root) return xml;
  const edits: TextEdit[] = elements
    .filter((e) => e.local === "Override" && doomed.has(partKey(e.attributes.PartName ?? "")))
    .map((e) => ({ start: e.start, end: e.end, text: "" }));
  const prefix = root.prefix ? `${root.prefix}:` : "";
  const added = add
    .map(
      (p) => `<${prefix}Override PartName="/${escapeXmlAttribute(p.part)}" ContentType="${p.contentType}"/>`,
    )
    .join("");
  if (added && root.selfClosing) {
    const open = xml.slice(root.start, root.end).replace(/\s*\/>$/, ">");
    edits.push({ start: root.start, end: root.end, text: `${open}${added}</${root.name}>` });
  } else if (added) {
    edits.push({ start: root.closeStart, end: root.closeStart, text: added });
  }
  return applyEdits(xml, edits);
}
