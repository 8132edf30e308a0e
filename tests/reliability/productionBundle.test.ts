/**
 * The production build of the pane (dist/addin, made by `npx webpack --mode production`), when
 * it exists: its pages carry a Content-Security-Policy that lets scripts come only from the
 * add-in's own origin and the Office CDN and never allows eval; its JavaScript evaluates no
 * text (every `eval` / `Function` in it is a known library guard that cannot run, listed below
 * with the reason) and calls no network API. SALES_RADAR_DIST points the test at another build.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const DIST = process.env.SALES_RADAR_DIST ?? path.join(ROOT, "dist", "addin");
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const built = existsSync(path.join(DIST, "taskpane.html"));
if (!built)
  console.warn(
    `No production build in ${DIST}: the bundle checks are skipped (run npx webpack --mode production).`,
  );
const describeBuilt = built ? describe : describe.skip;

/** Code that can evaluate text, as it appears minified. */
const DYNAMIC_CODE = /(?<![\w$.])(?:eval|Function)\s*\(|new\s+Function\b|=\s*Function\s*[,;]/g;

interface KnownUse {
  readonly pattern: RegExp;
  readonly why: string;
  /** A condition the source must meet for this use to stay unreachable. */
  readonly requires?: () => boolean;
}

function sourceTexts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceTexts(file);
    return /\.tsx?$/.test(entry.name) ? [readFileSync(file, "utf8")] : [];
  });
}

/** zod's schema compiler runs unless `z.config({ jitless: true })` turned it off. */
function zodIsJitless(): boolean {
  return sourceTexts(path.join(ROOT, "src")).some((text) => /config\(\s*\{\s*jitless:\s*true/.test(text));
}

const KNOWN_USES: readonly KnownUse[] = [
  {
    pattern: /typeof globalThis\)return globalThis;try\{return this\|\|new Function\("return this"\)\(\)/,
    why: "webpack's global-object shim: reached only where globalThis is missing, which no Office webview is",
  },
  {
    pattern: /\|\|Function\("return this"\)\(\)/,
    why: "lodash / core-js inside exceljs: the same global-object fallback, after globalThis and self",
  },
  {
    pattern:
      /"object"==typeof globalThis\?globalThis\.regeneratorRuntime=\w+:Function\("r","regeneratorRuntime = r"\)/,
    why: "regenerator-runtime inside exceljs: its fallback for hosts without globalThis",
  },
  {
    pattern: /"function"!=typeof e&&\(e=new Function\(""\+e\)\)/,
    why: "exceljs's setImmediate polyfill: only for string callbacks, which neither exceljs nor we pass",
  },
  {
    pattern: /try\{return new Function\(""\),!0\}catch/,
    why: "zod's probe for whether it may compile schemas; with jitless it is never asked",
    requires: zodIsJitless,
  },
  {
    pattern: /const \w+=Function,\w+=this\?\.content/,
    why: "zod's schema compiler (new Function over generated parser code); off with z.config({ jitless: true })",
    requires: zodIsJitless,
  },
];

function jsFiles(): string[] {
  return readdirSync(DIST).filter((name) => name.endsWith(".js"));
}

/** Every place the bundle could evaluate text that is not a known, unreachable guard. */
function unexplainedDynamicCode(): string[] {
  const found: string[] = [];
  for (const file of jsFiles()) {
    const text = readFileSync(path.join(DIST, file), "utf8");
    for (const match of text.matchAll(DYNAMIC_CODE)) {
      const at = match.index ?? 0;
      const context = text.slice(Math.max(0, at - 90), at + 60);
      const known = KNOWN_USES.find((use) => use.pattern.test(context));
      if (known === undefined) found.push(`${file}: …${context}…`);
      else if (known.requires && !known.requires())
        found.push(`${file}: ${known.why} — but it is not turned off: …${context}…`);
    }
  }
  return found;
}

/** The policy of a page's CSP meta tag, directive → sources; null when the page has none. */
function pagePolicy(html: string): Map<string, string[]> | null {
  const meta = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=("([^"]*)"|'([^']*)')/i.exec(
    html,
  );
  if (!meta) return null;
  const policy = new Map<string, string[]>();
  for (const directive of (meta[2] ?? meta[3]).split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

describeBuilt(`the production pane in ${path.relative(ROOT, DIST)}`, () => {
  const pages = ["taskpane.html", "commands.html"].filter((page) => existsSync(path.join(DIST, page)));

  it.each(pages)(
    "%s has a Content-Security-Policy: scripts from itself and the Office CDN only, no eval",
    (page) => {
      const html = readFileSync(path.join(DIST, page), "utf8");
      const policy = pagePolicy(html);
      expect(policy).not.toBeNull();
      const sourcesOf = (name: string): string[] => policy?.get(name) ?? policy?.get("default-src") ?? [];
      expect(policy?.get("default-src")).toEqual(["'self'"]);
      expect(
        sourcesOf("script-src").filter((source) => source !== "'self'" && source !== OFFICE_CDN),
      ).toEqual([]);
      expect(sourcesOf("connect-src").filter((source) => source !== "'self'")).toEqual([]);
      expect([...(policy?.values() ?? [])].flat()).not.toContain("'unsafe-eval'");
      expect(sourcesOf("object-src")).toEqual(["'none'"]);
      // Every script the page names comes from itself or the Office CDN.
      const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
      expect(scripts.filter((src) => /^[a-z]+:/i.test(src) && !src.startsWith(`${OFFICE_CDN}/`))).toEqual([]);
    },
  );

  it("evaluates no text: every eval or Function in the JavaScript is a known guard that cannot run", () => {
    expect(jsFiles().length).toBeGreaterThan(0);
    expect(unexplainedDynamicCode()).toEqual([]);
  });

  it("calls no network API (fetch, XMLHttpRequest, WebSocket, sendBeacon, EventSource)", () => {
    const network = /(?<![\w$.])fetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/;
    expect(jsFiles().filter((file) => network.test(readFileSync(path.join(DIST, file), "utf8")))).toEqual([]);
  });
});
