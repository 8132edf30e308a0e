import type { DayNumber } from "../../engine/cells/calendar";
import type { ErrorValue } from "../../engine/cells/types";

/** A real Excel date (a serial under the column's date format); a fraction carries the time. */
export interface DateCell {
  readonly day: DayNumber;
}

/** A number shown without the column's format, as when someone pastes 60 into a percent column. */
export interface UnformattedNumber {
  readonly unformatted: number;
}

/** One sample cell as the generator decides it; the sheet writer turns it into an Excel value. */
export type SampleCell = string | number | null | ErrorValue | DateCell | UnformattedNumber;

/** A sample row keyed by field key (`LEDGER_FIELDS` / `FOLLOWUP_FIELDS`); missing keys are blank. */
export type SampleRow = Readonly<Record<string, SampleCell>>;

/** What kind of mess a cell got, so tests and the README can point at it. */
export type MessKind =
  | "amount-text"
  | "percent-text"
  | "percent-fraction"
  | "percent-points"
  | "date-text"
  | "datetime-glued"
  | "full-width"
  | "placeholder"
  | "stale-id-code"
  | "duplicate-id"
  | "two-digit-year"
  | "day-first"
  | "bad-id"
  | "unknown-customer"
  | "missing-owner"
  | "percent-over-100"
  | "bad-phone"
  | "lost-without-stage"
  | "excel-error"
  | "formula-like-name"
  | "same-name-two-ids"
  | "after-as-of";

export interface MessNote {
  readonly sheet: "ledger" | "followups";
  /** 0-based index into the sheet's data rows. */
  readonly row: number;
  readonly field: string;
  readonly kind: MessKind;
}

export interface SampleData {
  readonly customers: readonly SampleRow[];
  readonly followUps: readonly SampleRow[];
  readonly mess: readonly MessNote[];
}

export function isDateCell(cell: SampleCell): cell is DateCell {
  return typeof cell === "object" && cell !== null && "day" in cell;
}

export function isUnformattedNumber(cell: SampleCell): cell is UnformattedNumber {
  return typeof cell === "object" && cell !== null && "unformatted" in cell;
}
