import { runCase } from "../measure/child";
import { format, verdict, type ResultRow } from "../report/table";
import type { BenchContext, SectionOutcome } from "./context";

const SECTION = "3 Excel I/O (double)";
const MAX_REQUEST_BYTES = 5 * 1024 * 1024;
const MAX_CELLS = 5_000_000;
const MOVED_RATIO = 1.2;

/**
 * The full refresh through the office-js adapter on the in-memory Excel double, which records
 * every sync. One run: the figures are counts and sizes, not times, and do not vary between runs.
 */
export function doubleSection(ctx: BenchContext, rows: number): SectionOutcome {
  ctx.log(
    `Excel double: full refresh of ${format.rows(rows)} customers + follow-ups through the office-js adapter`,
  );
  const child = runCase("doubleCase.js", ["--rows", String(rows), "--seed", String(ctx.seed)]);
  const r = child.result;
  const largestRequest = Number(r.largestRequestBytes);
  const largestResponse = Number(r.largestResponseBytes);
  const largestCells = Number(r.largestCells);
  const ratio = Number(r.movedBytes) / Number(r.minimumBytes);
  const label = format.rows(rows);
  const row = (measure: string, value: string, target: string, result: ResultRow["verdict"]): ResultRow => ({
    section: SECTION,
    measure: `${measure}, ${label}`,
    value,
    target,
    verdict: result,
    load: child.load,
  });
  return {
    rows: [
      row(
        "syncs (failed)",
        `${String(r.syncs)} (${String(r.failedSyncs)})`,
        "",
        Number(r.failedSyncs) === 0 ? "info" : "FAIL",
      ),
      row(
        "largest request",
        format.bytes(largestRequest),
        "< 5.00 MB",
        verdict(largestRequest < MAX_REQUEST_BYTES),
      ),
      row(
        "largest response",
        format.bytes(largestResponse),
        "< 5.00 MB",
        verdict(largestResponse < MAX_REQUEST_BYTES),
      ),
      row(
        "most cells in one sync",
        format.rows(largestCells),
        "< 5,000,000",
        verdict(largestCells < MAX_CELLS),
      ),
      row(
        "bytes moved ÷ minimum (needed input columns + values written)",
        `${format.bytes(Number(r.movedBytes))} ÷ ${format.bytes(Number(r.minimumBytes))} = ${format.ratio(ratio)}`,
        `≤ ${MOVED_RATIO}`,
        verdict(ratio <= MOVED_RATIO),
      ),
      row(
        "refresh wall on the double (JS objects per cell; not Excel's speed)",
        format.ms(Number(r.refreshMs)),
        "",
        "info",
      ),
    ],
    facts: { movedRatio: ratio },
  };
}
