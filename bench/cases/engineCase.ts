/**
 * Child process: the engine on its own. Generates the cell arrays Excel would hand the add-in,
 * then times one `analyze()` (parse + validate + score + funnel + summaries) and reports wall
 * time and peak RSS from the moment the input is ready (input arrays included). With `--dump DIR` it also writes the per-customer scores and
 * the funnel for the pandas comparison, after the clock has stopped.
 *
 *   node --expose-gc dist/bench/bench/cases/engineCase.js --rows 1048575 --seed 20261116 [--dump DIR]
 */
import { performance } from "node:perf_hooks";
import { analyze } from "../../src/engine/analyze";
import { makeParseContext } from "../../src/engine/cells";
import { DEFAULT_CONFIG } from "../../src/engine/config/defaults";
import { FOLLOWUP_FIELDS, LEDGER_FIELDS } from "../../src/engine/schema/fields";
import { generateDataset } from "../data/dataset";
import { sheetTable } from "../data/tables";
import { argValue, collectGarbage, peakRssMb, reportResult, resetPeakRss, rssMb } from "../measure/protocol";
import { writeOurResults } from "../peer/ourResults";

function main(argv: readonly string[]): void {
  const rows = Number(argValue(argv, "rows"));
  const seed = Number(argValue(argv, "seed"));
  const dump = argValue(argv, "dump", "");

  const generateStart = performance.now();
  const data = generateDataset(rows, seed);
  const ledger = sheetTable(data.ledger, LEDGER_FIELDS);
  const followups = sheetTable(data.followups, FOLLOWUP_FIELDS);
  const generateMs = performance.now() - generateStart;
  collectGarbage();
  const inputRssMb = rssMb();
  // The peak then covers the input arrays held in memory and the engine, not the generator.
  const peakFromHere = resetPeakRss();

  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const analysis = analyze({
    ledger,
    followups,
    context: {
      config: DEFAULT_CONFIG,
      parse: makeParseContext(DEFAULT_CONFIG.placeholders, false),
      asOf: data.asOf,
      today: data.asOf,
    },
  });
  const analyzeMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const peak = peakRssMb();

  if (dump !== "") writeOurResults(dump, analysis);
  reportResult({
    rows,
    generateMs,
    analyzeMs,
    analyzeCpuMs: (cpu.user + cpu.system) / 1000,
    inputRssMb,
    peakRssMb: peak,
    peakScope: peakFromHere ? "input held + analyze" : "whole process",
    customers: analysis.records.length,
    validCustomers: analysis.scored.length,
    followups: analysis.followups.length,
    validFollowups: analysis.followups.filter((f) => f.valid).length,
    errors: analysis.findings.filter((f) => f.severity === "error").length,
    warnings: analysis.findings.filter((f) => f.severity === "warning").length,
  });
}

main(process.argv.slice(2));
