import { dayFromYmd } from "../../../src/engine/cells/calendar";
import type { Cadence } from "../../../src/engine/scoring/types";
import {
  OWNED_COLUMNS,
  ownedHeaders,
  renderOwnedRows,
  type OwnedColumnKey,
} from "../../../src/refresh/render/ownedColumns";
import { CHECK_MESSAGE_MAX_CHARS } from "../../../src/refresh/render/rowCheck";
import type { OutCell } from "../../../src/workbook/port";
import { makeFinding, makePriority, makeRecord, makeScored, valueOf } from "./factories";

/** Every row of the lazily built block, as arrays. */
function renderAll(...args: Parameters<typeof renderOwnedRows>): (readonly OutCell[])[] {
  return [...renderOwnedRows(...args)];
}

const ZH = [
  "校验状态",
  "最近跟进",
  "近3月月均跟进",
  "R分",
  "F分",
  "M分",
  "V分",
  "优先级得分",
  "优先级",
  "评分说明",
  "ICP匹配",
  "机会评分",
  "机会等级",
  "价值分群",
  "流失预警",
  "下次跟进截止",
  "跟进状态",
  "逾期行动",
  "资料状态",
  "建议下一步",
];
const EN = [
  "Check",
  "Last Contact",
  "Contacts/Month",
  "R",
  "F",
  "M",
  "V",
  "Priority Score",
  "Priority",
  "Why",
  "ICP Fit",
  "Opportunity Score",
  "Opportunity Tier",
  "Segment",
  "Churn Risk",
  "Next Contact Due",
  "Follow-up Status",
  "Overdue Actions",
  "Profile Status",
  "Recommended Step",
];

const LEDGER = "客户台账";
const column = (key: OwnedColumnKey): number => OWNED_COLUMNS.findIndex((c) => c.key === key);
const cell = (row: readonly OutCell[], key: OwnedColumnKey): OutCell => row[column(key)];

