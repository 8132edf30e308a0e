import { loadPipeline } from "../taskpane/loadPipeline";
import type { WorkbookPort } from "../workbook/port";
import { makeRefreshScores, REFRESH_SCORES_ACTION } from "./refreshScores";
import { sharedRefreshStatus, type RefreshStatusStore } from "./refreshStatus";
import { languageOfDisplay } from "./statusMessage";

/** The parts of the `Office` global the ribbon commands use (SharedRuntime 1.1 in Excel). */
export interface OfficeCommandHost {
  readonly actions: {
    associate(actionId: string, action: (event: Office.AddinCommands.Event) => void): void;
  };
  readonly addin: { showAsTaskpane(): Promise<void> };
  readonly context: { readonly displayLanguage: string };
}

/**
 * Binds the manifest's ExecuteFunction names to their handlers. Call it once Office is ready, in
 * the shared runtime's page: from the commands entry, or from the pane's own start-up.
 */
export function registerRibbonCommands(
  office: OfficeCommandHost,
  withWorkbook: <T>(use: (workbook: WorkbookPort) => Promise<T>) => Promise<T>,
  status: RefreshStatusStore = sharedRefreshStatus(),
): void {
  const refreshScores = makeRefreshScores({
    withWorkbook,
    loadPipeline,
    status,
    showPane: () => office.addin.showAsTaskpane(),
    lang: () => languageOfDisplay(office.context.displayLanguage),
  });
  office.actions.associate(REFRESH_SCORES_ACTION, (event) => {
    // The handler completes the event itself on every path and never rejects.
    void refreshScores(event);
  });
}
