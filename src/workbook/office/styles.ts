/**
 * The port's named cell styles as office-js formatting. The looks are the .xlsx adapter's, so a
 * refreshed workbook looks the same whether the add-in or the command line wrote it.
 */
import { CELL_LOOKS, LINK_FONT, type CellLook, type FontLook } from "../xlsx/style-catalog";
import type { CellStyle } from "../port";

/** Excel's default font size, which the title style grows from. */
const BASE_FONT_SIZE = 11;

/** `FF1F4E79` (ARGB, as the style catalogue keeps it) → `#1F4E79`. */
function cssColor(argb: string): string {
  return `#${argb.slice(-6)}`;
}

function applyFont(font: Excel.RangeFont, look: FontLook): void {
  if (look.bold !== undefined) font.bold = look.bold;
  if (look.italic !== undefined) font.italic = look.italic;
  if (look.underline !== undefined) font.underline = look.underline ? "Single" : "None";
  if (look.color !== undefined) font.color = cssColor(look.color);
  if (look.sizeStep !== undefined) font.size = BASE_FONT_SIZE + look.sizeStep;
}

/** A range or the areas of several: both carry one `format` that sets every cell they cover. */
export type Formattable = Pick<Excel.Range, "format">;

function applyLook(range: Formattable, look: CellLook): void {
  if (look.font) applyFont(range.format.font, look.font);
  if (look.fill) range.format.fill.color = cssColor(look.fill);
  if (look.wrap) range.format.wrapText = true;
  if (look.bottomBorder) {
    const border = range.format.borders.getItem("EdgeBottom");
    border.style = "Continuous";
    border.color = cssColor(look.bottomBorder);
  }
}

export function applyStyle(range: Formattable, style: CellStyle): void {
  applyLook(range, CELL_LOOKS[style]);
}

export function applyLinkFont(range: Formattable): void {
  applyFont(range.format.font, LINK_FONT);
}

/** How many properties a style sets: each is one command on the range or areas it styles. */
export function styleProperties(style: CellStyle): number {
  const look = CELL_LOOKS[style];
  const fontProperties = look.font ? Object.keys(look.font).length : 0;
  return fontProperties + (look.fill ? 1 : 0) + (look.wrap ? 1 : 0) + (look.bottomBorder ? 2 : 0);
}

/** Bytes a styled run adds to a request, for planning: the range path plus each property set. */
export function styleCost(style: CellStyle): number {
  return 160 + styleProperties(style) * 140;
}

/** Properties the link font sets (colour, underline). */
export const LINK_FONT_PROPERTIES = Object.keys(LINK_FONT).length;
