import { performance } from "node:perf_hooks";
import { analyze } from "../../src/engine/analyze";
import { makeParseContext } from "../../src/engine/cells";
import { DEFAULT_CONFIG } from "../../src/engine/config/defaults";
import { FOLLOWUP_FIELDS, LEDGER_FIELDS } from "../../src/engine/schema/fields";
import { renderOwnedRows } from "../../src/refresh/render/ownedColumns";
import { renderReportSheet } from "../../src/refresh/render/reportSheet";
import { renderFunnelSheet } from "../../src/refresh/render/funnelSheet";
import { generateDataset } from "../data/dataset";
import { sheetTable } from "../data/tables";
const rows = Number(process.argv[2]);
const data = generateDataset(rows, 20261116);
const a = analyze({
  ledger: sheetTable(data.ledger, LEDGER_FIELDS),
  followups: sheetTable(data.followups, FOLLOWUP_FIELDS),
  context: {
    config: DEFAULT_CONFIG,
    parse: makeParseContext(DEFAULT_CONFIG.placeholders, false),
    asOf: data.asOf,
    today: data.asOf,
  },
});
let t = performance.now();
const lap = (n: string) => {
  const x = performance.now();
  console.log(n, (x - t).toFixed(0));
  t = x;
};
renderOwnedRows(rows, a.records, a.scored, a.findings, "客户台账", "zh", false);
lap("ownedRows");
renderReportSheet(a.findings, "zh", a.asOf);
lap("report");
renderFunnelSheet(a, "zh");
lap("funnel");
