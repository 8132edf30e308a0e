import type { CellStyle } from "../port";

/**
 * How each named cell style of the port looks. Colours follow Excel's own "Good / Neutral / Bad"
 * cell styles so the sheet reads like any other workbook; the owned block's header is blue to set
 * it apart from the user's (usually grey or orange) headers.
 */
export interface FontLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** ARGB, e.g. `FF1F4E79`. */
  readonly color?: string;
  /** Points added to the workbook's default font size. */
  readonly sizeStep?: number;
}

export interface CellLook {
  readonly font?: FontLook;
  /** Solid fill, ARGB. */
  readonly fill?: string;
  /** Thin bottom border, ARGB. */
  readonly bottomBorder?: string;
  readonly wrap?: boolean;
}

export const CELL_LOOKS: Readonly<Record<CellStyle, CellLook>> = {
  title: { font: { bold: true, color: "FF1F4E79", sizeStep: 3 } },
  header: { font: { bold: true }, fill: "FFF2F2F2", bottomBorder: "FF7F7F7F", wrap: true },
  ownedHeader: {
    font: { bold: true, color: "FF1F4E79" },
    fill: "FFDDEBF7",
    bottomBorder: "FF5B9BD5",
    wrap: true,
  },
  note: { font: { italic: true, color: "FF7F7F7F" } },
  good: { font: { color: "FF006100" }, fill: "FFC6EFCE" },
  warn: { font: { color: "FF9C5700" }, fill: "FFFFEB9C" },
  bad: { font: { color: "FF9C0006" }, fill: "FFFFC7CE" },
};

/** Links look like links whatever their style: underlined, in Excel's hyperlink blue. */
export const LINK_FONT: FontLook = { underline: true, color: "FF0563C1" };

/** What a written cell asks of the style sheet. */
export interface StyleRequest {
  readonly style?: CellStyle;
  /** Excel number format code, e.g. `yyyy-mm-dd`, `0.0%`. */
  readonly format?: string;
  readonly link?: boolean;
}

export function styleRequestKey(request: StyleRequest): string {
  return `${request.style ?? ""}\u0000${request.format ?? ""}\u0000${request.link ? "link" : ""}`;
}

export function isPlainRequest(request: StyleRequest): boolean {
  return request.style === undefined && request.format === undefined && !request.link;
}

/** The look of a request: its style's, with a link's font on top. */
export function lookOf(request: StyleRequest): CellLook {
  const base: CellLook = request.style ? CELL_LOOKS[request.style] : {};
  return request.link ? { ...base, font: { ...base.font, ...LINK_FONT } } : base;
}

/** Excel's built-in number formats that need no `<numFmt>` of their own (locale-independent ones only). */
export const BUILTIN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

/** Custom number formats are numbered from here on. */
export const FIRST_CUSTOM_FORMAT_ID = 164;
