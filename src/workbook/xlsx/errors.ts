/**
 * Why an .xlsx file cannot be read or written, as one line a user can act on, in Chinese first
 * and English second (the command line prints `message`).
 */
export type XlsxErrorCode =
  | "empty"
  | "not-zip"
  | "legacy-xls"
  | "encrypted"
  | "no-workbook"
  | "corrupt"
  | "unsupported"
  | "unknown-sheet"
  | "invalid-plan"
  | "too-large";

const REASONS: Readonly<Record<XlsxErrorCode, { readonly zh: string; readonly en: string }>> = {
  empty: { zh: "文件是空的（0 字节）", en: "the file is empty (0 bytes)" },
  "not-zip": {
    zh: "这不是 .xlsx 文件（不是 zip 压缩包）",
    en: "this is not an .xlsx file (not a zip archive)",
  },
  "legacy-xls": {
    zh: "这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再试",
    en: "this is an old .xls file; save it as .xlsx in Excel and try again",
  },
  encrypted: {
    zh: "文件设置了打开密码（已加密），请在 Excel 中取消密码后再试",
    en: "the file is password-protected (encrypted); remove the password in Excel and try again",
  },
  "no-workbook": {
    zh: "压缩包里没有工作簿（缺少 xl/workbook.xml），不是 Excel 文件",
    en: "the archive holds no workbook (xl/workbook.xml is missing); it is not an Excel file",
  },
  corrupt: { zh: "文件已损坏，无法读取", en: "the file is damaged and cannot be read" },
  unsupported: { zh: "文件使用了不支持的格式", en: "the file uses a format that is not supported" },
  "unknown-sheet": { zh: "工作簿中没有这个工作表", en: "the workbook has no such sheet" },
  "invalid-plan": { zh: "写入内容不合法", en: "the content to write is not valid" },
  "too-large": { zh: "文件太大，无法写出", en: "the file is too large to write" },
};

export class XlsxError extends Error {
  /** The one-line reason in both languages, with the detail (a part or sheet name) appended. */
  readonly reason: { readonly zh: string; readonly en: string };

  constructor(
    readonly code: XlsxErrorCode,
    /** What went wrong where (a part name, a sheet name), when it helps the user. */
    readonly detail?: string,
  ) {
    const base = REASONS[code];
    const suffix = detail ? `: ${detail}` : "";
    const reason = { zh: base.zh + suffix, en: base.en + suffix };
    super(`${reason.zh} / ${reason.en}`);
    this.name = "XlsxError";
    this.reason = reason;
  }
}
