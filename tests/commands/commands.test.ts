/**
 * The commands entry end to end in a stand-in Excel: office.js's globals from the Excel double,
 * plus the two shared-runtime calls the double does not model (`Office.actions`, `Office.addin`).
 */
import type { RefreshStatus } from "../../src/commands/refreshStatus";
import { installExcelDouble, type ExcelDouble } from "../excel-double";

const HEADER = [
  "客户编号",
  "客户名称",
  "所属行业",
  "客户阶段",
  "负责人",
  "录入日期",
  "预估采购金额(万元)",
  "我的备注",
];
const ROWS = [
  ["YL-ZY-YX-001", "华康医疗", "医疗-器械", "意向客户", "张三", "2026-01-05", "60万", "老客户介绍"],
  ["ZZ-DX-SJ-002", "东方精工", "制造业-汽车零部件", "商机客户", "李四", "2025-12-01", 25, null],
];

type Handler = (event: { completed(): void }) => void;

interface Ribbon {
  readonly double: ExcelDouble;
  readonly handlers: Map<string, Handler>;
  readonly showAsTaskpane: jest.Mock;
  /** The store the loaded entry reports to (found through globalThis, as the pane finds it). */
  status(): RefreshStatus;
}

let current: ExcelDouble | null = null;

afterEach(() => {
  current?.uninstall();
  current = null;
  Reflect.deleteProperty(globalThis, "__salesRadarRefreshStatus");
});

/** Installs Excel, adds the shared-runtime calls, and loads src/commands/commands.ts. */
async function loadRibbon(excelApi: string, displayLanguage = "zh-CN"): Promise<Ribbon> {
  const double = installExcelDouble({ excelApi, displayLanguage });
  current = double;
  double.model.addSheet("客户台账", [HEADER, ...ROWS]);
  const handlers = new Map<string, Handler>();
  const showAsTaskpane = jest.fn(async () => undefined);
  Object.assign((globalThis as unknown as { Office: object }).Office, {
    actions: { associate: (id: string, handler: Handler) => void handlers.set(id, handler) },
    addin: { showAsTaskpane },
  });
  let statusOf: () => RefreshStatus = () => ({ kind: "idle" });
  jest.isolateModules(() => {
    jest.requireActual("../../src/commands/commands");
    const store = jest.requireActual<typeof import("../../src/commands/refreshStatus")>(
      "../../src/commands/refreshStatus",
    );
    statusOf = () => store.sharedRefreshStatus().getSnapshot();
  });
  // Office.onReady calls back asynchronously.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { double, handlers, showAsTaskpane, status: () => statusOf() };
}

/** Presses a button; resolves with how often the handler completed its event. */
function press(ribbon: Ribbon, id: string): Promise<number> {
  const handler = ribbon.handlers.get(id);
  if (handler === undefined) return Promise.reject(new Error(`${id} is not registered`));
  return new Promise((resolve) => {
    let completed = 0;
    handler({
      completed: () => {
        completed += 1;
        setTimeout(() => resolve(completed), 20);
      },
    });
  });
}

function cell(ribbon: Ribbon, sheet: string, row: number, column: number): unknown {
  return ribbon.double.model.sheet(sheet)?.snapshot(row, column).value;
}

describe("src/commands/commands.ts in Excel", () => {
  it("registers refreshScores, which scores the open workbook as one undo step and completes", async () => {
    const ribbon = await loadRibbon("1.20");
    expect([...ribbon.handlers.keys()]).toEqual(["refreshScores"]);

    expect(await press(ribbon, "refreshScores")).toBe(1);

    expect(ribbon.status()).toMatchObject({
      kind: "done",
      source: "ribbon",
      result: { ledgerSheet: "客户台账" },
    });
    expect(cell(ribbon, "客户台账", 0, HEADER.length)).toBe("校验状态");
    // The user's own cells are as they were.
    expect(cell(ribbon, "客户台账", 1, HEADER.length - 1)).toBe("老客户介绍");
    expect(ribbon.double.model.sheet("销售漏斗")).toBeDefined();
    expect(ribbon.double.metrics.undoRecords).toBe(1);
    expect(ribbon.showAsTaskpane).not.toHaveBeenCalled();
  });

  it("runs on ExcelApi 1.7, the manifest's minimum, without undo grouping", async () => {
    const ribbon = await loadRibbon("1.7", "en-US");
    expect(await press(ribbon, "refreshScores")).toBe(1);
    expect(ribbon.status()).toMatchObject({
      kind: "done",
      message: expect.stringMatching(/^Refreshed "客户台账"/),
    });
    expect(cell(ribbon, "客户台账", 0, HEADER.length)).toBe("校验状态");
  });

  it("waits for the user to finish typing in a cell instead of failing", async () => {
    const ribbon = await loadRibbon("1.20");
    ribbon.double.setCellEditMode(true);
    expect(await press(ribbon, "refreshScores")).toBe(1);
    expect(ribbon.status().kind).toBe("done");
    expect(ribbon.double.metrics.delayedForCellEdit).toBeGreaterThan(0);
  });

  it("when Excel fails during the refresh: completes, records the failure and opens the pane", async () => {
    const ribbon = await loadRibbon("1.20");
    ribbon.double.failAtSync(2, "generic");
    expect(await press(ribbon, "refreshScores")).toBe(1);
    expect(ribbon.status()).toMatchObject({
      kind: "failed",
      source: "ribbon",
      error: { reason: { zh: expect.any(String), en: expect.any(String) } },
    });
    expect(ribbon.showAsTaskpane).toHaveBeenCalledTimes(1);
  });
});
