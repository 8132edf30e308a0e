import { Workbook, type CellValue, type Worksheet } from "exceljs";
import "../../src/template/exceljsTypes";

/** Test helper: an .xlsx as exceljs reads it back. */
export async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  // exceljs types its input as an ArrayBuffer (its own `Buffer` declaration); hand it exactly that.
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

export function sheetOf(workbook: Workbook, name: string): Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

export function rowValues(sheet: Worksheet, rowNumber: number, count: number): CellValue[] {
  return Array.from({ length: count }, (_, i) => sheet.getCell(rowNumber, i + 1).value);
}

/** Every value of a 1-based column from row 2 down to the last used row. */
export function columnValues(sheet: Worksheet, column: number): CellValue[] {
  return Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getCell(i + 2, column).value);
}

/** `'代码表'!$C$30:$C$33` → its sheet, column and rows. */
export function parseRange(formula: string): { sheet: string; column: string; first: number; last: number } {
  const match = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula);
  if (match === null || match[2] !== match[4]) throw new Error(`not a one-column absolute range: ${formula}`);
  return {
    sheet: match[1].replace(/''/g, "'"),
    column: match[2],
    first: Number(match[3]),
    last: Number(match[5]),
  };
}