/** Excel's own serial of a date: days since 1899-12-30 (the 1900 system). */
function excelSerialOf(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

describe("OWNED_COLUMNS", () => {
  it("is the SPEC 1.4 block, in order, in both languages", () => {
    expect(ownedHeaders("zh")).toEqual(ZH);
    expect(ownedHeaders("en")).toEqual(EN);
  });
});

describe("renderOwnedRows", () => {
  it("gives one row per ledger data row, blank rows all blank, each as wide as the block", () => {
    const records = [0, 2, 4].map((index) => makeRecord({ index }));
    const rows = renderAll(
      6,
      records,
      records.map((r) => makeScored(r)),
      [],
      LEDGER,
      "zh",
    );
    expect(rows).toHaveLength(6);
    rows.forEach((row) => expect(row).toHaveLength(OWNED_COLUMNS.length));
    for (const blank of [1, 3, 5]) expect(rows[blank].every((c) => c === null)).toBe(true);
    for (const filled of [0, 2, 4]) expect(cell(rows[filled], "check")).toBe("正常");
  });

  it("builds each row when asked: at() matches iteration, and nothing past the end", () => {
    const records = [0, 2].map((index) => makeRecord({ index }));
    const rows = renderOwnedRows(
      3,
      records,
      records.map((r) => makeScored(r)),
      [],
      LEDGER,
      "en",
    );
    expect(rows.length).toBe(3);
    expect([0, 1, 2].map((i) => rows.at(i))).toEqual([...rows]);
    expect(rows.at(3)).toBeUndefined();
    expect(rows.at(-1)).toBeUndefined();
    expect(rows.at(0.5)).toBeUndefined();
    // Built anew on each call: the writer does not keep a million rows alive through the source.
    expect(rows.at(0)).not.toBe(rows.at(0));
    expect(rows.at(0)).toEqual(rows.at(0));
  });

  it("ignores records outside the rows asked for", () => {
    const records = [makeRecord({ index: 2 }), makeRecord({ index: -1 })];
    const rows = renderAll(
      2,
      records,
      records.map((r) => makeScored(r)),
      [],
      LEDGER,
      "zh",
    );
    expect(rows.flat().every((c) => c === null)).toBe(true);
  });

  it("renders a scored customer's cells", () => {
    const record = makeRecord();
    const scored = makeScored(record, {
      icp: { status: "partial", unmet: ["industry", "region"] },
      opportunity: {
        score: 73.5,
        tier: "medium",
        factors: { amount: 4, probability: 3, strategic: 5, cost: 3, payment: 3 },
        parts: [],
      },
      segment: { segment: "champions", r: 5, f: 4, m: 5, recencyDays: 12 },
      churn: { level: "high", signals: ["purchase-gap", "low-satisfaction"] },
      overdueActions: 2,
      profile: { stale: true, ageDays: 45, limitDays: 30, incomplete: false },
    });
    const [row] = renderAll(1, [record], [scored], [], LEDGER, "zh");
    expect(cell(row, "lastContact")).toEqual({ value: excelSerialOf(2026, 5, 20), format: "yyyy-mm-dd" });
    expect(cell(row, "nextDue")).toEqual({ value: excelSerialOf(2026, 5, 27), format: "yyyy-mm-dd" });
    expect(cell(row, "contactsPerMonth")).toEqual({ value: 4 / 3, format: "0.0" });
    expect([cell(row, "r"), cell(row, "f"), cell(row, "m"), cell(row, "v")]).toEqual([30, 20, 30, 10]);
    expect(cell(row, "priorityScore")).toBe(90);
    expect(cell(row, "priorityTier")).toBe("高");
    expect(cell(row, "why")).toBe("R30 近3月有跟进 · F20 月均1.3次 · M30 ≥50万 · V10 行业标杆");
    expect(cell(row, "icp")).toBe("部分符合 (未满足: 行业、区域)");
    expect(cell(row, "opportunityScore")).toEqual({ value: 73.5, format: "0.0" });
    expect(cell(row, "opportunityTier")).toBe("中");
    expect(cell(row, "segment")).toBe("重要价值");
    expect(cell(row, "churn")).toEqual({ value: "高 (久未购买、满意度低)", style: "bad" });
    expect(cell(row, "followUpStatus")).toEqual({ value: "已逾期 4 天", style: "bad" });
    expect(cell(row, "overdueActions")).toEqual({ value: 2, style: "bad" });
    expect(cell(row, "profile")).toEqual({ value: "过期 45 天", style: "warn" });
    expect(cell(row, "recommendation")).toBe("资深客户经理主导,每周跟进,提供定制化方案");
  });

  it("speaks English when asked", () => {
    const record = makeRecord();
    const [row] = renderAll(1, [record], [makeScored(record)], [], LEDGER, "en");
    expect(cell(row, "check")).toBe("OK");
    expect(cell(row, "priorityTier")).toBe("High");
    expect(valueOf(cell(row, "followUpStatus"))).toBe("Overdue 4 days");
    expect(cell(row, "why")).toBe(
      "R30 contact within 3 months · F20 1.3 a month · M30 ≥ 500k · V10 industry benchmark",
    );
  });

  it("leaves what the engine does not score blank: lost customers, closed stages, no purchase", () => {
    const record = makeRecord({ stage: "lost" });
    const scored = makeScored(record, { priority: null, cadence: null, opportunity: null, segment: null });
    const [row] = renderAll(1, [record], [scored], [], LEDGER, "zh");
    const blank: OwnedColumnKey[] = [
      "lastContact",
      "contactsPerMonth",
      "r",
      "f",
      "m",
      "v",
      "priorityScore",
      "priorityTier",
      "why",
      "opportunityScore",
      "opportunityTier",
      "segment",
      "churn",
      "nextDue",
      "followUpStatus",
    ];
    for (const key of blank) expect(cell(row, key)).toBeNull();
    expect(cell(row, "icp")).toBe("未设置");
    expect(cell(row, "overdueActions")).toBe(0);
    expect(cell(row, "profile")).toBe("正常");
  });

  it("styles follow-up status by how late it is, words first", () => {
    const record = makeRecord();
    const statusOf = (cadence: Cadence) =>
      cell(renderAll(1, [record], [makeScored(record, { cadence })], [], LEDGER, "zh")[0], "followUpStatus");
    const due = dayFromYmd(2026, 6, 1);
    expect(statusOf({ cadenceDays: 7, nextDue: due, status: "ok", daysOverdue: 0 })).toBe("正常");
    expect(statusOf({ cadenceDays: 7, nextDue: due, status: "due-soon", daysOverdue: 0 })).toEqual({
      value: "即将到期",
      style: "warn",
    });
  });

  it("says why an invalid row is out and shows no score, even if one is passed", () => {
    const record = makeRecord({ valid: false });
    const findings = [
      makeFinding({ columnIndex: 7, column: "客户阶段", message: { zh: "未知阶段", en: "Unknown stage" } }),
      makeFinding({ columnIndex: 0, message: { zh: "客户编号格式错误", en: "Bad ID" } }),
      makeFinding({ columnIndex: 3, severity: "warning", message: { zh: "区域为空", en: "No region" } }),
    ];
    const [row] = renderAll(1, [record], [makeScored(record)], findings, LEDGER, "zh");
    expect(cell(row, "check")).toEqual({ value: "错误: 客户编号格式错误 (+1)", style: "bad" });
    expect(row.slice(1).every((c) => c === null)).toBe(true);
    const [en] = renderAll(1, [record], [], findings, LEDGER, "en");
    expect(valueOf(cell(en, "check"))).toBe("Error: Bad ID (+1)");
  });

  it("treats an error finding as excluding the row even when the record says valid", () => {
    const record = makeRecord();
    const [row] = renderAll(1, [record], [makeScored(record)], [makeFinding()], LEDGER, "zh");
    expect(cell(row, "check")).toEqual({ value: "错误: 客户编号不能为空", style: "bad" });
    expect(cell(row, "priorityScore")).toBeNull();
  });

  it("says 错误 alone for an invalid row whose finding is missing", () => {
    const [row] = renderAll(1, [makeRecord({ valid: false })], [], [], LEDGER, "zh");
    expect(valueOf(cell(row, "check"))).toBe("错误");
  });

  it("counts warnings, and only the ledger's findings on the row", () => {
    const record = makeRecord({ index: 1 });
    const findings = [
      makeFinding({ row: 3, severity: "warning" }),
      makeFinding({ row: 3, severity: "warning", columnIndex: 4 }),
      makeFinding({ row: 3, sheet: "跟进记录" }),
      makeFinding({ row: 3, sheet: "评分规则" }),
      makeFinding({ row: 2, severity: "warning" }),
      makeFinding({ row: null, columnIndex: null }),
    ];
    const rows = renderAll(2, [record], [makeScored(record)], findings, LEDGER, "zh");
    expect(cell(rows[1], "check")).toEqual({ value: "警告 2", style: "warn" });
    expect(cell(rows[1], "priorityScore")).toBe(90);
  });

  it("matches findings of the ledger sheet it is given, whatever its name", () => {
    const record = makeRecord();
    const finding = makeFinding({ sheet: "Customers", severity: "warning" });
    const [row] = renderAll(1, [record], [makeScored(record)], [finding], "Customers", "en");
    expect(valueOf(cell(row, "check"))).toBe("1 warning");
    const [other] = renderAll(1, [record], [makeScored(record)], [finding], LEDGER, "en");
    expect(valueOf(cell(other, "check"))).toBe("OK");
  });

  it(`keeps a check message of ${CHECK_MESSAGE_MAX_CHARS} characters whole and cuts one longer`, () => {
    const record = makeRecord({ valid: false });
    const checkWith = (message: string) =>
      valueOf(
        cell(
          renderAll(
            1,
            [record],
            [],
            [makeFinding({ message: { zh: message, en: message } })],
            LEDGER,
            "zh",
          )[0],
          "check",
        ),
      );
    const exact = "错".repeat(CHECK_MESSAGE_MAX_CHARS);
    expect(checkWith(exact)).toBe(`错误: ${exact}`);
    expect(checkWith(exact.slice(1))).toBe(`错误: ${exact.slice(1)}`);
    expect(checkWith(`${exact}误`)).toBe(`错误: ${"错".repeat(CHECK_MESSAGE_MAX_CHARS - 1)}…`);
  });

  it("keeps formula-looking text as plain strings", () => {
    const record = makeRecord();
    const scored = makeScored(record, { recommendation: "=1+1" });
    const [row] = renderAll(1, [record], [scored], [], LEDGER, "zh");
    expect(cell(row, "recommendation")).toBe("=1+1");
    const finding = makeFinding({ message: { zh: "@cmd", en: "@cmd" } });
    const [invalid] = renderAll(1, [makeRecord({ valid: false })], [], [finding], LEDGER, "en");
    expect(cell(invalid, "check")).toEqual({ value: "Error: @cmd", style: "bad" });
  });

  it("shows the score parts it is given, whatever they are", () => {
    const record = makeRecord();
    const priority = makePriority({ parts: [{ factor: "R", points: 10, reason: { zh: " ", en: "" } }] });
    const [row] = renderAll(1, [record], [makeScored(record, { priority })], [], LEDGER, "zh");
    expect(cell(row, "why")).toBe("R10");
  });

  it("drops a reason's trailing '→ points' only when it repeats the part's own points", () => {
    const record = makeRecord();
    const priority = makePriority({
      parts: [
        { factor: "M", points: 30, reason: { zh: "预估采购金额 60 万,≥ 50 万 → 30", en: "" } },
        { factor: "V", points: 0, reason: { zh: "战略价值 普通 → 0", en: "" } },
        { factor: "F", points: 20, reason: { zh: "比例 → 2", en: "" } },
      ],
    });
    const [row] = renderAll(1, [record], [makeScored(record, { priority })], [], LEDGER, "zh");
    expect(cell(row, "why")).toBe("M30 预估采购金额 60 万,≥ 50 万 · V0 战略价值 普通 · F20 比例 → 2");
  });
});
