import { listDisplayName, type CodesConfig } from "../engine/config";
import { LISTS_TITLE } from "../engine/config/codeTables";
import { absoluteRange, cellText, type GridRows } from "./grid";
import type { TemplateLang } from "./lang";

/**
 * Where each option list sits on the codes sheet, as an absolute range for a dropdown. Found
 * from the rows themselves: below the lists' section title, the cell naming the list heads its
 * options, which run down to the first blank. Nothing is assumed about rows or columns.
 */
export function listRanges(
  rows: GridRows,
  codes: CodesConfig,
  lang: TemplateLang,
  sheetName: string,
): Map<string, string> {
  const titleRow = rows.findIndex((row) => row.some((cell) => cellText(cell) === LISTS_TITLE[lang]));
  if (titleRow < 0) throw new Error(`codes sheet has no "${LISTS_TITLE[lang]}" section`);
  const ranges = new Map<string, string>();
  for (const [key, options] of Object.entries(codes.lists)) {
    const header = findBelow(rows, titleRow, listDisplayName(key)[lang]);
    if (header === null) throw new Error(`codes sheet has no list "${key}"`);
    const values = columnRun(rows, header.row + 1, header.column);
    if (values.join("\n") !== options.join("\n")) {
      throw new Error(`codes sheet list "${key}" does not hold the configured options`);
    }
    // Excel rows are 1-based: data index r is row r + 1.
    if (values.length === 0) continue;
    ranges.set(key, absoluteRange(sheetName, header.column, header.row + 2, header.row + 1 + values.length));
  }
  return ranges;
}

function findBelow(rows: GridRows, fromRow: number, text: string): { row: number; column: number } | null {
  for (let r = fromRow + 1; r < rows.length; r++) {
    const column = rows[r].findIndex((cell) => cellText(cell) === text);
    if (column >= 0) return { row: r, column };
  }
  return null;
}

function columnRun(rows: GridRows, fromRow: number, column: number): string[] {
  const values: string[] = [];
  for (let r = fromRow; r < rows.length && cellText(rows[r][column]) !== ""; r++)
    values.push(cellText(rows[r][column]));
  return values;
}
