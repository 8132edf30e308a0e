import {
  RefreshStatusStore,
  sharedRefreshStatus,
  type RefreshStatus,
} from "../../src/commands/refreshStatus";
import type { PaneError } from "../../src/taskpane/state/paneError";
import type { RefreshResult } from "../../src/taskpane/state/result";

const RESULT: RefreshResult = {
  asOf: "2026-05-15",
  ledgerSheet: "客户台账",
  summary: {
    customers: 2,
    high: 1,
    medium: 1,
    low: 0,
    lost: 0,
    overdueFollowUps: 0,
    churnRisk: 0,
    errors: 0,
    warnings: 1,
  },
  funnel: [],
  findings: [],
};
const ERROR: PaneError = {
  reason: { zh: "坏了", en: "Broken" },
  detail: null,
  hasFindings: false,
  unchanged: true,
};

function storeAt(times: number[]): RefreshStatusStore {
  return new RefreshStatusStore(() => times.shift() ?? -1);
}

describe("RefreshStatusStore", () => {
  it("starts idle and tells every listener each change, in order", () => {
    const store = storeAt([100, 250]);
    const seen: RefreshStatus["kind"][] = [];
    store.subscribe((status) => seen.push(status.kind));
    expect(store.getSnapshot()).toEqual({ kind: "idle" });

    expect(store.tryBegin("ribbon")).toBe(true);
    store.reportProgress({ step: "reading", fraction: 0.5 });
    store.succeed(RESULT, "done!");

    expect(seen).toEqual(["running", "running", "done"]);
    expect(store.getSnapshot()).toEqual({
      kind: "done",
      source: "ribbon",
      finishedAt: 250,
      result: RESULT,
      message: "done!",
    });
  });

  it("runs one refresh at a time", () => {
    const store = storeAt([1, 2, 3]);
    expect(store.tryBegin("pane")).toBe(true);
    expect(store.tryBegin("ribbon")).toBe(false);
    expect(store.getSnapshot()).toMatchObject({ kind: "running", source: "pane", startedAt: 1 });
    store.fail(ERROR, [], "no");
    expect(store.tryBegin("ribbon")).toBe(true);
  });

  it("keeps the latest progress while running and ignores progress and outcomes when idle", () => {
    const store = storeAt([1, 2]);
    store.reportProgress({ step: "reading", fraction: 1 });
    store.succeed(RESULT, "stray");
    expect(store.getSnapshot()).toEqual({ kind: "idle" });
    store.tryBegin("ribbon");
    store.reportProgress({ step: "writing", fraction: 0.25 });
    expect(store.getSnapshot()).toMatchObject({ progress: { step: "writing", fraction: 0.25 } });
    store.cancel();
    expect(store.getSnapshot()).toEqual({ kind: "cancelled", source: "ribbon", finishedAt: 2 });
  });

  it("records a failure with its findings and message", () => {
    const store = storeAt([5, 9]);
    store.tryBegin("ribbon");
    store.fail(ERROR, [], "刷新未完成");
    expect(store.getSnapshot()).toEqual({
      kind: "failed",
      source: "ribbon",
      finishedAt: 9,
      error: ERROR,
      findings: [],
      message: "刷新未完成",
    });
  });

  it("stops calling a listener once unsubscribed, and survives a listener that throws", () => {
    const store = storeAt([1, 2]);
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const calls: string[] = [];
    store.subscribe(() => {
      throw new Error("listener bug");
    });
    const unsubscribe = store.subscribe((status) => calls.push(status.kind));
    store.tryBegin("ribbon");
    unsubscribe();
    store.succeed(RESULT, "ok");
    expect(calls).toEqual(["running"]);
    expect(store.getSnapshot().kind).toBe("done");
    expect(errors).toHaveBeenCalledTimes(2);
    errors.mockRestore();
  });

  it("has one shared store per JavaScript context, found through globalThis", () => {
    const first = sharedRefreshStatus();
    expect(sharedRefreshStatus()).toBe(first);
    // A second copy of the module (another webpack entry on the same page) finds the same store.
    jest.isolateModules(() => {
      const copy = jest.requireActual<typeof import("../../src/commands/refreshStatus")>(
        "../../src/commands/refreshStatus",
      );
      expect(copy.sharedRefreshStatus()).toBe(first);
    });
  });
});
