import type { Finding } from "../../engine/validation/finding";
import { runRefresh, type RefreshOptions, type RefreshOutcome } from "../../refresh/pipeline";
import { capabilities as hostCapabilities, type HostCapabilities, type Notice } from "./capabilities";
import { OfficeWorkbook, type OfficeWorkbookOptions } from "./officeWorkbook";

export interface OfficeRefreshOutcome extends RefreshOutcome {
  /** One Undo takes the whole refresh back (ExcelApi 1.20); otherwise the pane says it cannot. */
  readonly canUndo: boolean;
  readonly notices: readonly Notice[];
}

/** The host cannot run the add-in at all; `reason` says so in both languages. */
export class UnsupportedHostError extends Error {
  readonly reason: { readonly zh: string; readonly en: string };

  constructor(capabilities: HostCapabilities) {
    const notice = capabilities.notices.find((n) => n.feature === "host") ?? capabilities.notices[0];
    super(notice?.en ?? "Unsupported Excel version");
    this.name = "UnsupportedHostError";
    this.reason = {
      zh: notice?.zh ?? "不支持此版本的 Excel。",
      en: notice?.en ?? "Unsupported Excel version.",
    };
  }
}

type AdapterOptions = Pick<OfficeWorkbookOptions, "limits" | "onReadProgress">;

/**
 * Opens one `Excel.run` for a task: it waits while the user is typing in a cell instead of
 * failing, and where Excel offers it (ExcelApi 1.20) every change inside forms one undo step.
 */
async function inExcel<T>(
  task: (workbook: OfficeWorkbook) => Promise<T>,
  adapter: AdapterOptions = {},
): Promise<T> {
  const capabilities = hostCapabilities();
  if (!capabilities.supported) throw new UnsupportedHostError(capabilities);
  const runOptions: Excel.RunOptions = capabilities.undoGrouping
    ? { delayForCellEdit: true, mergeUndoGroup: true }
    : { delayForCellEdit: true };
  return Excel.run(runOptions, (context) =>
    task(new OfficeWorkbook(context, { ...adapter, capabilities, undoGrouped: capabilities.undoGrouping })),
  );
}

/** The refresh the pane and the ribbon command run: the shared pipeline over the open workbook. */
export async function refreshInExcel(
  options: RefreshOptions = {},
  adapter: AdapterOptions = {},
): Promise<OfficeRefreshOutcome> {
  return inExcel(async (workbook) => {
    const outcome = await runRefresh(workbook, options);
    return { ...outcome, canUndo: workbook.canUndo && outcome.written, notices: workbook.notices };
  }, adapter);
}

export async function applyHighlightsInExcel(findings: readonly Finding[]): Promise<number> {
  return inExcel((workbook) => workbook.applyHighlights(findings));
}

export async function clearHighlightsInExcel(): Promise<number> {
  return inExcel((workbook) => workbook.clearHighlights());
}
