import { strToU8, unzipSync, zipSync, type Zippable } from "fflate";

/**
 * Small hand-made packages for unit tests (the fixtures in tests/fixtures/xlsx, made by openpyxl
 * and LibreOffice, cover real programs' output). Each sheet is given as its `<sheetData>` inner XML
 * or as a whole worksheet part.
 */
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface TestSheet {
  readonly name: string;
  /** Inner XML of `<sheetData>`, or a whole part when it starts with `<?xml` or `<worksheet`. */
  readonly xml: string;
}

export interface TestPackage {
  readonly sheets: readonly TestSheet[];
  readonly sharedStrings?: readonly string[];
  /** Whole styles part; a minimal one when absent (null: no styles part at all). */
  readonly styles?: string | null;
  readonly date1904?: boolean;
  /** More entries (path → text), e.g. a calcChain or a drawing. */
  readonly extra?: Readonly<Record<string, string>>;
  readonly extraWorkbookRels?: string;
  readonly extraContentTypes?: string;
}

export const MINIMAL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export function worksheetXml(sheetData: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${sheetData}</sheetData></worksheet>`;
}

export function buildPackage(spec: TestPackage): Uint8Array {
  const files: Zippable = {};
  const put = (path: string, text: string): void => {
    files[path] = strToU8(text);
  };
  const styles = spec.styles === undefined ? MINIMAL_STYLES : spec.styles;
  const overrides = spec.sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  put(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}` +
      (styles === null
        ? ""
        : `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`) +
      (spec.extraContentTypes ?? "") +
      `</Types>`,
  );
  put(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const sheets = spec.sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rIdS${i + 1}"/>`)
    .join("");
  put(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      `${spec.date1904 ? '<workbookPr date1904="1"/>' : "<workbookPr/>"}<sheets>${sheets}</sheets></workbook>`,
  );
  const rels = spec.sheets.map(
    (_, i) =>
      `<Relationship Id="rIdS${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  if (styles !== null)
    rels.push(`<Relationship Id="rIdStyles" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  if (spec.sharedStrings)
    rels.push(`<Relationship Id="rIdStrings" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
  put(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}">${rels.join("")}${spec.extraWorkbookRels ?? ""}</Relationships>`,
  );
  spec.sheets.forEach((s, i) => {
    const whole = s.xml.startsWith("<?xml") || s.xml.startsWith("<worksheet") || s.xml.includes(":worksheet");
    put(`xl/worksheets/sheet${i + 1}.xml`, whole ? s.xml : worksheetXml(s.xml));
  });
  if (styles !== null) put("xl/styles.xml", styles);
  if (spec.sharedStrings) {
    const items = spec.sharedStrings
      .map((s) => (s.startsWith("<si>") ? s : `<si><t xml:space="preserve">${s}</t></si>`))
      .join("");
    put(
      "xl/sharedStrings.xml",
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}">${items}</sst>`,
    );
  }
  for (const [path, text] of Object.entries(spec.extra ?? {})) put(path, text);
  return zipSync(files);
}

/** Every entry of an archive, uncompressed, by name (for comparing parts). */
export function entriesOf(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function textOf(bytes: Uint8Array, path: string): string {
  const entry = unzipSync(bytes, { filter: (f) => f.name === path })[path];
  if (!entry) throw new Error(`${path} is not in the archive`);
  return new TextDecoder().decode(entry);
}
