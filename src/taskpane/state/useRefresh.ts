import { useCallback, useEffect, useReducer, useRef } from "react";
import type { DayNumber } from "../../engine/cells/calendar";
import { RefreshError } from "../../refresh/errors";
import type { PaneHost } from "../host";
import type { Pipeline } from "../loadPipeline";
import { describeError, isCancellation } from "./paneError";
import { INITIAL_REFRESH_STATE, refreshReducer, type RefreshState } from "./refreshState";

export interface RefreshControls {
  readonly state: RefreshState;
  readonly start: (asOf: DayNumber) => void;
  readonly cancel: () => void;
  readonly dismissError: () => void;
}

/**
 * Runs the one refresh pipeline against the host's workbook and keeps what the pane shows of
 * it. One refresh at a time; cancel aborts through the pipeline's AbortSignal.
 */
export function useRefresh(host: PaneHost, loadPipeline: () => Promise<Pipeline>): RefreshControls {
  const [state, dispatch] = useReducer(refreshReducer, INITIAL_REFRESH_STATE);
  const running = useRef<AbortController | null>(null);

  // A pane that closes mid-refresh stops it before anything is written.
  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(
    (asOf: DayNumber) => {
      if (running.current !== null) return;
      const controller = new AbortController();
      running.current = controller;
      dispatch({ type: "start" });
      void (async () => {
        try {
          const pipeline = await loadPipeline();
          const outcome = await pipeline.runRefresh(host.port, {
            asOf,
            today: host.today(),
            signal: controller.signal,
            onProgress: (progress) => dispatch({ type: "progress", progress }),
          });
          dispatch({ type: "done", result: pipeline.resultOf(outcome.analysis, outcome.ledgerSheet) });
        } catch (error) {
          if (isCancellation(error)) dispatch({ type: "cancelled" });
          else {
            const findings = error instanceof RefreshError ? error.findings : [];
            dispatch({ type: "failed", error: describeError(error), findings });
          }
        } finally {
          running.current = null;
        }
      })();
    },
    [host, loadPipeline],
  );

  const cancel = useCallback(() => {
    if (running.current === null) return;
    dispatch({ type: "cancel-requested" });
    running.current.abort();
  }, []);

  const dismissError = useCallback(() => dispatch({ type: "dismiss-error" }), []);

  return { state, start, cancel, dismissError };
}
