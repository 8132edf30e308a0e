import { escapeXmlAttribute } from "./xml-text";
import { scanElements, type XmlElement } from "./xml-elements";

/** Relationship parts (OPC): which part points to which, and paths between them. */

const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Relationship types by their last path segment, which transitional and strict files share. */
export const REL = {
  officeDocument: `${OFFICE_RELS}/officeDocument`,
  worksheet: `${OFFICE_RELS}/worksheet`,
  styles: `${OFFICE_RELS}/styles`,
  sharedStrings: `${OFFICE_RELS}/sharedStrings`,
  calcChain: `${OFFICE_RELS}/calcChain`,
  drawing: `${OFFICE_RELS}/drawing`,
  chart: `${OFFICE_RELS}/chart`,
} as const;

export const RELATIONSHIPS_NAMESPACE = OFFICE_RELS;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target as written (relative to the source part's folder, or absolute from the package root). */
  readonly target: string;
  readonly external: boolean;
}

export function isRelType(rel: Relationship, type: string): boolean {
  return lastSegment(rel.type) === lastSegment(type);
}

function lastSegment(uri: string): string {
  return uri.slice(uri.lastIndexOf("/") + 1);
}

export function parseRelationships(xml: string, partName: string): Relationship[] {
  return scanElements(xml, partName)
    .filter((e) => e.local === "Relationship")
    .map((e: XmlElement) => ({
      id: e.attributes.Id ?? "",
      type: e.attributes.Type ?? "",
      target: e.attributes.Target ?? "",
      external: e.attributes.TargetMode === "External",
    }));
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's own rels for "". */
export function relsPathFor(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

function folderOf(partPath: string): string {
  return partPath.slice(0, partPath.lastIndexOf("/") + 1);
}

function decodeTarget(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** A relationship target as a zip entry name: `worksheets/sheet1.xml` from `xl/workbook.xml` → `xl/worksheets/sheet1.xml`. */
export function resolveTarget(sourcePart: string, target: string): string {
  const decoded = decodeTarget(target.split("#")[0]);
  const joined = decoded.startsWith("/") ? decoded.slice(1) : folderOf(sourcePart) + decoded;
  const segments: string[] = [];
  for (const segment of joined.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

/** The relative target that leads from `sourcePart` to `targetPart`. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = folderOf(sourcePart).split("/").filter(Boolean);
  const to = targetPart.split("/");
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  return [...from.slice(shared).map(() => ".."), ...to.slice(shared)].join("/");
}

export interface NewRelationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

function relationshipXml(rel: NewRelationship): string {
  return `<Relationship Id="${escapeXmlAttribute(rel.id)}" Type="${rel.type}" Target="${escapeXmlAttribute(rel.target)}"/>`;
}

export function buildRelationships(rels: readonly NewRelationship[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="${PACKAGE_RELS}">${rels.map(relationshipXml).join("")}</Relationships>`
  );
}

/** Adds relationships at the end of an existing rels part, every other byte kept. */
export function appendRelationships(xml: string, partName: string, rels: readonly NewRelationship[]): string {
  if (rels.length === 0) return xml;
  const root = scanElements(xml, partName).find((e) => e.depth === 0);
  if (!root) return buildRelationships(rels);
  const added = rels.map(relationshipXml).join("");
  if (root.selfClosing) {
    const open = xml.slice(root.start, root.end).replace(/\s*\/>$/, ">");
    return `${xml.slice(0, root.start)}${open}${added}</${root.name}>${xml.slice(root.end)}`;
  }
  return xml.slice(0, root.closeStart) + added + xml.slice(root.closeStart);
}

/** Removes the relationships with the given ids, every other byte kept. */
export function removeRelationships(xml: string, partName: string, ids: ReadonlySet<string>): string {
  const doomed = scanElements(xml, partName).filter(
    (e) => e.local === "Relationship" && ids.has(e.attributes.Id ?? ""),
  );
  let out = xml;
  for (const element of [...doomed].reverse()) out = out.slice(0, element.start) + out.slice(element.end);
  return out;
}

/** The first `count` ids of the form `rIdN` not taken yet. */
export function freeRelationshipIds(taken: Iterable<string>, count: number): string[] {
  const used = new Set(taken);
  const ids: string[] = [];
  for (let n = 1; ids.length < count; n++) {
    const id = `rId${n}`;
    if (!used.has(id)) ids.push(id);
  }
  return ids;
}
