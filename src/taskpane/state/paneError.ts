import type { Bilingual } from "../../engine/labels";
import { RefreshError } from "../../refresh/errors";
import { describeOfficeError, officeErrorCode } from "../../workbook/office/officeErrors";
import { XlsxError } from "../../workbook/xlsx/errors";

/** A failure as the pane shows it: a reason in both languages, never a stack. */
export interface PaneError {
  /** The pipeline's or the file reader's own one-line reason; null for an unexpected failure. */
  readonly reason: Bilingual | null;
  /** For an unexpected failure: its message only (what Excel or the browser said). */
  readonly detail: string | null;
  /** The failure comes with findings (bad scoring rules) that the issues list shows. */
  readonly hasFindings: boolean;
  /** The pipeline guarantees nothing was written (every RefreshError is thrown before writing). */
  readonly unchanged: boolean;
}

export function isCancellation(error: unknown): boolean {
  if (error instanceof RefreshError) return error.code === "cancelled";
  return error instanceof Error && error.name === "AbortError";
}

export function describeError(error: unknown): PaneError {
  if (error instanceof RefreshError) {
    // The bad-rules reason already says that nothing was written.
    const unchanged = error.code !== "bad-rules";
    return { reason: error.reason, detail: null, hasFindings: error.findings.length > 0, unchanged };
  }
  if (error instanceof XlsxError)
    return { reason: error.reason, detail: null, hasFindings: false, unchanged: false };
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  // The first line only: some hosts append their own call stack to the message.
  const firstLine = message.split("\n")[0].trim();
  const detail = firstLine === "" ? null : firstLine;
  // Excel's own errors (cell-edit mode, request too large, …) get our reason in both languages.
  const reason = officeErrorCode(error) === null ? null : describeOfficeError(error);
  return { reason, detail, hasFindings: false, unchanged: false };
}
