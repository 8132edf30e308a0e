import type { Workbook, Worksheet } from "exceljs";
import { displayWidth } from "../columns";
import type { TemplateLang } from "../lang";
import { READ_ME, READ_ME_SHEET, type ReadMeLine } from "../readMeText";
import { NOTE_FONT, PRINT_ONE_PAGE_WIDE, SECTION_FONT, TITLE_FONT, WRAP_TOP } from "../styles";

/** Column A holds labels and bullets, column B the text; widths in character units. */
const LABEL_WIDTH = 16;
const TEXT_WIDTH = 84;
const LINE_HEIGHT_POINTS = 16;
const BULLET = "•";

/** Rows of wrapped text need an explicit height: Excel does not grow them on open. */
function rowHeight(text: string, width: number): number {
  const lines = Math.max(1, Math.ceil(displayWidth(text) / (width - 2)));
  return lines * LINE_HEIGHT_POINTS + 4;
}

export function addReadMeSheet(workbook: Workbook, lang: TemplateLang): Worksheet {
  const sheet = workbook.addWorksheet(READ_ME_SHEET[lang], {
    views: [{ showGridLines: false }],
    pageSetup: { ...PRINT_ONE_PAGE_WIDE, orientation: "portrait" },
  });
  sheet.getColumn(1).width = LABEL_WIDTH;
  sheet.getColumn(2).width = TEXT_WIDTH;
  READ_ME.forEach((line, i) => writeLine(sheet, i + 1, line, lang));
  return sheet;
}

function writeLine(sheet: Worksheet, rowNumber: number, line: ReadMeLine, lang: TemplateLang): void {
  const row = sheet.getRow(rowNumber);
  const [label, text] = [row.getCell(1), row.getCell(2)];
  switch (line.kind) {
    case "title":
      label.value = line.text[lang];
      label.font = TITLE_FONT;
      row.height = 30;
      return;
    case "intro":
      sheet.mergeCells(rowNumber, 1, rowNumber, 2);
      label.value = line.text[lang];
      label.font = NOTE_FONT;
      label.alignment = WRAP_TOP;
      row.height = rowHeight(line.text[lang], LABEL_WIDTH + TEXT_WIDTH);
      return;
    case "section":
      label.value = line.text[lang];
      label.font = SECTION_FONT;
      row.height = 26;
      label.alignment = { vertical: "bottom" };
      return;
    case "entry":
      label.value = line.label[lang];
      label.font = { bold: true };
      label.alignment = WRAP_TOP;
      text.value = line.text[lang];
      text.alignment = WRAP_TOP;
      row.height = rowHeight(line.text[lang], TEXT_WIDTH);
      return;
    case "bullet":
      label.value = BULLET;
      label.alignment = { vertical: "top", horizontal: "right" };
      text.value = line.text[lang];
      text.alignment = WRAP_TOP;
      row.height = rowHeight(line.text[lang], TEXT_WIDTH);
      return;
  }
}
