/**
 * A generated workbook as .xlsx bytes, written by exceljs (not by our writer) with its merged
 * cells. Characters XML cannot carry (most control characters, lone surrogates) cannot be in a
 * real Excel file either, so they become "?" here.
 */
import { Workbook, type CellValue } from "exceljs";
import type { RawCell } from "../../../src/engine/cells/types";
import type { FuzzWorkbook } from "./arbitraries";

const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Error values exceljs knows how to write. */
const WRITABLE_ERRORS = new Set(["#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!"]);

export function xmlSafe(text: string): string {
  return text.replace(XML_ILLEGAL, "?");
}

function excelValue(cell: RawCell): CellValue {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string") return xmlSafe(cell);
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  const error = WRITABLE_ERRORS.has(cell.error) ? cell.error : "#N/A";
  return { error } as CellValue;
}

export async function xlsxBytesOf(workbook: FuzzWorkbook): Promise<Uint8Array> {
  const book = new Workbook();
  for (const sheet of workbook.sheets) {
    const worksheet = book.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const value = excelValue(cell);
        if (value !== null && value !== "") worksheet.getCell(r + 1, c + 1).value = value;
      }),
    );
    for (const merge of sheet.merges) worksheet.mergeCells(merge.row + 1, merge.first + 1, merge.row + 1, merge.last + 1);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
