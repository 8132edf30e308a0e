import { XlsxError } from "./errors";
import { isRelType, parseRelationships, REL, relsPathFor, resolveTarget, type Relationship } from "./rels";
import { sniffPackage } from "./sniff";
import { parseWorkbookXml, type WorkbookXml } from "./workbook-xml";
import { readZipDirectory, type ZipEntry } from "./zip-directory";
import { ownBytes, readEntry } from "./zip-io";

/** The package as the reader needs it: entries, the workbook part, its sheets and their parts. */

export interface SheetPart {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** Zip entry name of the sheet's part; null when the workbook points at nothing. */
  readonly path: string | null;
  /** False for chart sheets and dialog sheets, which hold no cells. */
  readonly isWorksheet: boolean;
}

export interface PackageIndex {
  readonly archive: Uint8Array<ArrayBuffer>;
  readonly entries: readonly ZipEntry[];
  readonly workbookPath: string;
  readonly workbookRelsPath: string;
  readonly workbookRels: readonly Relationship[];
  readonly workbook: WorkbookXml;
  readonly sheets: readonly SheetPart[];
  readonly stylesPath: string | null;
  readonly sharedStringsPath: string | null;
  /** The entry of a part, by exact name, else ignoring case (part names are case-insensitive). */
  entry(path: string): ZipEntry | undefined;
}

const ROOT_RELS = "_rels/.rels";
const DEFAULT_WORKBOOK = "xl/workbook.xml";
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** A part's XML text, byte order mark kept so that an edited part differs only where edited. */
export function readPartText(pkg: Pick<PackageIndex, "archive" | "entry">, path: string): string {
  const entry = pkg.entry(path);
  if (!entry) throw new XlsxError("corrupt", `${path} is missing`);
  try {
    return UTF8.decode(readEntry(pkg.archive, entry));
  } catch (cause) {
    if (cause instanceof XlsxError) throw cause;
    throw new XlsxError("unsupported", `${path} is not UTF-8`);
  }
}

function entryLookup(entries: readonly ZipEntry[]): (path: string) => ZipEntry | undefined {
  const exact = new Map(entries.map((e) => [e.name, e]));
  const folded = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  return (path) => exact.get(path) ?? folded.get(path.toLowerCase());
}

function relsOf(pkg: Pick<PackageIndex, "archive" | "entry">, partPath: string): Relationship[] {
  const relsPath = relsPathFor(partPath);
  return pkg.entry(relsPath) ? parseRelationships(readPartText(pkg, relsPath), relsPath) : [];
}

/** Opens the package: rejects what is not an .xlsx, then finds the workbook and its parts. */
export function openPackage(bytes: Uint8Array): PackageIndex {
  sniffPackage(bytes);
  const archive = ownBytes(bytes);
  const entries = readZipDirectory(archive);
  const entry = entryLookup(entries);
  const base = { archive, entry };
  const officeDocument = (entry(ROOT_RELS) ? relsOf(base, "") : []).find((r) =>
    isRelType(r, REL.officeDocument),
  );
  const workbookPath = officeDocument ? resolveTarget("", officeDocument.target) : DEFAULT_WORKBOOK;
  const workbookEntry = entry(workbookPath) ?? entry(DEFAULT_WORKBOOK);
  if (!workbookEntry) throw new XlsxError("no-workbook");
  const workbookRels = relsOf(base, workbookEntry.name);
  const workbook = parseWorkbookXml(readPartText(base, workbookEntry.name), workbookEntry.name);
  const target = (rel: Relationship | undefined): string | null => {
    const path = rel && !rel.external ? resolveTarget(workbookEntry.name, rel.target) : null;
    return path === null ? null : (entry(path)?.name ?? null);
  };
  const sheets = workbook.sheets.map((sheet) => {
    const rel = workbookRels.find((r) => r.id === sheet.relId);
    return { ...sheet, path: target(rel), isWorksheet: rel !== undefined && isRelType(rel, REL.worksheet) };
  });
  return {
    archive,
    entries,
    workbookPath: workbookEntry.name,
    workbookRelsPath: entry(relsPathFor(workbookEntry.name))?.name ?? relsPathFor(workbookEntry.name),
    workbookRels,
    workbook,
    sheets,
    stylesPath: target(workbookRels.find((r) => isRelType(r, REL.styles))),
    sharedStringsPath: target(workbookRels.find((r) => isRelType(r, REL.sharedStrings))),
    entry,
  };
}

/** A sheet by name: exact first, then ignoring case as Excel does. */
export function findSheet(pkg: PackageIndex, name: string): SheetPart | undefined {
  return (
    pkg.sheets.find((s) => s.name === name) ??
    pkg.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase())
  );
}

/** The relationships of any part (empty when it has none). */
export function partRelationships(pkg: PackageIndex, partPath: string): Relationship[] {
  return relsOf(pkg, partPath);
}
