import { makeRefreshScores, type RefreshCommandDeps } from "../../src/commands/refreshScores";
import { RefreshStatusStore, type RefreshStatus } from "../../src/commands/refreshStatus";
import { dayFromYmd } from "../../src/engine/cells/calendar";
import type { Lang } from "../../src/engine/labels";
import type { Finding } from "../../src/engine/validation/finding";
import { RefreshError } from "../../src/refresh/errors";
import { runRefresh } from "../../src/refresh/pipeline";
import { resultOf } from "../../src/taskpane/state/result";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type { WorkbookPort } from "../../src/workbook/port";

const TODAY = dayFromYmd(2026, 5, 15);
const HEADER = [
  "客户编号",
  "客户名称",
  "所属行业",
  "客户阶段",
  "负责人",
  "录入日期",
  "预估采购金额(万元)",
  "战略价值",
];

function salesWorkbook(): MemoryWorkbook {
  return new MemoryWorkbook({
    客户台账: [
      [...HEADER],
      ["YL-ZY-YX-001", "华康医疗", "医疗-器械", "意向客户", "张三", "2026-01-05", "60万", "行业标杆"],
      ["ZZ-DX-SJ-002", "东方精工", "制造业-汽车零部件", "商机客户", "李四", "2025-12-01", 25, "普通"],
    ],
    跟进记录: [
      ["客户编号", "跟进时间", "跟进方式"],
      ["YL-ZY-YX-001", "2026-05-10 14:30", "电话"],
    ],
  });
}

interface Harness {
  readonly handler: (event: { completed(): void }) => Promise<void>;
  readonly status: RefreshStatusStore;
  readonly event: { completed: jest.Mock };
  readonly showPane: jest.Mock;
  readonly seen: RefreshStatus[];
}

function harness(
  workbook: WorkbookPort,
  overrides: Partial<RefreshCommandDeps> = {},
  lang: Lang = "zh",
): Harness {
  const status = new RefreshStatusStore(() => 42);
  const seen: RefreshStatus[] = [];
  status.subscribe((s) => seen.push(s));
  const showPane = jest.fn(async () => undefined);
  const deps: RefreshCommandDeps = {
    withWorkbook: (use) => use(workbook),
    // The real pipeline, pinned to a fixed today so the numbers do not drift with the clock.
    loadPipeline: async () => ({
      runRefresh: (port, options) => runRefresh(port, { ...options, today: TODAY, asOf: TODAY }),
      resultOf,
    }),
    status,
    showPane,
    lang: () => lang,
    ...overrides,
  };
  return { handler: makeRefreshScores(deps), status, event: { completed: jest.fn() }, showPane, seen };
}

