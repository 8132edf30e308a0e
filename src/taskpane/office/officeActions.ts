/** The pane's own Excel calls: go to a cell, add template sheets from the template file. */
import type { TemplateFile } from "../host";

/** Activates the sheet and selects the cell (1-based row, 0-based column). */
export async function selectExcelCell(sheet: string, row: number, column: number): Promise<void> {
  await Excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getCell(row - 1, column).select();
    await context.sync();
  });
}

export function toBase64(bytes: Uint8Array): string {
  // Chunks keep String.fromCharCode's argument list short for large files.
  const chunk = 0x8000;
  let binary = "";
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/**
 * Adds template sheets after the last tab with their formatting, tables and drop-down lists
 * (ExcelApi 1.13). Only sheets the workbook lacks are named, so none is ever replaced.
 */
export async function insertSheetsFromFile(template: TemplateFile, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  await Excel.run(async (context) => {
    context.workbook.insertWorksheetsFromBase64(toBase64(template.bytes), {
      sheetNamesToInsert: [...names],
      positionType: Excel.WorksheetPositionType.end,
    });
    await context.sync();
  });
}
