import { useCallback, useEffect, useReducer, useRef } from "react";
import { failureMessage, successMessage } from "../../commands/statusMessage";
import type { RefreshStatusStore } from "../../commands/refreshStatus";
import type { DayNumber } from "../../engine/cells/calendar";
import type { Lang } from "../../engine/labels";
import { RefreshError } from "../../refresh/errors";
import type { PaneHost } from "../host";
import type { Pipeline } from "../loadPipeline";
import { describeError, isCancellation } from "./paneError";
import { actionForStatus, refreshReducer, stateForStatus, type RefreshState } from "./refreshState";

export interface RefreshControls {
  readonly state: RefreshState;
  readonly start: (asOf: DayNumber) => void;
  readonly cancel: () => void;
  readonly dismissError: () => void;
}

/**
 * Runs the one refresh pipeline against the host's workbook. Every refresh goes through the
 * shared status (one at a time, whether started here or from the ribbon); the pane's state
 * follows that status, so a ribbon refresh shows here as well. Cancel aborts the pane's own
 * refresh through the pipeline's AbortSignal.
 */
export function useRefresh(
  host: Pick<PaneHost, "withWorkbook" | "today">,
  status: RefreshStatusStore,
  loadPipeline: () => Promise<Pipeline>,
  lang: () => Lang,
): RefreshControls {
  const [state, dispatch] = useReducer(refreshReducer, status.getSnapshot(), stateForStatus);
  const running = useRef<AbortController | null>(null);

  useEffect(() => {
    const follow = () => {
      const action = actionForStatus(status.getSnapshot());
      if (action !== null) dispatch(action);
    };
    // Whatever happened between the first render and now.
    follow();
    return status.subscribe(follow);
  }, [status]);

  // A pane that closes mid-refresh stops its refresh before anything is written.
  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(
    (asOf: DayNumber) => {
      if (running.current !== null || !status.tryBegin("pane")) return;
      const controller = new AbortController();
      running.current = controller;
      void (async () => {
        try {
          const pipeline = await loadPipeline();
          const outcome = await host.withWorkbook((port) =>
            pipeline.runRefresh(port, {
              asOf,
              today: host.today(),
              signal: controller.signal,
              onProgress: status.reportProgress,
            }),
          );
          const result = pipeline.resultOf(outcome.analysis, outcome.ledgerSheet);
          status.succeed(result, successMessage(result, lang()));
        } catch (error) {
          if (isCancellation(error)) status.cancel();
          else {
            const described = describeError(error);
            status.fail(
              described,
              error instanceof RefreshError ? error.findings : [],
              failureMessage(described, lang()),
            );
          }
        } finally {
          running.current = null;
        }
      })();
    },
    [host, status, loadPipeline, lang],
  );

  const cancel = useCallback(() => {
    if (running.current === null) return;
    dispatch({ type: "cancel-requested" });
    running.current.abort();
  }, []);

  const dismissError = useCallback(() => dispatch({ type: "dismiss-error" }), []);

  return { state, start, cancel, dismissError };
}
