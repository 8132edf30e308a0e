import type { Alignment, Border, Borders, Fill, Font, Style } from "exceljs";

/**
 * The template's look: one palette, a handful of cell styles. Input sheets get a dark header;
 * cells a manager is meant to edit get a pale yellow fill (the usual Excel convention).
 */
export const PALETTE = {
  header: "FF1F4E78",
  headerText: "FFFFFFFF",
  title: "FF1F4E78",
  section: "FF2E75B6",
  muted: "FF595959",
  editable: "FFFFF2CC",
  band: "FFDDEBF7",
  grid: "FFBFBFBF",
} as const;

export const TABLE_STYLE = "TableStyleLight9";

const thin: Partial<Border> = { style: "thin", color: { argb: PALETTE.grid } };
const GRID_BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

function solidFill(argb: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb } };
}

export const HEADER_STYLE: Partial<Style> = {
  font: { bold: true, color: { argb: PALETTE.headerText } },
  fill: solidFill(PALETTE.header),
  alignment: { vertical: "middle", horizontal: "center", wrapText: true },
  border: GRID_BORDER,
};

export const EDITABLE_STYLE: Partial<Style> = {
  fill: solidFill(PALETTE.editable),
  border: GRID_BORDER,
};

export const TITLE_FONT: Partial<Font> = { bold: true, size: 16, color: { argb: PALETTE.title } };
export const SECTION_FONT: Partial<Font> = { bold: true, size: 12, color: { argb: PALETTE.section } };
export const NOTE_FONT: Partial<Font> = { italic: true, color: { argb: PALETTE.muted } };

export const WRAP_TOP: Partial<Alignment> = { vertical: "top", wrapText: true };

/** Height in points of a header row that may wrap to two lines. */
export const HEADER_ROW_HEIGHT = 32;

/** A4 landscape, as wide as one page, as long as it takes: for sheets people print to read. */
export const PRINT_ONE_PAGE_WIDE = {
  paperSize: 9,
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
} as const;
