/**
 * The raw XML of an .xlsx file's sheets, read with fflate and regular expressions rather than
 * with the adapter under test: what Excel will see, cell element by cell element.
 */
import { strFromU8, unzipSync } from "fflate";

export interface RawCellXml {
  readonly row: number;
  /** 0-based. */
  readonly column: number;
  /** The whole `<c …>…</c>` (or `<c …/>`) element as stored. */
  readonly xml: string;
}

/** `AB12` → 0-based column 27. */
function columnOf(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? "";
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column - 1;
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? match[1] : null;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Sheet name → its worksheet part's XML. */
export function sheetXmlByName(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  const text = (name: string): string => strFromU8(files[name] ?? new Uint8Array());
  const targets = new Map<string, string>();
  for (const rel of text("xl/_rels/workbook.xml.rels").match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(rel, "Id");
    const target = attribute(rel, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sheets = new Map<string, string>();
  for (const tag of text("xl/workbook.xml").match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, "name");
    const part = targets.get(attribute(tag, "r:id") ?? "");
    if (name !== null && part) sheets.set(decodeXml(name), text(part));
  }
  return sheets;
}

/** Every `<c>` element of a sheet's XML, with its address (elements without `r` follow the one before). */
export function cellElements(sheetXml: string): RawCellXml[] {
  const cells: RawCellXml[] = [];
  const rowPattern = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
  let rowNumber = 0;
  for (let row = rowPattern.exec(sheetXml); row !== null; row = rowPattern.exec(sheetXml)) {
    const r = Number(attribute(row[1], "r"));
    rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
    let column = -1;
    const cellPattern = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g;
    for (let cell = cellPattern.exec(row[2] ?? ""); cell !== null; cell = cellPattern.exec(row[2] ?? "")) {
      const ref = attribute(cell[1], "r");
      column = ref ? columnOf(ref) : column + 1;
      cells.push({ row: rowNumber, column, xml: cell[0] });
    }
  }
  return cells;
}

export function hasFormula(cellXml: string): boolean {
  return /<(?:\w+:)?f[\s>/]/.test(cellXml);
}
