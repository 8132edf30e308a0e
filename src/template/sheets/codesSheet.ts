import type { Workbook, Worksheet } from "exceljs";
import { CODE_TABLES } from "../../engine/config";
import { LISTS_TITLE } from "../../engine/config/codeTables";
import { cellText, fittedWidths, writeGrid, type GridRows } from "../grid";
import type { TemplateLang } from "../lang";
import {
  EDITABLE_STYLE,
  HEADER_STYLE,
  NOTE_FONT,
  PRINT_ONE_PAGE_WIDE,
  SECTION_FONT,
  TITLE_FONT,
} from "../styles";

const MIN_WIDTH = 10;
const MAX_WIDTH = 24;

/**
 * The `代码表` sheet from the config module's rows: title and note on top, each section title
 * followed by its header row, every code and option below in the editable colour.
 */
export function addCodesSheet(
  workbook: Workbook,
  name: string,
  rows: GridRows,
  lang: TemplateLang,
): Worksheet {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { ...PRINT_ONE_PAGE_WIDE, orientation: "portrait" },
  });
  writeGrid(sheet, rows);
  const sectionTitles = new Set([...CODE_TABLES.map((table) => table.title[lang]), LISTS_TITLE[lang]]);
  const firstSection = rows.findIndex((row) => sectionTitles.has(cellText(row[0])));
  if (firstSection < 0) return sheet;

  sheet.getCell(1, 1).font = TITLE_FONT;
  for (let r = 1; r < firstSection; r++) sheet.getCell(r + 1, 1).font = NOTE_FONT;
  fittedWidths(rows.slice(firstSection), MIN_WIDTH, MAX_WIDTH).forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });

  let headerRow = -1;
  rows.forEach((row, r) => {
    if (r < firstSection) return;
    if (sectionTitles.has(cellText(row[0]))) {
      sheet.getCell(r + 1, 1).font = SECTION_FONT;
      headerRow = r + 1;
      return;
    }
    row.forEach((cell, c) => {
      if (cellText(cell) === "") return;
      sheet.getCell(r + 1, c + 1).style = r === headerRow ? { ...HEADER_STYLE } : { ...EDITABLE_STYLE };
    });
  });
  return sheet;
}
