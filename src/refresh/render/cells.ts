/**
 * Small builders for the cells renderers write: dates as Excel serials, numbers with a display
 * format, links, and the A1 address a link shows.
 */
import type { DayNumber } from "../../engine/cells/calendar";
import { serialFromDay } from "../../engine/cells/serial";
import type { CellRef, CellStyle, OutCell, RichCell } from "../../workbook/port";
import { columnLetters } from "../../engine/cells/columnLetters";

export { columnLetters };

export const DATE_FORMAT = "yyyy-mm-dd";
export const PERCENT_FORMAT = "0.0%";
export const ONE_DECIMAL_FORMAT = "0.0";

/** Excel serial of the calendar day in the workbook's date system; a time of day is dropped. */
export function excelSerial(day: DayNumber, date1904 = false): number {
  return serialFromDay(Math.floor(day), date1904);
}

export function dateCell(day: DayNumber | null, date1904 = false): OutCell {
  return day === null ? null : { value: excelSerial(day, date1904), format: DATE_FORMAT };
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

export function a1Address(row: number, columnIndex: number): string {
  return `${columnLetters(columnIndex)}${row}`;
}

/** A cell that shows the target's address and links to it. */
export function linkCell(target: CellRef): RichCell {
  return { value: a1Address(target.row, target.column), link: target };
}
