import { closeSync, openSync, renameSync, writeSync } from "node:fs";
import type { RawCell } from "../../src/engine/cells/types";
import { isErrorValue } from "../../src/engine/cells/types";
import type { GeneratedSheet } from "./sheet";

const CHUNK_CHARS = 1 << 20;
const NEEDS_QUOTES = /[",\n\r]|^\s|\s$/;

/**
 * The sheet as CSV, the way a spreadsheet exports it: numbers as typed, text as typed (quoted when
 * it holds a comma, a quote, a line break or edge spaces), an error value as its code, blank as
 * nothing. Streamed in ~1 MB chunks; written through a temporary name.
 */
export function writeCsv(path: string, sheet: GeneratedSheet): void {
  const temp = `${path}.partial`;
  const fd = openSync(temp, "w");
  let out = `${sheet.headers.map(csvField).join(",")}\n`;
  for (let r = 0; r < sheet.rows; r++) {
    let line = "";
    for (let c = 0; c < sheet.columns.length; c++) {
      if (c > 0) line += ",";
      line += csvField(sheet.columns[c][r]);
    }
    out += `${line}\n`;
    if (out.length >= CHUNK_CHARS) {
      writeSync(fd, out);
      out = "";
    }
  }
  writeSync(fd, out);
  closeSync(fd);
  renameSync(temp, path);
}

function csvField(cell: RawCell): string {
  if (cell === null || cell === undefined) return "";
  const text = isErrorValue(cell)
    ? cell.error
    : typeof cell === "boolean"
      ? cell
        ? "TRUE"
        : "FALSE"
      : String(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
