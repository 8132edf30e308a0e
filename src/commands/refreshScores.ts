import type { Lang } from "../engine/labels";
import { RefreshError } from "../refresh/errors";
import type { Pipeline } from "../taskpane/loadPipeline";
import { describeError, isCancellation } from "../taskpane/state/paneError";
import type { WorkbookPort } from "../workbook/port";
import type { RefreshStatusStore } from "./refreshStatus";
import { failureMessage, successMessage } from "./statusMessage";

/** The function name the manifest's Refresh scores button runs (ExecuteFunction). */
export const REFRESH_SCORES_ACTION = "refreshScores";

/** What a function command receives from Office; only `completed` matters here. */
export interface CommandEvent {
  completed(): void;
}

export interface RefreshCommandDeps {
  /** Lends the open workbook for one refresh (in Excel: the office adapter inside one Excel.run). */
  readonly withWorkbook: <T>(use: (workbook: WorkbookPort) => Promise<T>) => Promise<T>;
  /** The refresh pipeline, loaded on first use as the pane loads it. */
  readonly loadPipeline: () => Promise<Pick<Pipeline, "runRefresh" | "resultOf">>;
  readonly status: RefreshStatusStore;
  /** Brings up the task pane (Office.addin.showAsTaskpane in the shared runtime). */
  readonly showPane: () => Promise<void>;
  /** Language of the status line: the host's display language. */
  readonly lang: () => Lang;
}

/**
 * The ribbon's Refresh scores: runs the one refresh pipeline on the open workbook without
 * opening the pane. Excel has no notification for function commands (notification messages are
 * Outlook's), so the outcome goes to the shared refresh status, which the pane follows: live when
 * it is open, on its next opening otherwise. A refresh that fails brings the pane up with
 * Office.addin.showAsTaskpane, since the user must learn why nothing changed.
 * `event.completed()` is called on every path: Office keeps the command busy until it is.
 */
export function makeRefreshScores(deps: RefreshCommandDeps): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      // One refresh at a time: a second click while one runs just shows its progress.
      if (!deps.status.tryBegin("ribbon")) {
        await revealPane(deps);
        return;
      }
      await runOnce(deps);
    } finally {
      event.completed();
    }
  };
}

async function runOnce(deps: RefreshCommandDeps): Promise<void> {
  const lang = languageOrChinese(deps);
  try {
    const pipeline = await deps.loadPipeline();
    const outcome = await deps.withWorkbook((workbook) =>
      pipeline.runRefresh(workbook, { onProgress: deps.status.reportProgress }),
    );
    const result = pipeline.resultOf(outcome.analysis, outcome.ledgerSheet);
    deps.status.succeed(result, successMessage(result, lang));
  } catch (error) {
    if (isCancellation(error)) {
      deps.status.cancel();
      return;
    }
    const described = describeError(error);
    const findings = error instanceof RefreshError ? error.findings : [];
    deps.status.fail(described, findings, failureMessage(described, lang));
    await revealPane(deps);
  }
}

/** A host that cannot say its display language gets the default, Chinese; never a stuck status. */
function languageOrChinese(deps: RefreshCommandDeps): Lang {
  try {
    return deps.lang();
  } catch {
    return "zh";
  }
}

/** The pane is where the status shows; a host that cannot show it leaves the status for later. */
async function revealPane(deps: RefreshCommandDeps): Promise<void> {
  try {
    await deps.showPane();
  } catch {
    // Nothing else can show it: the status stays until the pane next opens.
  }
}
