import type { RefreshStatus } from "../../src/commands/refreshStatus";
import {
  actionForStatus,
  canCancel,
  INITIAL_REFRESH_STATE,
  overallFraction,
  refreshReducer,
  stateForStatus,
} from "../../src/taskpane/state/refreshState";
import type { PaneError } from "../../src/taskpane/state/paneError";
import type { RefreshResult } from "../../src/taskpane/state/result";

const RESULT: RefreshResult = {
  asOf: "2026-11-16",
  ledgerSheet: "客户台账",
  summary: {
    customers: 3,
    high: 1,
    medium: 1,
    low: 0,
    lost: 1,
    overdueFollowUps: 2,
    churnRisk: 1,
    errors: 0,
    warnings: 2,
  },
  funnel: [],
  findings: [],
};
const ERROR: PaneError = {
  reason: { zh: "坏", en: "bad" },
  detail: null,
  hasFindings: false,
  unchanged: true,
};

describe("overall progress", () => {
  test("runs from 0 to 1 through the steps in order, never backwards", () => {
    const points = [
      overallFraction(null),
      overallFraction({ step: "reading", fraction: 0 }),
      overallFraction({ step: "reading", fraction: 1 }),
      overallFraction({ step: "validating", fraction: 0.5 }),
      overallFraction({ step: "scoring", fraction: 1 }),
      overallFraction({ step: "writing", fraction: 0.5 }),
      overallFraction({ step: "charts", fraction: 1 }),
    ];
    expect(points[0]).toBe(0);
    expect(points[points.length - 1]).toBeCloseTo(1);
    for (let i = 1; i < points.length; i++) expect(points[i]).toBeGreaterThanOrEqual(points[i - 1]);
  });

  test("clamps a fraction outside 0–1", () => {
    expect(overallFraction({ step: "reading", fraction: 7 })).toBeCloseTo(
      overallFraction({ step: "reading", fraction: 1 }),
    );
    expect(overallFraction({ step: "writing", fraction: -1 })).toBeCloseTo(
      overallFraction({ step: "writing", fraction: 0 }),
    );
  });
});

describe("refresh state", () => {
  const running = refreshReducer(INITIAL_REFRESH_STATE, { type: "start", source: "pane" });

  test("cancel is possible until writing starts, and only for the pane's own refresh", () => {
    expect(canCancel(running.run)).toBe(true);
    const reading = refreshReducer(running, { type: "progress", progress: { step: "scoring", fraction: 1 } });
    expect(canCancel(reading.run)).toBe(true);
    const writing = refreshReducer(reading, { type: "progress", progress: { step: "writing", fraction: 0 } });
    expect(canCancel(writing.run)).toBe(false);
    const asked = refreshReducer(reading, { type: "cancel-requested" });
    expect(canCancel(asked.run)).toBe(false);
    const ribbon = refreshReducer(INITIAL_REFRESH_STATE, { type: "start", source: "ribbon" });
    expect(canCancel(ribbon.run)).toBe(false);
  });

  test("a cancel keeps the last result; a failure drops it and lists the failure's findings", () => {
    const done = refreshReducer(running, { type: "done", result: RESULT });
    const again = refreshReducer(done, { type: "start", source: "pane" });
    const cancelled = refreshReducer(again, { type: "cancelled" });
    expect(cancelled.run.kind).toBe("cancelled");
    expect(cancelled.result).toBe(RESULT);
    const failed = refreshReducer(refreshReducer(done, { type: "start", source: "pane" }), {
      type: "failed",
      error: ERROR,
      findings: [],
    });
    expect(failed.result).toBeNull();
    expect(failed.run).toEqual({ kind: "failed", error: ERROR });
    expect(refreshReducer(failed, { type: "dismiss-error" }).run.kind).toBe("idle");
  });

  test("progress outside a run and a second start are ignored", () => {
    expect(
      refreshReducer(INITIAL_REFRESH_STATE, { type: "progress", progress: { step: "reading", fraction: 1 } }),
    ).toBe(INITIAL_REFRESH_STATE);
    expect(refreshReducer(running, { type: "start", source: "ribbon" })).toBe(running);
  });
});

describe("following the shared refresh status", () => {
  test("every status maps to the pane's state", () => {
    const statuses: RefreshStatus[] = [
      { kind: "idle" },
      { kind: "running", source: "ribbon", startedAt: 1, progress: null },
      { kind: "running", source: "ribbon", startedAt: 1, progress: { step: "writing", fraction: 0.5 } },
      { kind: "done", source: "ribbon", finishedAt: 2, result: RESULT, message: "" },
      { kind: "failed", source: "pane", finishedAt: 2, error: ERROR, findings: [], message: "" },
      { kind: "cancelled", source: "pane", finishedAt: 2 },
    ];
    const kinds = statuses.map((status) => stateForStatus(status).run.kind);
    expect(kinds).toEqual(["idle", "running", "running", "done", "failed", "cancelled"]);
    expect(actionForStatus(statuses[0])).toBeNull();
    const mid = stateForStatus(statuses[2]);
    expect(mid.run.kind === "running" && mid.run.progress?.step).toBe("writing");
    expect(stateForStatus(statuses[3]).result).toBe(RESULT);
  });
});
