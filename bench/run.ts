/**
 * The performance benchmark (docs/performance.md): engine, pandas peer, Excel I/O on the double,
 * command line, pane bundle. Prints one table of figures with their targets; it reports and never
 * fails on a missed target. It exits non-zero only when a section could not run at all.
 *
 *   npm run bench                  the full benchmark (full sheet, pandas in the same run)
 *   npm run bench:quick            100k rows: engine, command line and double; a smoke test
 *   … -- --only engine,cli --seed 7
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { DEFAULT_SEED, FULL_SHEET_ROWS } from "./data/dataset";
import { runCase } from "./measure/child";
import { datasetFiles } from "./measure/files";
import { CACHE_DIR } from "./measure/paths";
import { argValue } from "./measure/protocol";
import { findPythonPeer } from "./measure/python";
import { describeMachine, machineInfo } from "./report/machine";
import { format, markdownTable, type ResultRow } from "./report/table";
import { bundleSection } from "./sections/bundle";
import { cliSection } from "./sections/cli";
import type { BenchContext, SectionOutcome } from "./sections/context";
import { doubleSection } from "./sections/double";
import { engineSection } from "./sections/engine";
import { ensureCsv, peerSection, skippedPeerRow } from "./sections/peer";

const SECTIONS = ["engine", "peer", "double", "cli", "bundle"] as const;
type SectionName = (typeof SECTIONS)[number];
/** The double keeps every cell as JS objects (~12 KB a row with the add-in's reads and writes): 100k rows is its size. */
const DOUBLE_ROWS = 100_000;
const SMALL_ROWS = [10_000, 100_000];

function calibration(ctx: BenchContext): string {
  const result = runCase("calibrateCase.js", []).result;
  ctx.log(
    `calibration: integer loop ${format.ms(Number(result.loopMs))}, text scan ${format.ms(Number(result.scanMs))}`,
  );
  return `reference work took ${format.ms(Number(result.loopMs))} (1e8-step integer loop) and ${format.ms(Number(result.scanMs))} (scan of 1M short Chinese strings), load ${loadavg()[0].toFixed(2)}`;
}

function selected(argv: readonly string[], quick: boolean): Set<SectionName> {
  const only = argValue(argv, "only", "");
  if (only === "") return new Set(quick ? ["engine", "double", "cli"] : SECTIONS);
  const names = only.split(",").map((name) => name.trim());
  for (const name of names) {
    if (!(SECTIONS as readonly string[]).includes(name))
      throw new Error(`--only: unknown section ${name} (${SECTIONS.join(", ")})`);
  }
  return new Set(names as SectionName[]);
}

function guarded(
  ctx: BenchContext,
  name: string,
  run: () => SectionOutcome,
  failures: string[],
): SectionOutcome {
  try {
    return run();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    ctx.log(`${name} could not run: ${error instanceof Error ? error.message : String(error)}`);
    failures.push(name);
    return {
      rows: [
        { section: name, measure: "could not run", value: reason, target: "", verdict: "FAIL", load: null },
      ],
      facts: {},
    };
  }
}

function main(argv: readonly string[]): number {
  const quick = argv.includes("--quick");
  const sections = selected(argv, quick);
  const wantsPeer = sections.has("peer") || (!quick && sections.has("cli"));
  const ctx: BenchContext = {
    quick,
    seed: Number(argValue(argv, "seed", String(DEFAULT_SEED))),
    fullRows: FULL_SHEET_ROWS,
    python: wantsPeer ? findPythonPeer() : null,
    log: (message) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`),
  };
  const machine = describeMachine(machineInfo());
  ctx.log(machine);
  const before = calibration(ctx);
  const rows: ResultRow[] = [];
  const failures: string[] = [];
  const full = quick ? DOUBLE_ROWS : ctx.fullRows;

  if (sections.has("engine")) {
    const dumpDir =
      sections.has("peer") && ctx.python !== null ? datasetFiles(full, ctx.seed).dir : undefined;
    const sizes = quick ? [DOUBLE_ROWS] : [...SMALL_ROWS, ctx.fullRows];
    const engine = guarded(ctx, "1 engine", () => engineSection(ctx, { sizes, dumpDir }), failures);
    rows.push(...engine.rows);
    if (sections.has("peer")) {
      if (ctx.python === null) rows.push(...peerSection(ctx, full, Number.NaN).rows);
      else {
        const run = () => {
          ensureCsv(ctx, full);
          return peerSection(ctx, full, engine.facts.largestMs);
        };
        rows.push(...guarded(ctx, "2 pandas peer", run, failures).rows);
      }
    }
  } else if (sections.has("peer")) {
    rows.push(
      skippedPeerRow("SKIPPED: the peer is compared with the engine section; run it with --only engine,peer"),
    );
  }
  if (sections.has("double"))
    rows.push(...guarded(ctx, "3 Excel I/O (double)", () => doubleSection(ctx, DOUBLE_ROWS), failures).rows);
  if (sections.has("cli")) {
    const sizes = quick ? [DOUBLE_ROWS] : [DOUBLE_ROWS, ctx.fullRows];
    rows.push(...guarded(ctx, "4 command line", () => cliSection(ctx, sizes), failures).rows);
  }
  if (sections.has("bundle"))
    rows.push(...guarded(ctx, "5 pane bundle", () => bundleSection(ctx), failures).rows);
  const after = calibration(ctx);

  const report = [
    `Sales Radar benchmark${quick ? " (quick)" : ""}, ${new Date().toISOString()}, seed ${ctx.seed}`,
    `Machine: ${machine}`,
    `Before: ${before}. After: ${after}.`,
    "",
    markdownTable(rows),
    "",
  ].join("\n");
  process.stdout.write(report);
  const resultsDir = join(CACHE_DIR, "results");
  mkdirSync(resultsDir, { recursive: true });
  const file = join(
    resultsDir,
    `bench-${quick ? "quick-" : ""}${new Date().toISOString().replace(/[:.]/g, "-")}.txt`,
  );
  writeFileSync(file, report);
  ctx.log(`table saved to ${file}`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
