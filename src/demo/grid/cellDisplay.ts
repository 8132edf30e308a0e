import { formatDayTime } from "../../engine/cells/calendar";
import { formatGeneral } from "../../engine/cells/general-format";
import { dayFromSerial } from "../../engine/cells/serial";
import { isErrorValue, type RawCell } from "../../engine/cells/types";
import { FOLLOWUP_FIELDS, LEDGER_FIELDS, type FieldDef } from "../../engine/schema/fields";
import { normalizeHeader } from "../../engine/schema/headers";

/** How a column's numbers are shown, as the template's number formats would show them. */
export type ColumnFormat =
  | { readonly kind: "date" }
  | { readonly kind: "percent"; readonly decimals: number }
  | { readonly kind: "fixed"; readonly decimals: number };

const DATE: ColumnFormat = { kind: "date" };
const PERCENT: ColumnFormat = { kind: "percent", decimals: 0 };

const HEADER_SCAN_ROWS = 10;
const FORMAT_BY_FIELD = new Map<string, ColumnFormat>();
for (const field of [...LEDGER_FIELDS, ...FOLLOWUP_FIELDS] as FieldDef[]) {
  const format =
    field.type === "date" || field.type === "datetime" ? DATE : field.type === "percent" ? PERCENT : null;
  if (format === null) continue;
  for (const name of [field.zh, field.en, ...(field.aliases ?? [])])
    FORMAT_BY_FIELD.set(normalizeHeader(name), format);
}

/**
 * Number formats of a data sheet's columns, found from its header row: the .xlsx reader hands
 * over values, and a grid of date serials (45622) would say nothing to a sales manager.
 */
export function columnFormats(cells: readonly (readonly RawCell[])[]): Map<number, ColumnFormat> {
  let best = new Map<number, ColumnFormat>();
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, cells.length); r++) {
    const found = new Map<number, ColumnFormat>();
    (cells[r] ?? []).forEach((cell, column) => {
      const format = typeof cell === "string" ? FORMAT_BY_FIELD.get(normalizeHeader(cell)) : undefined;
      if (format !== undefined) found.set(column, format);
    });
    if (found.size > best.size) best = found;
  }
  return best;
}

/** A format the add-in wrote with a cell (`yyyy-mm-dd`, `0.0%`, `0.0`), as a column format. */
export function formatOfNumberFormat(numberFormat: string | undefined): ColumnFormat | null {
  if (numberFormat === undefined) return null;
  const fixed = /^0(?:\.(0+))?(%?)$/.exec(numberFormat);
  if (fixed !== null)
    return { kind: fixed[2] === "%" ? "percent" : "fixed", decimals: fixed[1]?.length ?? 0 };
  return /y{2,}/i.test(numberFormat) ? DATE : null;
}

/** A cell as Excel would show it, as plain text (the grid never renders markup). */
export function cellText(cell: RawCell, format: ColumnFormat | null, date1904: boolean): string {
  if (cell === null || cell === undefined) return "";
  if (isErrorValue(cell)) return cell.error;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "string") return cell;
  switch (format?.kind) {
    case "date": {
      const day = dayFromSerial(cell, date1904);
      return day.kind === "value" ? formatDayTime(day.value) : formatGeneral(cell);
    }
    case "percent":
      return `${(cell * 100).toFixed(format.decimals)}%`;
    case "fixed":
      return cell.toFixed(format.decimals);
    default:
      return formatGeneral(cell);
  }
}

/** Display width of text: CJK characters take two columns. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(char) ? 2 : 1;
  return width;
}
