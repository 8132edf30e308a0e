import { refreshInExcel } from "../../../src/workbook/office";
import { sampleDay, sampleDouble } from "./helpers";

it("debug", async () => {
  const double = await sampleDouble();
  const outcome = await refreshInExcel({ asOf: sampleDay(), today: sampleDay() });
  console.log(double.syncs.map((s) => `${s.index}:${s.operations}ops ${s.requestBytes}/${s.responseBytes}B ${s.cells}c ${s.outcome}`).join("\n"));
  const funnel = double.model.sheet("销售漏斗")!;
  console.log(JSON.stringify(funnel.charts, null, 1).slice(0, 1500));
  const ledger = double.model.sheet("客户台账")!;
  const row = [] as unknown[]; for (let c = 34; c < 58; c++) row.push([ledger.values.get(0, c), ledger.values.get(1, c), ledger.numberFormat(1, c), ledger.formats.get(1,c)]);
  console.log(JSON.stringify(row));
  const report = double.model.sheet("校验报告")!;
  const rr = [] as unknown[]; for (let r = 0; r < 7; r++) { const line = []; for (let c = 0; c < 8; c++) line.push(report.values.get(r, c)); rr.push(line); }
  console.log(JSON.stringify(rr), JSON.stringify(report.hyperlinks.get(4, 7)), report.frozenRows, [...report.columnWidths]);
  console.log(outcome.notices, double.metrics, double.model.sheets.map(s => s.name));
  double.uninstall();
});
