import type { Workbook, Worksheet } from "exceljs";
import { displayWidth } from "../columns";
import { cellText, fittedWidths, writeGrid, type GridRows } from "../grid";
import type { Bilingual, TemplateLang } from "../lang";
import {
  EDITABLE_STYLE,
  HEADER_ROW_HEIGHT,
  HEADER_STYLE,
  NOTE_FONT,
  PRINT_ONE_PAGE_WIDE,
  TITLE_FONT,
  WRAP_TOP,
} from "../styles";

/** The value column's header, as `rulesSheetRows` writes it. */
export const RULES_VALUE_HEADER: Bilingual = { zh: "值", en: "Value" };
/** The header row is looked for this far down (SPEC 1: within the first 10 rows). */
const HEADER_SCAN_ROWS = 10;
const MIN_WIDTH = 8;
const MAX_WIDTH = 48;
const LINE_HEIGHT_POINTS = 15;

export interface RulesHeader {
  /** 0-based index into the rows. */
  readonly row: number;
  /** 0-based column of the editable values. */
  readonly valueColumn: number;
}

export function findRulesHeader(rows: GridRows, lang: TemplateLang): RulesHeader | null {
  for (let row = 0; row < Math.min(rows.length, HEADER_SCAN_ROWS); row++) {
    const valueColumn = rows[row].findIndex((cell) => cellText(cell) === RULES_VALUE_HEADER[lang]);
    if (valueColumn >= 0) return { row, valueColumn };
  }
  return null;
}

/**
 * The `评分规则` sheet from the config module's rows: a styled, frozen header, the value
 * column in the editable colour, long notes wrapped.
 */
export function addRulesSheet(
  workbook: Workbook,
  name: string,
  rows: GridRows,
  lang: TemplateLang,
): Worksheet {
  const header = findRulesHeader(rows, lang);
  if (header === null) throw new Error(`rules sheet has no "${RULES_VALUE_HEADER[lang]}" column`);
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: header.row + 1 }],
    pageSetup: { ...PRINT_ONE_PAGE_WIDE, printTitlesRow: `${header.row + 1}:${header.row + 1}` },
  });
  writeGrid(sheet, rows);

  sheet.getCell(1, 1).font = TITLE_FONT;
  for (let r = 1; r < header.row; r++) sheet.getCell(r + 1, 1).font = NOTE_FONT;
  const body = rows.slice(header.row);
  const widths = fittedWidths(body, MIN_WIDTH, MAX_WIDTH);
  widths.forEach((width, c) => (sheet.getColumn(c + 1).width = width));

  const headerRow = sheet.getRow(header.row + 1);
  headerRow.height = HEADER_ROW_HEIGHT;
  rows[header.row].forEach((_, c) => (headerRow.getCell(c + 1).style = { ...HEADER_STYLE }));

  for (let r = header.row + 1; r < rows.length; r++) {
    const cells = rows[r];
    const row = sheet.getRow(r + 1);
    cells.forEach((_, c) => {
      const target = row.getCell(c + 1);
      if (c === header.valueColumn)
        target.style = { ...EDITABLE_STYLE, alignment: { ...WRAP_TOP, horizontal: "left" } };
      else target.alignment = WRAP_TOP;
    });
    // Wrapped text needs an explicit height: Excel does not grow rows when it opens a file.
    const lines = Math.max(
      1,
      ...cells.map((cell, c) => Math.ceil(displayWidth(cellText(cell)) / (widths[c] - 1))),
    );
    if (lines > 1) row.height = lines * LINE_HEIGHT_POINTS + 2;
  }
  return sheet;
}
