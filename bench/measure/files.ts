import { join } from "node:path";
import { datasetFolder } from "./paths";

/** Where the cached files of one dataset live. */
export interface DatasetFiles {
  readonly dir: string;
  readonly ledgerCsv: string;
  readonly followupsCsv: string;
  readonly xlsx: string;
}

export function datasetFiles(rows: number, seed: number): DatasetFiles {
  const dir = datasetFolder(rows, seed);
  return {
    dir,
    ledgerCsv: join(dir, "ledger.csv"),
    followupsCsv: join(dir, "followups.csv"),
    xlsx: join(dir, "workbook.xlsx"),
  };
}
