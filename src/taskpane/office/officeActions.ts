/** The pane's few direct Excel calls: go to a cell, add template sheets. */
import type { WorkbookPort } from "../../workbook/port";
import { insertSheetsThroughPort, type TemplateFile } from "../host";
import { supportsExcelApi } from "./officeEnvironment";

/** Activates the sheet and selects the cell (1-based row, 0-based column). */
export async function selectExcelCell(sheet: string, row: number, column: number): Promise<void> {
  await Excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getCell(row - 1, column).select();
    await context.sync();
  });
}

function toBase64(bytes: Uint8Array): string {
  // Chunks keep String.fromCharCode's argument list short for large files.
  const chunk = 0x8000;
  let binary = "";
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/**
 * Adds template sheets after the last tab. ExcelApi 1.13 inserts them from the template file
 * with their formatting, tables and lists; older Excel gets the same rows through the port.
 */
export async function insertExcelSheets(port: WorkbookPort, template: TemplateFile, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  if (!supportsExcelApi("1.13")) {
    await insertSheetsThroughPort(port, template, names);
    return;
  }
  await Excel.run(async (context) => {
    context.workbook.insertWorksheetsFromBase64(toBase64(template.bytes), {
      sheetNamesToInsert: [...names],
      positionType: Excel.WorksheetPositionType.end,
    });
    await context.sync();
  });
}
