import { join } from "node:path";
import { BENCH_AS_OF } from "../data/dataset";
import { runCase, runCommand } from "../measure/child";
import { datasetFiles } from "../measure/files";
import { PEER_DIR } from "../measure/paths";
import { PEER_MARKER } from "../measure/protocol";
import { compareWithPeer } from "../peer/compare";
import { format, median, verdict, type ResultRow } from "../report/table";
import { repetitions, type BenchContext, type SectionOutcome } from "./context";

const RATIO_TARGET = 0.5;
const SECTION = "2 pandas peer";

/** The CSV export of a dataset, written once and kept in the cache. */
export function ensureCsv(ctx: BenchContext, rows: number): void {
  ctx.log(`data: CSV export of ${format.rows(rows)} rows (cached after the first time)`);
  runCase("prepareCase.js", ["--rows", String(rows), "--seed", String(ctx.seed), "--csv"]);
}

export function skippedPeerRow(reason: string): ResultRow {
  return {
    section: SECTION,
    measure: "pandas peer",
    value: reason,
    target: "",
    verdict: "skipped",
    load: null,
  };
}

/**
 * The same parse, validation, RFM+V, opportunity and funnel in pandas over the same data as CSV,
 * in the same run: its results are checked against ours row by row, then the times compared.
 * `ourMs` is the engine's median at `rows`, whose first run wrote our results beside the CSV.
 */
export function peerSection(ctx: BenchContext, rows: number, ourMs: number): SectionOutcome {
  if (ctx.python === null) {
    const reason = "SKIPPED: no python3 with pandas (Debian: apt-get install -y python3-pandas)";
    ctx.log(`pandas peer ${reason}`);
    return { rows: [skippedPeerRow(reason)], facts: {} };
  }
  const files = datasetFiles(rows, ctx.seed);
  const script = join(PEER_DIR, "peer.py");
  const args = [script, "--ledger", files.ledgerCsv, "--followups", files.followupsCsv];
  args.push("--as-of", BENCH_AS_OF, "--today", BENCH_AS_OF, "--out", files.dir);
  const compute: number[] = [];
  const read: number[] = [];
  const peaks: number[] = [];
  const loads: number[] = [];
  const runs = repetitions(ctx, rows);
  for (let run = 0; run < runs; run++) {
    ctx.log(`pandas peer: ${format.rows(rows)} rows, run ${run + 1} of ${runs}`);
    const child = runCommand(ctx.python.executable, ["-W", "ignore", ...args], {
      expectResult: true,
      marker: PEER_MARKER,
    });
    compute.push(Number(child.result.computeMs));
    read.push(Number(child.result.readMs));
    peaks.push(child.peakRssMb ?? Number(child.result.peakRssMb));
    loads.push(child.load);
  }
  const agreement = compareWithPeer(files.dir);
  for (const example of agreement.examples) ctx.log(`pandas peer disagrees: ${example}`);
  const agreed =
    agreement.validityMismatches === 0 && agreement.scoreMismatches === 0 && agreement.funnelMatches;
  const computeMs = median(compute);
  const load = median(loads);
  const ratio = ourMs / computeMs;
  const label = `${format.rows(rows)} rows (median of ${runs}, pandas ${ctx.python.pandas})`;
  return {
    rows: [
      {
        section: SECTION,
        measure: `results agree: validity, priority and opportunity per customer, funnel counts`,
        value: `${format.rows(agreement.cleanRows)} clean rows · ${agreement.validityMismatches} validity / ${agreement.scoreMismatches} score differences · funnel ${agreement.funnelMatches ? "equal" : "differs"}`,
        target: "no differences",
        verdict: verdict(agreed),
        load: null,
      },
      {
        section: SECTION,
        measure: `pandas read_csv, ${label}`,
        value: format.ms(median(read)),
        target: "",
        verdict: "info",
        load,
      },
      {
        section: SECTION,
        measure: `pandas compute (after read_csv), ${label}`,
        value: format.ms(computeMs),
        target: "",
        verdict: "info",
        load,
      },
      {
        section: SECTION,
        measure: `pandas peak RSS, ${format.rows(rows)}`,
        value: format.mb(median(peaks)),
        target: "",
        verdict: "info",
        load,
      },
      {
        section: SECTION,
        measure: "ours ÷ pandas (engine analyze() vs pandas compute, both from cells in memory)",
        value: format.ratio(ratio),
        target: `≤ ${RATIO_TARGET}`,
        verdict: verdict(ratio <= RATIO_TARGET),
        load,
      },
    ],
    facts: { pandasComputeMs: computeMs },
  };
}
