import { useCallback, useRef, useState } from "react";
import type { Bilingual } from "../../engine/labels";
import type { Finding } from "../../engine/validation/finding";
import type { ProblemHighlights } from "../host";

export type HighlightStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "working" }
  | { readonly kind: "applied"; readonly cells: number }
  | { readonly kind: "cleared" }
  | { readonly kind: "failed" };

export interface HighlightControl {
  /** Why the host cannot mark cells; null when it can. */
  readonly unavailable: Bilingual | null;
  readonly status: HighlightStatus;
  apply(findings: readonly Finding[]): void;
  clear(): void;
}

/** How many cells the marks cover: findings on one cell share its mark. */
export function markedCellCount(findings: readonly Finding[]): number {
  const cells = new Set<string>();
  for (const f of findings) {
    if (f.row !== null && f.columnIndex !== null) cells.add(`${f.sheet}\u0000${f.row}:${f.columnIndex}`);
  }
  return cells.size;
}

/**
 * The pane's side of the host's highlights: one change at a time, and what the last one did.
 * Kept in the app, not the issues tab, so switching tabs does not forget that marks are on.
 */
export function useHighlights(highlights: ProblemHighlights | undefined): HighlightControl | null {
  const [status, setStatus] = useState<HighlightStatus>({ kind: "idle" });
  const busy = useRef(false);

  const run = useCallback((change: () => Promise<void>, done: HighlightStatus) => {
    if (busy.current) return;
    busy.current = true;
    setStatus({ kind: "working" });
    change()
      .then(
        () => setStatus(done),
        () => setStatus({ kind: "failed" }),
      )
      .finally(() => {
        busy.current = false;
      });
  }, []);

  const apply = useCallback(
    (findings: readonly Finding[]) => {
      if (highlights === undefined) return;
      run(() => highlights.apply(findings), { kind: "applied", cells: markedCellCount(findings) });
    },
    [highlights, run],
  );
  const clear = useCallback(() => {
    if (highlights === undefined) return;
    run(() => highlights.clear(), { kind: "cleared" });
  }, [highlights, run]);

  if (highlights === undefined) return null;
  return { unavailable: highlights.unavailable, status, apply, clear };
}
