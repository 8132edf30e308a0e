import { RELATIONSHIPS_NAMESPACE } from "./rels";
import { escapeXmlAttribute } from "./xml-text";
import { attributeByLocal, scanElements } from "./xml-elements";

/** `xl/workbook.xml`: the sheets in tab order and the date system. */

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  /** The relationship id (`r:id`) leading to the sheet's part. */
  readonly relId: string;
}

export interface WorkbookXml {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

export function parseWorkbookXml(xml: string, partName: string): WorkbookXml {
  const elements = scanElements(xml, partName);
  const sheets = elements
    .filter((e) => e.local === "sheet" && e.depth === 2)
    .map((e) => ({
      name: e.attributes.name ?? "",
      sheetId: Number(e.attributes.sheetId ?? 0),
      relId: attributeByLocal(e, "id") ?? "",
    }));
  const properties = elements.find((e) => e.local === "workbookPr" && e.depth === 1);
  return { sheets, date1904: isTrue(properties?.attributes.date1904) };
}

export interface NewSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
}

/** Appends `<sheet>` elements at the end of `<sheets>`, every other byte kept. */
export function appendSheets(xml: string, partName: string, sheets: readonly NewSheet[]): string {
  if (sheets.length === 0) return xml;
  const elements = scanElements(xml, partName);
  const root = elements.find((e) => e.depth === 0);
  const list = elements.find((e) => e.local === "sheets" && e.depth === 1);
  if (!root || !list) return xml;
  const relPrefix = Object.entries(root.attributes).find(
    ([name, value]) => name.startsWith("xmlns:") && value === RELATIONSHIPS_NAMESPACE,
  );
  // Without a declared prefix for relationships, each new element declares its own.
  const prefixName = relPrefix ? relPrefix[0].slice("xmlns:".length) : "r";
  const declaration = relPrefix ? "" : ` xmlns:r="${RELATIONSHIPS_NAMESPACE}"`;
  const elementName = list.prefix ? `${list.prefix}:sheet` : "sheet";
  const added = sheets
    .map(
      (s) =>
        `<${elementName}${declaration} name="${escapeXmlAttribute(s.name)}" sheetId="${s.sheetId}" ${prefixName}:id="${escapeXmlAttribute(s.relId)}"/>`,
    )
    .join("");
  if (list.selfClosing) {
    const open = xml.slice(list.start, list.end).replace(/\s*\/>$/, ">");
    return `${xml.slice(0, list.start)}${open}${added}</${list.name}>${xml.slice(list.end)}`;
  }
  return xml.slice(0, list.closeStart) + added + xml.slice(list.closeStart);
}
