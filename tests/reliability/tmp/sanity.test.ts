import { dayFromYmd } from "../../../src/engine/cells/calendar";
import { runRefresh } from "../../../src/refresh/pipeline";
import { MemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import { injectionLedger } from "../ledgers";
test("long", async () => {
  const l = injectionLedger(5);
  l[3][0] = "X".repeat(32767); l[4][8] = "9".repeat(32767); l[5][12] = "日".repeat(32767); l[6][3]="区".repeat(32767);
  const asOf = dayFromYmd(2026,6,30);
  const { plan } = await runRefresh(new MemoryWorkbook({ 客户台账: l }), { asOf, today: asOf });
  const all = [...(plan.columns?.rows ?? []).flat(), ...plan.sheets.flatMap(s => s.rows.flat())];
  const lens = all.map(c => typeof c === "string" ? c.length : c && typeof c === "object" && typeof c.value === "string" ? c.value.length : 0);
  console.log(Math.max(...lens), lens.filter(n => n > 32767).length);
});
