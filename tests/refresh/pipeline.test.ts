import { dayFromYmd } from "../../src/engine/cells/calendar";
import type { RawCell } from "../../src/engine/cells/types";
import { RefreshError } from "../../src/refresh/errors";
import { runRefresh } from "../../src/refresh/pipeline";
import { OWNED_COLUMNS } from "../../src/refresh/render/ownedColumns";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";

const AS_OF = dayFromYmd(2026, 5, 15);
const TODAY = dayFromYmd(2026, 5, 31);
const options = { asOf: AS_OF, today: TODAY };

const LEDGER_HEADER = [
  "客户编号",
  "客户名称",
  "所属行业",
  "客户阶段",
  "负责人",
  "录入日期",
  "预估采购金额(万元)",
  "战略价值",
  "我的备注",
];

function ledger(): RawCell[][] {
  return [
    ["2026 客户台账", null, null],
    [null],
    [...LEDGER_HEADER],
    [
      "YL-ZY-YX-001",
      "华康医疗",
      "医疗-器械",
      "意向客户",
      "张三",
      "2026-01-05",
      "60万",
      "行业标杆",
      "老客户介绍",
    ],
    [null, null, null, null, null, null, null, null, null],
    [
      "ZZ-DX-SJ-002",
      '=HYPERLINK("x")',
      "制造业-汽车零部件",
      "商机客户",
      "李四",
      "2025-12-01",
      25,
      "普通",
      null,
    ],
    ["BAD-ID", "坏数据公司", "零售业-超市", "意向客户", "王五", "24-3-15", 10, null, "备注"],
  ];
}

function followups(): RawCell[][] {
  return [
    ["客户编号", "跟进时间", "跟进方式"],
    ["YL-ZY-YX-001", "2026-05-10 14:30", "电话"],
    ["YL-ZY-YX-001", "2026-04-20", "拜访"],
    ["YL-ZY-YX-001", "2026-03-01", "微信"],
    ["ZZ-DX-SJ-002", "2025-10-01", "电话"],
  ];
}

function workbook(): MemoryWorkbook {
  return new MemoryWorkbook({ 客户台账: ledger(), 跟进记录: followups(), 其他: [["留着"]] });
}

function snapshot(book: MemoryWorkbook, sheet: string, columns: number): RawCell[][] {
  const cells = book.sheet(sheet)?.cells ?? [];
  return cells.map((row) => Array.from({ length: columns }, (_, c) => row[c] ?? null));
}

