import { runCase } from "../measure/child";
import { format, median, verdict, type ResultRow } from "../report/table";
import { repetitions, type BenchContext, type SectionOutcome } from "./context";

const ENGINE_TARGET_MS = 2000;
const ENGINE_TARGET_MB = 2048;
/** The per-row cost at the largest size may exceed the 100k one by this much and still count as linear. */
const LINEAR_SLACK = 1.5;
const REFERENCE_ROWS = 100_000;

export interface EngineOptions {
  readonly sizes: readonly number[];
  /** Where the largest case's first run writes its per-customer results for the pandas comparison. */
  readonly dumpDir?: string;
}

/**
 * The engine alone, from cell arrays: each run in its own node process (its peak RSS is its own),
 * the median of several runs per size, and the per-row cost per size to show how cost grows.
 */
export function engineSection(ctx: BenchContext, options: EngineOptions): SectionOutcome {
  const rows: ResultRow[] = [];
  const perRowUs = new Map<number, number>();
  const largest = Math.max(...options.sizes);
  let largestMs = Number.NaN;
  for (const size of options.sizes) {
    const runs = repetitions(ctx, size);
    const times: number[] = [];
    const peaks: number[] = [];
    const loads: number[] = [];
    let scope = "";
    for (let run = 0; run < runs; run++) {
      ctx.log(`engine: ${format.rows(size)} rows, run ${run + 1} of ${runs}`);
      const dump = size === largest && run === 0 && options.dumpDir ? ["--dump", options.dumpDir] : [];
      const child = runCase("engineCase.js", ["--rows", String(size), "--seed", String(ctx.seed), ...dump]);
      times.push(Number(child.result.analyzeMs));
      peaks.push(Number(child.result.peakRssMb));
      scope = String(child.result.peakScope);
      loads.push(child.load);
    }
    const ms = median(times);
    const peak = median(peaks);
    const load = median(loads);
    perRowUs.set(size, (ms * 1000) / size);
    if (size === largest) largestMs = ms;
    const label = `${format.rows(size)} customers + ${format.rows(size)} follow-ups (median of ${runs})`;
    const full = size >= ctx.fullRows;
    rows.push({
      section: "1 engine",
      measure: `analyze() wall, ${label}`,
      value: format.ms(ms),
      target: full ? `≤ ${format.ms(ENGINE_TARGET_MS)}` : "",
      verdict: full ? verdict(ms <= ENGINE_TARGET_MS) : "info",
      load,
    });
    rows.push({
      section: "1 engine",
      measure: `throughput and per-row cost, ${format.rows(size)}`,
      value: `${format.rate((size * 1000) / ms)} · ${((ms * 1000) / size).toFixed(2)} µs/row`,
      target: "",
      verdict: "info",
      load,
    });
    rows.push({
      section: "1 engine",
      measure: `peak RSS during analyze() (${scope}), ${format.rows(size)}`,
      value: format.mb(peak),
      target: full ? `≤ ${format.mb(ENGINE_TARGET_MB)}` : "",
      verdict: full ? verdict(peak <= ENGINE_TARGET_MB) : "info",
      load,
    });
  }
  const reference = perRowUs.get(REFERENCE_ROWS);
  const top = perRowUs.get(largest);
  if (reference !== undefined && top !== undefined && largest > REFERENCE_ROWS) {
    const growth = top / reference;
    rows.push({
      section: "1 engine",
      measure: `cost growth: per-row cost at ${format.rows(largest)} ÷ at ${format.rows(REFERENCE_ROWS)}`,
      value: format.ratio(growth),
      target: `≤ ${LINEAR_SLACK} (linear)`,
      verdict: verdict(growth <= LINEAR_SLACK),
      load: null,
    });
  }
  return { rows, facts: { largestMs, largestRows: largest } };
}
