import type { Severity } from "../schema/fields";

/**
 * One problem in the workbook, shaped like a Frictionless validation error: where (sheet, Excel
 * row, column header), what was typed, which rule, how bad, and why in both languages.
 */
export interface Finding {
  readonly sheet: string;
  /** Row number as Excel shows it; null for a sheet-level finding. */
  readonly row: number | null;
  /** 0-based column index within the sheet; null when the finding is about a whole row or sheet. */
  readonly columnIndex: number | null;
  /** The column's header as the sheet shows it ("" when not about one column). */
  readonly column: string;
  /** Field key of the column, when known. */
  readonly field: string | null;
  /** The cell value as typed, rendered as text. */
  readonly value: string;
  /** Stable rule code, e.g. `id.duplicate`, `date.two-digit-year`. */
  readonly rule: string;
  readonly severity: Severity;
  readonly message: { readonly zh: string; readonly en: string };
}
