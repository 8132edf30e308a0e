/**
 * A generated workbook as .xlsx bytes, written by exceljs (not by our writer) with its merged
 * cells. Characters XML cannot carry (most control characters, lone surrogates) cannot be in a
 * real Excel file either, so they become "?" here.
 */
import { Workbook, type CellValue } from "exceljs";
import type { RawCell } from "../../../src/engine/cells/types";
import type { FuzzWorkbook } from "./arbitraries";

/** Error values exceljs knows how to write. */
const WRITABLE_ERRORS = new Set(["#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!"]);

/** XML 1.0's Char production: tab, line feed, carriage return and the planes minus surrogates. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

export function xmlSafe(text: string): string {
  // for…of walks code points, so a lone surrogate comes through alone and is replaced.
  return Array.from(text, (char) => (isXmlChar(char.codePointAt(0) ?? 0) ? char : "?")).join("");
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
    for (const merge of sheet.merges)
      worksheet.mergeCells(merge.row + 1, merge.first + 1, merge.row + 1, merge.last + 1);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
