import type { RefreshSource, RefreshStatus } from "../../commands/refreshStatus";
import type { Finding } from "../../engine/validation/finding";
import type { Progress } from "../../workbook/port";
import type { PaneError } from "./paneError";
import type { RefreshResult } from "./result";

export type RunState =
  | { readonly kind: "idle" }
  | {
      readonly kind: "running";
      /** A refresh started from the ribbon shows here too, but only the pane's own can be cancelled here. */
      readonly source: RefreshSource;
      readonly progress: Progress | null;
      readonly cancelRequested: boolean;
    }
  | { readonly kind: "done" }
  | { readonly kind: "cancelled" }
  | { readonly kind: "failed"; readonly error: PaneError };

export interface RefreshState {
  readonly run: RunState;
  /** The last finished refresh; kept through a cancel (the workbook did not change). */
  readonly result: RefreshResult | null;
  /** What the issues list shows: the result's findings, or the findings that stopped a refresh. */
  readonly findings: readonly Finding[];
}

export type RefreshAction =
  | { readonly type: "start"; readonly source: RefreshSource }
  | { readonly type: "progress"; readonly progress: Progress }
  | { readonly type: "cancel-requested" }
  | { readonly type: "done"; readonly result: RefreshResult }
  | { readonly type: "cancelled" }
  | { readonly type: "failed"; readonly error: PaneError; readonly findings: readonly Finding[] }
  | { readonly type: "dismiss-error" };

export const INITIAL_REFRESH_STATE: RefreshState = { run: { kind: "idle" }, result: null, findings: [] };

/** Steps in pipeline order, with the share of the bar each one fills. */
export const STEP_ORDER = ["reading", "validating", "scoring", "writing", "charts"] as const;
const STEP_SHARE: Readonly<Record<Progress["step"], number>> = {
  reading: 0.3,
  validating: 0.15,
  scoring: 0.15,
  writing: 0.3,
  charts: 0.1,
};

/** The whole refresh's progress, 0–1, from a step and the fraction within it. */
export function overallFraction(progress: Progress | null): number {
  if (progress === null) return 0;
  let before = 0;
  for (const step of STEP_ORDER) {
    if (step === progress.step) break;
    before += STEP_SHARE[step];
  }
  const within = Math.min(1, Math.max(0, progress.fraction));
  return Math.min(1, before + STEP_SHARE[progress.step] * within);
}

/** Once writing starts the pipeline finishes its write, so a cancel can no longer help. */
export function canCancel(run: RunState): boolean {
  if (run.kind !== "running" || run.source !== "pane" || run.cancelRequested) return false;
  return run.progress === null || (run.progress.step !== "writing" && run.progress.step !== "charts");
}

export function refreshReducer(state: RefreshState, action: RefreshAction): RefreshState {
  switch (action.type) {
    case "start":
      if (state.run.kind === "running") return state;
      return {
        ...state,
        run: { kind: "running", source: action.source, progress: null, cancelRequested: false },
      };
    case "progress":
      if (state.run.kind !== "running") return state;
      return { ...state, run: { ...state.run, progress: action.progress } };
    case "cancel-requested":
      if (state.run.kind !== "running") return state;
      return { ...state, run: { ...state.run, cancelRequested: true } };
    case "done":
      return { run: { kind: "done" }, result: action.result, findings: action.result.findings };
    case "cancelled":
      return { ...state, run: { kind: "cancelled" } };
    case "failed":
      // The numbers of an earlier refresh would read as the answer to this one: drop them.
      return { run: { kind: "failed", error: action.error }, result: null, findings: action.findings };
    case "dismiss-error":
      return state.run.kind === "failed" ? { ...state, run: { kind: "idle" } } : state;
  }
}

/**
 * The shared refresh status (ribbon and pane publish there) as an action for this reducer: the
 * pane follows every refresh of the workbook, whoever started it.
 */
export function actionForStatus(status: RefreshStatus): RefreshAction | null {
  switch (status.kind) {
    case "idle":
      return null;
    case "running":
      return status.progress === null
        ? { type: "start", source: status.source }
        : { type: "progress", progress: status.progress };
    case "done":
      return { type: "done", result: status.result };
    case "failed":
      return { type: "failed", error: status.error, findings: status.findings };
    case "cancelled":
      return { type: "cancelled" };
  }
}

/** The state of a pane opened while (or after) a refresh ran without it. */
export function stateForStatus(status: RefreshStatus): RefreshState {
  let state = INITIAL_REFRESH_STATE;
  if (status.kind === "running") state = refreshReducer(state, { type: "start", source: status.source });
  const action = actionForStatus(status);
  return action === null ? state : refreshReducer(state, action);
}
