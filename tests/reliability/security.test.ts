/**
 * The security review's checks that need no build (docs/security.md): the manifest asks for the
 * least it can, the add-in's own code never evaluates text and never calls out to the network,
 * and what it keeps in the document's settings is one list of sheet names — nothing personal.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { dayFromYmd } from "../../src/engine/cells/calendar";
import { applyHighlightsInExcel, clearHighlightsInExcel, refreshInExcel } from "../../src/workbook/office";
import type { ExcelDouble } from "../excel-double";
import { seededDouble } from "./doubleWorkbooks";

const ROOT = path.join(__dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx|html)$/.test(name) ? [file] : [];
  });
}

/** Lines of `files` matching `pattern`, as `path:line: text`. */
function matches(files: readonly string[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, i) =>
        pattern.test(line) ? [`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [],
      ),
  );
}

const SOURCES = sourceFiles(path.join(ROOT, "src"));
/** What runs inside Excel: the engine, the pipeline, the adapters, the pane and the commands. */
const IN_EXCEL = SOURCES.filter(
  (file) => !file.includes(`${path.sep}demo${path.sep}`) && !file.includes(`${path.sep}cli${path.sep}`),
);

describe("the manifest", () => {
  const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

  it("asks only to read and write the open document", () => {
    expect(manifest.match(/<Permissions>([^<]*)<\/Permissions>/)?.[1]).toBe("ReadWriteDocument");
  });

  it("trusts no other domain and loads everything over https from its own origin", () => {
    expect(manifest).not.toMatch(/<AppDomains?>/);
    const origins = new Set([...manifest.matchAll(/DefaultValue="(https?:\/\/[^/"]+)/g)].map((m) => m[1]));
    expect([...origins]).toEqual(["https://localhost:3000"]);
  });
});

describe("the add-in's own code", () => {
  it("never evaluates text: no eval, no new Function, no string timers, no HTML injection", () => {
    const pattern =
      /\beval\s*\(|new\s+Function\b|\bFunction\s*\(|set(?:Timeout|Interval)\s*\(\s*["'`]|innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/;
    expect(matches(SOURCES, pattern)).toEqual([]);
  });

  it("makes no network calls from Excel (the browser demo alone fetches its own sample file)", () => {
    const pattern = /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|navigator\.sendBeacon/;
    expect(matches(IN_EXCEL, pattern)).toEqual([]);
  });

  it("stores only small choices in the browser: the pane's language and dismissed notices", () => {
    const keys = matches(SOURCES, /(?:read|write)Choice\(\s*[A-Z_]+/).map(
      (line) => /(?:read|write)Choice\(\s*([A-Z_]+)/.exec(line)?.[1],
    );
    expect(new Set(keys)).toEqual(new Set(["LANGUAGE_KEY", "DISMISSED_KEY"]));
    expect(matches(SOURCES, /sessionStorage|indexedDB|document\.cookie/)).toEqual([]);
  });
});

describe("the document's settings", () => {
  let double: ExcelDouble | undefined;
  afterEach(() => {
    double?.uninstall();
    double = undefined;
  });

  it("hold at most the list of sheets carrying highlights, and nothing after they are cleared", async () => {
    double = seededDouble();
    const t = dayFromYmd(2026, 6, 30);
    const { analysis } = await refreshInExcel({ asOf: t, today: t });
    expect([...double.model.settings.keys()]).toEqual([]);
    await applyHighlightsInExcel(analysis.findings);
    const sheetNames = new Set(double.model.sheets.map((sheet) => sheet.name));
    for (const [key, value] of double.model.settings) {
      expect(key).toBe("salesRadar.highlightedSheets");
      expect(Array.isArray(value) && value.every((name) => sheetNames.has(name))).toBe(true);
    }
    await clearHighlightsInExcel();
    expect([...double.model.settings.keys()]).toEqual([]);
  });
});
