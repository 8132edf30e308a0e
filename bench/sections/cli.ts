import { existsSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { BENCH_AS_OF } from "../data/dataset";
import { runCase, runCommand } from "../measure/child";
import { datasetFiles } from "../measure/files";
import { PEER_DIR, REPO_ROOT } from "../measure/paths";
import { PEER_MARKER } from "../measure/protocol";
import { format, median, verdict, type ResultRow } from "../report/table";
import { repetitions, type BenchContext, type SectionOutcome } from "./context";

const SECTION = "4 command line";
const SMALL_TARGET_MS = 4000;
const FULL_TARGET_MS = 40_000;
const FULL_TARGET_MB = 2048;
const READ_EXCEL_RATIO = 0.15;
/** A full sheet takes minutes under load; pandas.read_excel of one takes many more. */
const REFRESH_TIMEOUT_MS = 30 * 60_000;
/** pandas.read_excel of a full sheet takes many minutes. */
const READ_EXCEL_TIMEOUT_MS = 60 * 60_000;

/**
 * Builds the command line (`npm run build:cli`), so the benchmark runs the code as it is now. tsc
 * emits even when it reports type errors (CI's typecheck is where those count): the run goes on
 * with what was emitted, and says so.
 */
export function buildCli(ctx: BenchContext): void {
  ctx.log("command line: building (tsc -p tsconfig.cli.json)");
  const tsc = join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
  try {
    runCommand(process.execPath, [tsc, "-p", "tsconfig.cli.json"], { cwd: REPO_ROOT });
  } catch (error) {
    if (!existsSync(join(REPO_ROOT, "dist", "node", "cli", "main.js"))) throw error;
    ctx.log(
      `command line: the build reported errors; running what it emitted:\n${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

export function ensureXlsx(ctx: BenchContext, rows: number): string {
  ctx.log(`data: .xlsx of ${format.rows(rows)} customers + follow-ups (cached after the first time)`);
  runCase("prepareCase.js", ["--rows", String(rows), "--seed", String(ctx.seed), "--xlsx"]);
  return datasetFiles(rows, ctx.seed).xlsx;
}

/**
 * `sales-radar refresh` on real .xlsx files, the built CLI in its own process (wall time and
 * peak RSS from GNU time), against pandas.read_excel of the same file in the same run.
 */
export function cliSection(ctx: BenchContext, sizes: readonly number[]): SectionOutcome {
  buildCli(ctx);
  const rows: ResultRow[] = [];
  for (const size of sizes) {
    const input = ensureXlsx(ctx, size);
    const refresh = refreshRows(ctx, input, size);
    rows.push(...refresh.rows);
    if (refresh.ms !== null) rows.push(...readExcelRows(ctx, input, size, refresh.ms));
  }
  return { rows, facts: {} };
}

/** The refresh's rows of the table, and its median time (null when it could not finish). */
function refreshRows(
  ctx: BenchContext,
  input: string,
  size: number,
): { rows: ResultRow[]; ms: number | null } {
  const output = join(datasetFiles(size, ctx.seed).dir, "refreshed.xlsx");
  const runs = repetitions(ctx, size);
  const times: number[] = [];
  const peaks: number[] = [];
  const loads: number[] = [];
  const full = size >= ctx.fullRows;
  const target = full ? FULL_TARGET_MS : SMALL_TARGET_MS;
  const label = `${format.rows(size)} customers + follow-ups (median of ${runs})`;
  try {
    for (let run = 0; run < runs; run++) {
      ctx.log(`command line: refresh of ${format.rows(size)} customers, run ${run + 1} of ${runs}`);
      const args = [
        join(REPO_ROOT, "bin", "sales-radar.js"),
        "refresh",
        input,
        "--out",
        output,
        "--as-of",
        BENCH_AS_OF,
      ];
      const child = runCommand(process.execPath, args, { cwd: REPO_ROOT, timeoutMs: REFRESH_TIMEOUT_MS });
      times.push(child.wallMs);
      if (child.peakRssMb !== null) peaks.push(child.peakRssMb);
      loads.push(child.load);
    }
  } catch (error) {
    // A refresh that dies (out of memory, say) is a result, not a reason to stop the benchmark.
    const reason =
      error instanceof Error
        ? /heap out of memory/.test(error.message)
          ? "crashed: JavaScript heap out of memory"
          : error.message.split("\n")[0]
        : String(error);
    ctx.log(
      `command line: refresh of ${format.rows(size)} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    const row: ResultRow = {
      section: SECTION,
      measure: `refresh, ${format.rows(size)} customers + follow-ups`,
      value: reason,
      target: `≤ ${format.ms(target)}`,
      verdict: "FAIL",
      load: loadavg()[0],
    };
    return { rows: [row], ms: null };
  } finally {
    rmSync(output, { force: true });
  }
  const ms = median(times);
  const load = median(loads);
  const rows: ResultRow[] = [
    {
      section: SECTION,
      measure: `refresh wall, ${label}`,
      value: format.ms(ms),
      target: `≤ ${format.ms(target)}`,
      verdict: verdict(ms <= target),
      load,
    },
    {
      section: SECTION,
      measure: `refresh peak RSS, ${format.rows(size)}`,
      value: peaks.length > 0 ? format.mb(median(peaks)) : "n/a (no /usr/bin/time)",
      target: full ? `≤ ${format.mb(FULL_TARGET_MB)}` : "",
      verdict: full && peaks.length > 0 ? verdict(median(peaks) <= FULL_TARGET_MB) : "info",
      load,
    },
  ];
  return { rows, ms };
}

function readExcelRows(ctx: BenchContext, input: string, size: number, cliMs: number): ResultRow[] {
  if (ctx.quick) return [];
  if (ctx.python === null || !ctx.python.openpyxl) {
    const reason =
      "SKIPPED: no python3 with pandas and openpyxl (apt-get install -y python3-pandas python3-openpyxl)";
    ctx.log(`pandas.read_excel ${reason}`);
    return [
      {
        section: SECTION,
        measure: "pandas.read_excel",
        value: reason,
        target: "",
        verdict: "skipped",
        load: null,
      },
    ];
  }
  ctx.log(`pandas.read_excel of ${format.rows(size)} customers + follow-ups (one run: it is slow)`);
  const child = runCommand(ctx.python.executable, ["-W", "ignore", join(PEER_DIR, "read_excel.py"), input], {
    expectResult: true,
    marker: PEER_MARKER,
    timeoutMs: READ_EXCEL_TIMEOUT_MS,
  });
  const readMs = Number(child.result.readMs);
  const ratio = cliMs / readMs;
  return [
    {
      section: SECTION,
      measure: `pandas.read_excel (openpyxl) of the same file, ${format.rows(size)}, peak ${format.mb(child.peakRssMb ?? Number(child.result.peakRssMb))}`,
      value: format.ms(readMs),
      target: "",
      verdict: "info",
      load: child.load,
    },
    {
      section: SECTION,
      measure: `refresh ÷ pandas.read_excel alone, ${format.rows(size)}`,
      value: format.ratio(ratio),
      target: `≤ ${READ_EXCEL_RATIO}`,
      verdict: verdict(ratio <= READ_EXCEL_RATIO),
      load: child.load,
    },
  ];
}
