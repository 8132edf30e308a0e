/** Reading office-js errors: their stable `code`, which ones mean "ask for less", and what to tell the user. */

const SIZE_CODES: ReadonlySet<string> = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
]);

/** The office-js error code (`OfficeExtension.Error.code`), or null for anything else. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : null;
}

/** Excel refused the request for its size: the same work in smaller pieces will go through. */
export function isSizeError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code !== null && SIZE_CODES.has(code);
}

const DESCRIPTIONS: Readonly<Record<string, { readonly zh: string; readonly en: string }>> = {
  InvalidOperationInCellEditMode: {
    zh: "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。",
    en: "Excel is editing a cell. Press Enter or Esc to finish, then try again.",
  },
  RequestPayloadSizeLimitExceeded: {
    zh: "一次写入的数据超出了网页版 Excel 的上限,请重试;若仍失败,请在桌面版 Excel 中刷新。",
    en: "The data exceeded Excel on the web's request limit. Try again; if it still fails, refresh in desktop Excel.",
  },
  ResponsePayloadSizeLimitExceeded: {
    zh: "一次读取的数据超出了网页版 Excel 的上限,请重试;若仍失败,请在桌面版 Excel 中刷新。",
    en: "The data exceeded Excel on the web's response limit. Try again; if it still fails, refresh in desktop Excel.",
  },
  RangeExceedsLimit: {
    zh: "工作表太大,超出了 Excel 一次可处理的单元格数。",
    en: "The sheet is larger than Excel can handle in one go.",
  },
  AccessDenied: {
    zh: "工作簿受保护或为只读,无法写入。请取消保护或另存一份后重试。",
    en: "The workbook is protected or read-only. Unprotect it or save a copy, then try again.",
  },
  InsertDeleteConflict: {
    zh: "工作表在刷新过程中被修改。请稍后重试。",
    en: "The sheet changed while refreshing. Please try again.",
  },
  UndoNotSupported: {
    zh: "此次更改无法加入撤销记录。请重试。",
    en: "This change could not join the undo history. Please try again.",
  },
  ApiNotFound: {
    zh: "此版本的 Excel 缺少所需功能。请更新 Excel。",
    en: "This version of Excel lacks a feature Sales Radar needs. Please update Excel.",
  },
};

const FALLBACK = {
  zh: "Excel 未能完成操作,工作簿中您自己的数据未被更改。请重试。",
  en: "Excel could not finish; your own data in the workbook was not changed. Please try again.",
};

/** One line for the pane, in both languages; the code itself goes to the log, not the user. */
export function describeOfficeError(error: unknown): { readonly zh: string; readonly en: string } {
  const code = officeErrorCode(error);
  return (code !== null && DESCRIPTIONS[code]) || FALLBACK;
}
