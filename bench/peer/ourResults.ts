import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Analysis } from "../../src/engine/analyze";

/** Files both sides write, in the same columns, so the comparison reads them the same way. */
export const SCORE_FILE = { ours: "ours-scores.csv", peer: "peer-scores.csv" } as const;
export const FUNNEL_FILE = { ours: "ours-funnel.csv", peer: "peer-funnel.csv" } as const;
export const SCORE_HEADER = "row,valid,priority,priority_tier,opportunity,opportunity_tier";
export const FUNNEL_HEADER = "stage,reached,current,dropped";

/**
 * Our per-customer results, one line per non-blank ledger row by Excel row number: whether the
 * row is valid, the priority score and tier (blank for lost customers), the opportunity score
 * and tier (blank outside open stages). And the funnel's counts per stage.
 */
export function writeOurResults(dir: string, analysis: Analysis): void {
  const scoredByIndex = new Map(analysis.scored.map((customer) => [customer.record.index, customer]));
  const lines: string[] = [SCORE_HEADER];
  for (const record of analysis.records) {
    const scored = scoredByIndex.get(record.index);
    const priority = scored?.priority ?? null;
    const opportunity = scored?.opportunity ?? null;
    lines.push(
      [
        record.sheetRow,
        record.valid ? 1 : 0,
        priority?.score ?? "",
        priority?.tier ?? "",
        opportunity?.score ?? "",
        opportunity?.tier ?? "",
      ].join(","),
    );
  }
  writeFileSync(join(dir, SCORE_FILE.ours), `${lines.join("\n")}\n`);
  const funnel = analysis.funnel.map((row) => [row.stage, row.reached, row.current, row.dropped].join(","));
  writeFileSync(join(dir, FUNNEL_FILE.ours), `${[FUNNEL_HEADER, ...funnel].join("\n")}\n`);
}
