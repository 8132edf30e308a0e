import type { OwnedSheet } from "../port";
import { cellAddress, formatRange } from "./cell-ref";
import {
  cellLink,
  cellXml,
  hyperlinksXml,
  writesCell,
  type InternalLink,
  type StyleResolver,
} from "./cell-xml";
import { RELATIONSHIPS_NAMESPACE } from "./rels";

/** An add-in-owned sheet (销售漏斗, 校验报告) as a whole new worksheet part. */

const MAIN_NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** Excel's default margins (inches), written so that printing does not fall back to odd ones. */
const PAGE_MARGINS =
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
/** Owned sheets print landscape and one page wide, so tables and charts are not cut down the middle. */
const FIT_TO_WIDTH = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
const PAGE_SETUP = '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>';

function sheetView(frozenRows: number): string {
  if (frozenRows <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const topLeft = cellAddress(frozenRows + 1, 0);
  return (
    `<sheetViews><sheetView workbookViewId="0">` +
    `<pane ySplit="${frozenRows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    `</sheetView></sheetViews>`
  );
}

function columnsXml(widths: readonly number[] | undefined): string {
  const cols = (widths ?? [])
    .map((width, i) =>
      Number.isFinite(width) && width > 0
        ? `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`
        : "",
    )
    .join("");
  return cols ? `<cols>${cols}</cols>` : "";
}

/** Rows are handed on in pieces of about this many characters. */
const PIECE = 1 << 16;
const LINKS_PER_PIECE = 1000;

/**
 * The worksheet XML of an owned sheet. `drawingRelId` is the relationship id of its charts'
 * drawing part, null when it has no charts.
 */
export function ownedSheetXml(
  sheet: OwnedSheet,
  resolveStyle: StyleResolver,
  drawingRelId: string | null,
): string {
  return [...ownedSheetPieces(sheet, resolveStyle, drawingRelId)].join("");
}

/**
 * The same XML in pieces, for the zip writer to stream: a report of half a million findings is
 * never one string. A first walk finds the used area, which `<dimension>` states up front.
 */
export function* ownedSheetPieces(
  sheet: OwnedSheet,
  resolveStyle: StyleResolver,
  drawingRelId: string | null,
): Generator<string> {
  let lastRow = 0;
  let lastColumn = 0;
  sheet.rows.forEach((cells, i) => {
    cells.forEach((cell, column) => {
      if (!writesCell(cell, resolveStyle)) return;
      lastRow = i + 1;
      lastColumn = Math.max(lastColumn, column);
    });
  });
  const dimension = formatRange({
    first: { row: 1, column: 0 },
    last: { row: Math.max(1, lastRow), column: lastColumn },
  });
  yield (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN_NAMESPACE}" xmlns:r="${RELATIONSHIPS_NAMESPACE}">` +
    FIT_TO_WIDTH +
    `<dimension ref="${dimension}"/>` +
    sheetView(sheet.frozenRows ?? 0) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    columnsXml(sheet.columnWidths)
  );
  const links: InternalLink[] = [];
  let piece = lastRow > 0 ? "<sheetData>" : "<sheetData/>";
  for (let i = 0; i < lastRow; i++) {
    const row = i + 1;
    let xml = "";
    sheet.rows[i].forEach((cell, column) => {
      const c = cellXml(row, column, cell, resolveStyle, "");
      if (!c) return;
      xml += c;
      const link = cellLink(row, column, cell);
      if (link) links.push(link);
    });
    if (xml) piece += `<row r="${row}">${xml}</row>`;
    if (piece.length >= PIECE) {
      yield piece;
      piece = "";
    }
  }
  if (lastRow > 0) piece += "</sheetData>";
  yield piece;
  if (links.length) {
    yield "<hyperlinks>";
    for (let at = 0; at < links.length; at += LINKS_PER_PIECE) {
      yield hyperlinksXml(links.slice(at, at + LINKS_PER_PIECE), "");
    }
    yield "</hyperlinks>";
  }
  yield (
    PAGE_MARGINS + PAGE_SETUP + (drawingRelId ? `<drawing r:id="${drawingRelId}"/>` : "") + "</worksheet>"
  );
}
