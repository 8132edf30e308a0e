/**
 * Small builders for the cells renderers write: dates as Excel serials, numbers with a display
 * format, links, and the A1 address a link shows.
 */
import type { DayNumber } from "../../engine/cells/calendar";
import type { CellRef, CellStyle, OutCell, RichCell } from "../../workbook/port";

/** Day number of Excel's 1900-system serial 0 (1899-12-30, which absorbs Excel's 1900 leap-day bug). */
const EXCEL_1900_EPOCH_OFFSET = 25569;

export const DATE_FORMAT = "yyyy-mm-dd";
export const PERCENT_FORMAT = "0.0%";
export const ONE_DECIMAL_FORMAT = "0.0";

/** Excel serial (1900 system) of the calendar day; a time of day is dropped. */
export function excelSerial(day: DayNumber): number {
  return Math.floor(day) + EXCEL_1900_EPOCH_OFFSET;
}

export function dateCell(day: DayNumber | null): OutCell {
  return day === null ? null : { value: excelSerial(day), format: DATE_FORMAT };
}

/** A fraction (0.6 = 60 %) shown as a percent; blank when there is nothing to divide. */
export function percentCell(fraction: number | null): OutCell {
  return fraction === null || !Number.isFinite(fraction) ? null : { value: fraction, format: PERCENT_FORMAT };
}

export function decimalCell(value: number | null, format: string = ONE_DECIMAL_FORMAT): OutCell {
  return value === null || !Number.isFinite(value) ? null : { value, format };
}

export function styled(value: string | number | null, style: CellStyle | undefined): OutCell {
  return style === undefined ? value : { value, style };
}

/** Column letters as Excel shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(columnIndex: number): string {
  let letters = "";
  for (let n = columnIndex + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function a1Address(row: number, columnIndex: number): string {
  return `${columnLetters(columnIndex)}${row}`;
}

/** A cell that shows the target's address and links to it. */
export function linkCell(target: CellRef): RichCell {
  return { value: a1Address(target.row, target.column), link: target };
}