describe("refreshScores (the ribbon's Refresh scores)", () => {
  it("refreshes the workbook, records the outcome and completes, without opening the pane", async () => {
    const book = salesWorkbook();
    const h = harness(book);
    await h.handler(h.event);

    expect(h.event.completed).toHaveBeenCalledTimes(1);
    expect(h.showPane).not.toHaveBeenCalled();
    const status = h.status.getSnapshot();
    if (status.kind !== "done") throw new Error(`expected done, got ${status.kind}`);
    expect(status.source).toBe("ribbon");
    expect(status.result.ledgerSheet).toBe("客户台账");
    expect(status.result.summary.customers).toBe(2);
    expect(status.message).toContain("已刷新「客户台账」(截至 2026-05-15):评分 2 位客户");
    // Written: the owned block starts right of the user's columns.
    expect(book.cell("客户台账", 1, HEADER.length)).toBe("校验状态");
    expect(book.sheet("销售漏斗")).toBeDefined();
  });

  it("shows progress while it runs", async () => {
    const h = harness(salesWorkbook());
    await h.handler(h.event);
    const steps = h.seen.flatMap((s) => (s.kind === "running" && s.progress ? [s.progress.step] : []));
    expect(steps).toEqual(expect.arrayContaining(["reading", "validating", "writing"]));
    expect(h.seen[0]).toEqual({ kind: "running", source: "ribbon", startedAt: 42, progress: null });
  });

  it("words the status line in the display language", async () => {
    const h = harness(salesWorkbook(), {}, "en");
    await h.handler(h.event);
    expect(h.status.getSnapshot()).toMatchObject({
      kind: "done",
      message: expect.stringMatching(/^Refreshed "客户台账" as of 2026-05-15: 2 customers scored/),
    });
  });

  it("on a workbook without a ledger: records why, opens the pane, completes, writes nothing", async () => {
    const book = new MemoryWorkbook({ 其他: [["留着"]] });
    const h = harness(book);
    await h.handler(h.event);

    expect(h.event.completed).toHaveBeenCalledTimes(1);
    expect(h.showPane).toHaveBeenCalledTimes(1);
    expect(h.status.getSnapshot()).toMatchObject({
      kind: "failed",
      error: { unchanged: true },
      message: expect.stringMatching(/^刷新未完成:找不到「客户台账」工作表.*工作簿未做任何更改。$/),
    });
    expect(await book.listSheets()).toEqual(["其他"]);
  });

  it("passes the findings of bad scoring rules on to the pane", async () => {
    const finding: Finding = {
      sheet: "评分规则",
      row: 4,
      columnIndex: 1,
      column: "值",
      field: null,
      value: "120%",
      rule: "config.weights-sum",
      severity: "error",
      message: { zh: "权重之和须为 100%", en: "Weights must sum to 100%" },
    };
    const h = harness(salesWorkbook(), {
      loadPipeline: async () => ({
        runRefresh: async () => {
          throw new RefreshError("bad-rules", { zh: "规则有误。", en: "Bad rules." }, [finding]);
        },
        resultOf,
      }),
    });
    await h.handler(h.event);
    expect(h.status.getSnapshot()).toMatchObject({
      kind: "failed",
      findings: [finding],
      error: { hasFindings: true },
    });
    expect(h.event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes when Excel itself fails mid-refresh, keeping only the message's first line", async () => {
    const book = salesWorkbook();
    book.write = async () => {
      throw new Error("GeneralException: 无法写入\n   at Excel.run");
    };
    const h = harness(book, {}, "en");
    await h.handler(h.event);
    expect(h.event.completed).toHaveBeenCalledTimes(1);
    expect(h.status.getSnapshot()).toMatchObject({
      kind: "failed",
      error: { reason: null, detail: "GeneralException: 无法写入", unchanged: false },
      message: "Refresh did not finish: GeneralException: 无法写入",
    });
  });

  it("completes when the pipeline cannot even load, and when the pane cannot be shown", async () => {
    const h = harness(salesWorkbook(), {
      loadPipeline: () => Promise.reject(new Error("Loading chunk pipeline failed")),
      showPane: () => Promise.reject(new Error("not supported")),
    });
    await expect(h.handler(h.event)).resolves.toBeUndefined();
    expect(h.event.completed).toHaveBeenCalledTimes(1);
    expect(h.status.getSnapshot()).toMatchObject({
      kind: "failed",
      error: { detail: "Loading chunk pipeline failed" },
    });
  });

  it("falls back to Chinese when the display language cannot be read", async () => {
    const h = harness(salesWorkbook(), {
      lang: () => {
        throw new Error("no context");
      },
    });
    await h.handler(h.event);
    expect(h.status.getSnapshot()).toMatchObject({ kind: "done", message: expect.stringMatching(/^已刷新/) });
    expect(h.event.completed).toHaveBeenCalledTimes(1);
  });

  it("does not start a second refresh while one runs: it shows the pane with the running one", async () => {
    const h = harness(salesWorkbook());
    h.status.tryBegin("pane");
    const running = h.status.getSnapshot();
    await h.handler(h.event);
    expect(h.status.getSnapshot()).toBe(running);
    expect(h.showPane).toHaveBeenCalledTimes(1);
    expect(h.event.completed).toHaveBeenCalledTimes(1);
  });

  it("records a cancelled refresh as cancelled, not failed", async () => {
    const h = harness(salesWorkbook(), {
      loadPipeline: async () => ({
        runRefresh: async () => {
          throw new RefreshError("cancelled", { zh: "已取消", en: "Cancelled" });
        },
        resultOf,
      }),
    });
    await h.handler(h.event);
    expect(h.status.getSnapshot()).toEqual({ kind: "cancelled", source: "ribbon", finishedAt: 42 });
    expect(h.showPane).not.toHaveBeenCalled();
    expect(h.event.completed).toHaveBeenCalledTimes(1);
  });
});
