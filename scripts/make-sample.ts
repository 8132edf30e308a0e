/**
 * Writes the bundled sample workbook (zh) that the README demo uses:
 *
 *   npx tsc --outDir .tmp/make-sample --rootDir . --module commonjs --target ES2021 --strict \
 *     --esModuleInterop --skipLibCheck --resolveJsonModule scripts/make-sample.ts
 *   node .tmp/make-sample/scripts/make-sample.js [--out samples/sales-radar-sample.xlsx] [--lang zh|en] [--seed N]
 *
 * The command line offers the same as `sales-radar template --sample --out <file>`. The output is
 * byte-for-byte the same on every run, so the committed file only changes when the template does.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { buildTemplate, type TemplateLang } from "../src/template";

interface Args {
  readonly out: string;
  readonly lang: TemplateLang;
  readonly seed: number | undefined;
}

function parseArgs(argv: readonly string[]): Args {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const lang = value("--lang") ?? "zh";
  if (lang !== "zh" && lang !== "en") throw new Error(`--lang must be zh or en, not ${lang}`);
  const seedText = value("--seed");
  const seed = seedText === undefined ? undefined : Number(seedText);
  if (seed !== undefined && !Number.isInteger(seed))
    throw new Error(`--seed must be an integer, not ${seedText}`);
  return { out: value("--out") ?? "samples/sales-radar-sample.xlsx", lang, seed };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const bytes = await buildTemplate({ lang: args.lang, sample: true, seed: args.seed });
  const out = resolve(args.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  process.stdout.write(`${out} (${bytes.length} bytes)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
