import { execFile } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";

export const ROOT = path.join(__dirname, "../..");
export const OUTPUT = path.join(ROOT, "tests/.output/browser");

export interface SizeReport {
  readonly entry: string;
  readonly gzipBytes: number;
  readonly budgetBytes: number | null;
  readonly files: readonly { readonly file: string; readonly gzipBytes: number }[];
}

/**
 * One production build of the task pane and the demo (`webpack --env all`), as `npm run build`
 * and `npm run demo` make them, into tests/.output/browser/{addin,demo}.
 */
export async function buildBundles(): Promise<{ addin: string; demo: string }> {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      [cli, "--mode", "production", "--env", "all", "--env", `outDir=${OUTPUT}`],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`webpack failed:\n${stdout}\n${stderr}`)) : resolve(),
    );
  });
  return { addin: path.join(OUTPUT, "addin"), demo: path.join(OUTPUT, "demo") };
}

export async function readSizeReport(folder: string): Promise<SizeReport> {
  return JSON.parse(await fs.readFile(path.join(folder, "size.json"), "utf8")) as SizeReport;
}

export const CHROMIUM = "/usr/bin/chromium";

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

/** The flags the project's browser runs use: headless, and nothing that reaches the network. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];
