import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { runCommand } from "../measure/child";
import { cacheFolder, REPO_ROOT } from "../measure/paths";
import { format, verdict, type ResultRow } from "../report/table";
import type { BenchContext, SectionOutcome } from "./context";

const SECTION = "5 pane bundle";
const TARGET_BYTES = 250 * 1024;

/** What webpack.config.js's size report writes beside a production build of the pane. */
interface SizeReport {
  readonly entry: string;
  readonly gzipBytes: number;
  readonly files: readonly { readonly file: string; readonly gzipBytes: number }[];
}

/**
 * The pane's initial JS, gzipped: read from `dist/addin/size.json` when a production build is
 * there, else the production build (`npm run build`) is run into the benchmark's cache, leaving
 * dist/ to whoever builds it.
 */
export function bundleSection(ctx: BenchContext): SectionOutcome {
  const existing = join(REPO_ROOT, "dist", "addin", "size.json");
  let reportPath = existing;
  let source = `dist/addin, built ${existsSync(existing) ? statSync(existing).mtime.toISOString() : ""}`;
  if (!existsSync(existing)) {
    const outDir = cacheFolder("bundle");
    ctx.log("pane bundle: no production build in dist/addin; running the build script into the cache");
    const webpack = join(REPO_ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
    runCommand(process.execPath, [webpack, "--mode", "production", "--env", `outDir=${outDir}`], {
      cwd: REPO_ROOT,
      timeoutMs: 20 * 60_000,
    });
    reportPath = join(outDir, "size.json");
    source = "production build run by the benchmark";
  }
  const report = JSON.parse(readFileSync(reportPath, "utf8")) as SizeReport;
  const row: ResultRow = {
    section: SECTION,
    measure: `initial JS of the ${report.entry} entry, gzipped (${report.files.length} files; ${source})`,
    value: format.bytes(report.gzipBytes),
    target: `≤ ${format.bytes(TARGET_BYTES)}`,
    verdict: verdict(report.gzipBytes <= TARGET_BYTES),
    load: null,
  };
  return { rows: [row], facts: { bundleGzipBytes: report.gzipBytes } };
}
