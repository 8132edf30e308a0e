import { closeSync, openSync, renameSync, writeSync } from "node:fs";
import { strToU8, Zip, ZipDeflate } from "fflate";
import type { RawCell } from "../../src/engine/cells/types";
import { isErrorValue } from "../../src/engine/cells/types";
import type { GeneratedSheet } from "./sheet";

/**
 * A minimal streaming .xlsx writer for benchmark files: rows become XML text in ~1 MB chunks fed
 * straight into a deflate stream and onto disk, so a full 1,048,576-row sheet never sits in
 * memory as XML. Strings go to the shared-string table as Excel writes them; numbers in date
 * columns get a date format, as a typed date has in Excel.
 */

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CHUNK_CHARS = 1 << 20;
/** Style indexes in styles.xml below: 0 general, 1 a date, 2 a date and time. */
const DATE_STYLE = 1;
const DATE_TIME_STYLE = 2;

export type ColumnStyle = "general" | "date" | "dateTime";

export interface SheetToWrite {
  readonly sheet: GeneratedSheet;
  /** Per column: how a number in it is formatted. */
  readonly styles: readonly ColumnStyle[];
}

/** Writes the sheets to `path` (through a temporary name, so a crash never leaves half a file). */
export function writeXlsx(path: string, sheets: readonly SheetToWrite[]): void {
  const temp = `${path}.partial`;
  const fd = openSync(temp, "w");
  const zip = new Zip((error, data) => {
    if (error) throw error;
    writeSync(fd, data);
  });
  const strings = new SharedStrings();
  const text = (name: string, xml: string): void => addPart(zip, name, [xml]);
  text("[Content_Types].xml", contentTypes(sheets.length));
  text("_rels/.rels", rels([["rId1", `${OFFICE_REL}/officeDocument`, "xl/workbook.xml"]]));
  text("xl/workbook.xml", workbookXml(sheets.map((s) => s.sheet.name)));
  const workbookRels: [string, string, string][] = sheets.map((_, i) => [
    `rId${i + 1}`,
    `${OFFICE_REL}/worksheet`,
    `worksheets/sheet${i + 1}.xml`,
  ]);
  workbookRels.push([`rId${sheets.length + 1}`, `${OFFICE_REL}/styles`, "styles.xml"]);
  workbookRels.push([`rId${sheets.length + 2}`, `${OFFICE_REL}/sharedStrings`, "sharedStrings.xml"]);
  text("xl/_rels/workbook.xml.rels", rels(workbookRels));
  text("xl/styles.xml", STYLES_XML);
  sheets.forEach((sheet, i) => addPart(zip, `xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet, strings)));
  addPart(zip, "xl/sharedStrings.xml", strings.xml());
  zip.end();
  closeSync(fd);
  renameSync(temp, path);
}

/** Deflates one part from a sequence of text chunks; a part is finished before the next starts. */
function addPart(zip: Zip, name: string, chunks: Iterable<string>): void {
  const file = new ZipDeflate(name, { level: 1 });
  zip.add(file);
  for (const chunk of chunks) file.push(strToU8(chunk), false);
  file.push(new Uint8Array(0), true);
}

function* sheetXml({ sheet, styles }: SheetToWrite, strings: SharedStrings): Generator<string> {
  const letters = sheet.headers.map((_, i) => columnLetters(i));
  const cellStyles = styles.map((style) =>
    style === "date" ? ` s="${DATE_STYLE}"` : style === "dateTime" ? ` s="${DATE_TIME_STYLE}"` : "",
  );
  const lastRef = `${columnLetters(sheet.headers.length - 1)}${sheet.rows + 1}`;
  let out = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="A1:${lastRef}"/><sheetData>`;
  out += `<row r="1">${sheet.headers.map((h, c) => `<c r="${letters[c]}1" t="s"><v>${strings.index(h)}</v></c>`).join("")}</row>`;
  for (let r = 0; r < sheet.rows; r++) {
    const row = r + 2;
    let cells = "";
    for (let c = 0; c < sheet.columns.length; c++) {
      const cell = sheet.columns[c][r];
      if (cell !== null && cell !== undefined)
        cells += cellXml(`${letters[c]}${row}`, cell, cellStyles[c], strings);
    }
    out += cells === "" ? "" : `<row r="${row}">${cells}</row>`;
    if (out.length >= CHUNK_CHARS) {
      yield out;
      out = "";
    }
  }
  yield `${out}</sheetData></worksheet>`;
}

function cellXml(ref: string, cell: RawCell, numberStyle: string, strings: SharedStrings): string {
  if (typeof cell === "number") return `<c r="${ref}"${numberStyle}><v>${cell}</v></c>`;
  if (typeof cell === "string") return `<c r="${ref}" t="s"><v>${strings.index(cell)}</v></c>`;
  if (typeof cell === "boolean") return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  if (isErrorValue(cell)) return `<c r="${ref}" t="e"><v>${escapeXml(cell.error)}</v></c>`;
  return "";
}

/** The shared-string table, filled while the sheets are written and written after them. */
class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private readonly list: string[] = [];
  private references = 0;

  index(text: string): number {
    this.references++;
    let at = this.indexes.get(text);
    if (at === undefined) {
      at = this.list.length;
      this.indexes.set(text, at);
      this.list.push(text);
    }
    return at;
  }

  *xml(): Generator<string> {
    let out = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN_NS}" count="${this.references}" uniqueCount="${this.list.length}">`;
    for (const text of this.list) {
      const keep = text !== text.trim() ? ' xml:space="preserve"' : "";
      out += `<si><t${keep}>${escapeXml(text)}</t></si>`;
      if (out.length >= CHUNK_CHARS) {
        yield out;
        out = "";
      }
    }
    yield `${out}</sst>`;
  }
}

function escapeXml(text: string): string {
  return /[&<>"]/.test(text)
    ? text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
    : text;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${SHEET_CT}"/>`,
  ).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${CT_NS}">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
    `${sheets}</Types>`
  );
}

function rels(entries: readonly (readonly [string, string, string])[]): string {
  const items = entries.map(
    ([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL_NS}">${items.join("")}</Relationships>`;
}

function workbookXml(names: readonly string[]): string {
  const sheets = names.map(
    (name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets.join("")}</sheets></workbook>`;
}

const STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">` +
  `<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts>` +
  `<fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
