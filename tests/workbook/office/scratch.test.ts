import { runRefresh } from "../../../src/refresh/pipeline";
import { MemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import { parseIsoDay } from "../../../src/engine/cells/calendar";
import type { RawCell } from "../../../src/engine/cells/types";

test("scratch", async () => {
  const header = ["客户编号","客户名称","所属行业","区域","企业规模","客户阶段","预估采购金额(万元)","成交概率","负责人","决策人","职务","联系电话","核心需求","紧急程度","预算范围","录入日期"];
  const stages = ["潜在客户","意向客户","商机客户","谈判阶段","成交客户"];
  const codes = ["QZ","YX","SJ","TP","CJ"];
  const big: RawCell[][] = [header];
  for (let i = 0; i < 200000; i++) {
    const s = i % 5;
    big.push([`ZZ-DX-${codes[s]}-${String(i + 1).padStart(6, "0")}`, `客户公司${i}有限公司`, "制造业-精密机械", "上海", "大型", stages[s], (i % 90) + 1, 0.5, "赵敏", "徐涛", "财务总监", "17637821121", "数字化转型", "高", "100万以上", 45000 + (i % 600)]);
  }
  const asOf = parseIsoDay("2026-11-16")!;
  const t = Date.now();
  const out2 = await runRefresh(new MemoryWorkbook({ 客户台账: big }), { asOf, today: asOf });
  console.log("200k", Date.now() - t, out2.analysis.findings.length, out2.analysis.findings.slice(0,3));
});
