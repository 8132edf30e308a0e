/**
 * Child process: writes the generated dataset of one size and seed to the cache as CSV (for the
 * pandas peer) and/or .xlsx (for the command line and pandas.read_excel). Files already there
 * are kept: the dataset is the same for the same version, size and seed.
 *
 *   node dist/bench/bench/cases/prepareCase.js --rows 100000 --seed 20261116 [--csv] [--xlsx]
 */
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { FOLLOWUP_FIELDS, LEDGER_FIELDS, type FieldDef } from "../../src/engine/schema/fields";
import { writeCsv } from "../data/csv";
import { generateDataset } from "../data/dataset";
import type { GeneratedSheet } from "../data/sheet";
import { writeXlsx, type ColumnStyle, type SheetToWrite } from "../data/xlsxWriter";
import { datasetFiles } from "../measure/files";
import { argValue, reportResult } from "../measure/protocol";

function styled(sheet: GeneratedSheet, fields: readonly FieldDef[]): SheetToWrite {
  const typeOf = new Map(fields.map((field) => [field.zh, field.type]));
  const styles = sheet.headers.map((header): ColumnStyle => {
    const type = typeOf.get(header);
    return type === "date" ? "date" : type === "datetime" ? "dateTime" : "general";
  });
  return { sheet, styles };
}

function main(argv: readonly string[]): void {
  const rows = Number(argValue(argv, "rows"));
  const seed = Number(argValue(argv, "seed"));
  const files = datasetFiles(rows, seed);
  const wantCsv = argv.includes("--csv") && !(existsSync(files.ledgerCsv) && existsSync(files.followupsCsv));
  const wantXlsx = argv.includes("--xlsx") && !existsSync(files.xlsx);
  if (!wantCsv && !wantXlsx) return reportResult({ generated: false });

  const start = performance.now();
  const data = generateDataset(rows, seed);
  if (wantCsv) {
    writeCsv(files.ledgerCsv, data.ledger);
    writeCsv(files.followupsCsv, data.followups);
  }
  if (wantXlsx)
    writeXlsx(files.xlsx, [styled(data.ledger, LEDGER_FIELDS), styled(data.followups, FOLLOWUP_FIELDS)]);
  reportResult({ generated: true, ms: performance.now() - start });
}

main(process.argv.slice(2));