describe("runRefresh on the in-memory workbook", () => {
  it("writes the owned block right of the used range, under the header row, and nothing else of the user's", async () => {
    const book = workbook();
    const before = snapshot(book, "客户台账", LEDGER_HEADER.length);
    const outcome = await runRefresh(book, options);

    expect(outcome.written).toBe(true);
    expect(snapshot(book, "客户台账", LEDGER_HEADER.length)).toEqual(before);
    expect(snapshot(book, "其他", 3)).toEqual([["留着", null, null]]);
    const first = LEDGER_HEADER.length;
    expect(book.cell("客户台账", 3, first)).toBe(OWNED_COLUMNS[0].zh);
    expect(book.cell("客户台账", 3, first + OWNED_COLUMNS.length - 1)).toBe(
      OWNED_COLUMNS[OWNED_COLUMNS.length - 1].zh,
    );
    // Title rows above the header stay untouched.
    expect(book.cell("客户台账", 1, first)).toBeNull();
    const scoreColumn = first + OWNED_COLUMNS.findIndex((c) => c.zh === "优先级得分");
    // R 30 (contact within 3 months) + F 20 (3 contacts / 3 months = 1) + M 30 (60 万) + V 10 (行业标杆).
    expect(book.cell("客户台账", 4, scoreColumn)).toBe(90);
    // The blank row stays blank, the invalid row has no score.
    expect(book.cell("客户台账", 5, scoreColumn)).toBeNull();
    expect(book.cell("客户台账", 7, scoreColumn)).toBeNull();
    expect(String(book.cell("客户台账", 7, first))).toMatch(/错误/);
    expect(book.sheet("销售漏斗")).toBeDefined();
    expect(book.sheet("校验报告")).toBeDefined();
  });

  it("refreshing twice gives the same workbook", async () => {
    const book = workbook();
    await runRefresh(book, options);
    const once = JSON.stringify(book.sheet("客户台账")?.cells);
    const funnel = JSON.stringify(book.sheet("销售漏斗")?.cells);
    await runRefresh(book, options);
    expect(JSON.stringify(book.sheet("客户台账")?.cells)).toBe(once);
    expect(JSON.stringify(book.sheet("销售漏斗")?.cells)).toBe(funnel);
  });

  it("keeps a formula-looking customer name as plain text in the report", async () => {
    const book = workbook();
    const outcome = await runRefresh(book, options);
    expect(outcome.analysis.records[1].name).toBe('=HYPERLINK("x")');
  });

  it("validate mode reads and checks but writes nothing", async () => {
    const book = workbook();
    const before = JSON.stringify(book.sheet("客户台账")?.cells);
    const outcome = await runRefresh(book, { ...options, mode: "validate" });
    expect(outcome.written).toBe(false);
    expect(outcome.analysis.findings.some((f) => f.rule === "id.pattern" && f.row === 7)).toBe(true);
    expect(JSON.stringify(book.sheet("客户台账")?.cells)).toBe(before);
    expect(await book.listSheets()).toEqual(["客户台账", "跟进记录", "其他"]);
  });

  it("stops without writing when a user column carries an owned header", async () => {
    const cells = ledger();
    cells[2] = [...LEDGER_HEADER.slice(0, -1), "优先级"];
    const book = new MemoryWorkbook({ 客户台账: cells });
    const before = JSON.stringify(book.sheet("客户台账")?.cells);
    await expect(runRefresh(book, options)).rejects.toMatchObject({ code: "owned-conflict" });
    expect(JSON.stringify(book.sheet("客户台账")?.cells)).toBe(before);
    expect(await book.listSheets()).toEqual(["客户台账"]);
  });

  it("stops before writing when the scoring rules are unusable", async () => {
    const book = workbook();
    book.addSheet("评分规则", [
      ["参数键", "分类", "参数", "值", "说明"],
      ["opportunity.weights.amount", "机会评分", "金额权重", 90, ""],
    ]);
    const error = await runRefresh(book, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefreshError);
    expect((error as RefreshError).code).toBe("bad-rules");
    expect((error as RefreshError).findings.length).toBeGreaterThan(0);
    expect(book.sheet("销售漏斗")).toBeUndefined();
  });

  it("a cancel before writing leaves the workbook untouched", async () => {
    const book = workbook();
    const controller = new AbortController();
    controller.abort();
    await expect(runRefresh(book, { ...options, signal: controller.signal })).rejects.toMatchObject({
      code: "cancelled",
    });
    expect(await book.listSheets()).toEqual(["客户台账", "跟进记录", "其他"]);
  });

  it("says clearly when there is no ledger or no header", async () => {
    await expect(runRefresh(new MemoryWorkbook({ Sheet1: [["a"]] }), options)).rejects.toMatchObject({
      code: "no-ledger",
    });
    await expect(
      runRefresh(new MemoryWorkbook({ 客户台账: [["随便"], ["写点"]] }), options),
    ).rejects.toMatchObject({
      code: "no-header",
    });
  });

  it("writes English headers and sheets for an English workbook", async () => {
    const cells = ledger();
    cells[2] = [
      "Customer ID",
      "Customer Name",
      "Industry",
      "Stage",
      "Owner",
      "Created On",
      "Est. Purchase (10k CNY)",
      "Strategic Value",
      "Notes",
    ];
    const book = new MemoryWorkbook({ Customers: cells });
    const outcome = await runRefresh(book, options);
    expect(outcome.lang).toBe("en");
    expect(book.cell("Customers", 3, 9)).toBe(OWNED_COLUMNS[0].en);
    expect(book.sheet("Funnel")).toBeDefined();
    expect(book.sheet("Validation")).toBeDefined();
  });
});
