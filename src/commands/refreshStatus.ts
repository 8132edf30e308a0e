import type { Finding } from "../engine/validation/finding";
import type { PaneError } from "../taskpane/state/paneError";
import type { RefreshResult } from "../taskpane/state/result";
import type { Progress } from "../workbook/port";

/** Who started a refresh: the ribbon's Refresh scores button or the task pane. */
export type RefreshSource = "ribbon" | "pane";

/**
 * The latest refresh as the ribbon command and the task pane both see it. With the shared
 * runtime they run in one JavaScript context, so a refresh started from the ribbon shows in the
 * pane (live while it runs, and its outcome when the pane opens later).
 */
export type RefreshStatus =
  | { readonly kind: "idle" }
  | {
      readonly kind: "running";
      readonly source: RefreshSource;
      readonly startedAt: number;
      readonly progress: Progress | null;
    }
  | {
      readonly kind: "done";
      readonly source: RefreshSource;
      readonly finishedAt: number;
      readonly result: RefreshResult;
      /** One line for a message bar, in the display language. */
      readonly message: string;
    }
  | {
      readonly kind: "failed";
      readonly source: RefreshSource;
      readonly finishedAt: number;
      readonly error: PaneError;
      /** Findings that stopped the refresh (bad scoring rules), for the issues list. */
      readonly findings: readonly Finding[];
      readonly message: string;
    }
  | { readonly kind: "cancelled"; readonly source: RefreshSource; readonly finishedAt: number };

export type RefreshStatusListener = (status: RefreshStatus) => void;

/**
 * Last outcome plus a listener list. `subscribe` / `getSnapshot` fit React's
 * `useSyncExternalStore`; the methods are bound so they can be passed around bare.
 */
export class RefreshStatusStore {
  private status: RefreshStatus = { kind: "idle" };
  private readonly listeners = new Set<RefreshStatusListener>();

  constructor(private readonly clock: () => number = Date.now) {}

  readonly getSnapshot = (): RefreshStatus => this.status;

  /** Calls `listener` on every change from now on; returns the unsubscribe function. */
  readonly subscribe = (listener: RefreshStatusListener): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly isRunning = (): boolean => this.status.kind === "running";

  /** Starts a refresh unless one is already running (one at a time); false when it did not. */
  readonly tryBegin = (source: RefreshSource): boolean => {
    if (this.isRunning()) return false;
    this.publish({ kind: "running", source, startedAt: this.clock(), progress: null });
    return true;
  };

  readonly reportProgress = (progress: Progress): void => {
    if (this.status.kind === "running") this.publish({ ...this.status, progress });
  };

  readonly succeed = (result: RefreshResult, message: string): void => {
    this.finish((source, finishedAt) => ({ kind: "done", source, finishedAt, result, message }));
  };

  readonly fail = (error: PaneError, findings: readonly Finding[], message: string): void => {
    this.finish((source, finishedAt) => ({ kind: "failed", source, finishedAt, error, findings, message }));
  };

  readonly cancel = (): void => {
    this.finish((source, finishedAt) => ({ kind: "cancelled", source, finishedAt }));
  };

  private finish(make: (source: RefreshSource, finishedAt: number) => RefreshStatus): void {
    if (this.status.kind !== "running") return;
    this.publish(make(this.status.source, this.clock()));
  }

  private publish(status: RefreshStatus): void {
    this.status = status;
    for (const listener of [...this.listeners]) {
      try {
        listener(status);
      } catch (error) {
        // One broken listener must not keep the others (or the ribbon command) from finishing.
        console.error("Sales Radar: a refresh status listener failed", error);
      }
    }
  }
}

/** Key of the one store on `globalThis`: every bundle loaded into the shared runtime finds it. */
const GLOBAL_KEY = "__salesRadarRefreshStatus";

/**
 * The store of this JavaScript context. Kept on `globalThis` rather than in module state so that
 * the pane and the command share it even when webpack builds them as separate entries (each with
 * its own copy of this module) loaded into the same shared-runtime page.
 */
export function sharedRefreshStatus(): RefreshStatusStore {
  const holder = globalThis as unknown as Record<string, RefreshStatusStore | undefined>;
  const existing = holder[GLOBAL_KEY];
  if (existing !== undefined) return existing;
  const store = new RefreshStatusStore();
  holder[GLOBAL_KEY] = store;
  return store;
}
