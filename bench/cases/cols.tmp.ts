import { performance } from "node:perf_hooks";
import { makeParseContext } from "../../src/engine/cells";
import { DEFAULT_CONFIG } from "../../src/engine/config/defaults";
import { FOLLOWUP_FIELDS, LEDGER_FIELDS } from "../../src/engine/schema/fields";
import { FindingLog } from "../../src/engine/validation/finding-log";
import { readColumns, usedRows } from "../../src/engine/validation/read-columns";
import { generateDataset } from "../data/dataset";
import { sheetTable } from "../data/tables";
import { collectGarbage } from "../measure/protocol";
const rows = Number(process.argv[2]);
const data = generateDataset(rows, 20261116);
const ctx = { config: DEFAULT_CONFIG, parse: makeParseContext(DEFAULT_CONFIG.placeholders, false), asOf: data.asOf, today: data.asOf };
for (const [sheet, fields] of [[data.ledger, LEDGER_FIELDS], [data.followups, FOLLOWUP_FIELDS]] as const) {
  const table = sheetTable(sheet, fields);
  collectGarbage();
  const used = usedRows(table);
  const out: string[] = [];
  for (const pass of [0, 1]) {
    for (const field of fields) {
      const log = new FindingLog(table);
      const t = performance.now();
      readColumns(table, [field], used, ctx, log);
      if (pass === 1) out.push(`${field.key}:${field.type}=${(performance.now() - t).toFixed(0)}`);
    }
  }
  console.log(out.join(" "));
}
const t = performance.now(); let s = 0; for (let i = 0; i < 1e8; i++) s += i & 7; console.log("calib", (performance.now() - t).toFixed(0));
