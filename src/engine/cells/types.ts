/** An Excel error value such as `#N/A`, kept apart from the text "#N/A" a user may type. */
export interface ErrorValue {
  readonly error: string;
}

/** One cell as a workbook hands it over: Excel's own value types, nothing interpreted yet. */
export type RawCell = string | number | boolean | null | undefined | ErrorValue;

export function isErrorValue(cell: RawCell): cell is ErrorValue {
  return typeof cell === "object" && cell !== null && typeof (cell as ErrorValue).error === "string";
}

/** Why a cell could not be read. Each code has a message in `engine/validation/messages.ts`. */
export type ParseErrorCode =
  | "excel-error" // the cell holds #N/A, #VALUE!, …
  | "not-a-number"
  | "not-an-integer"
  | "negative"
  | "out-of-range"
  | "not-a-percent"
  | "percent-out-of-range"
  | "not-a-date"
  | "two-digit-year"
  | "day-first"
  | "impossible-date"
  | "not-an-option";

/**
 * The outcome of reading one cell. Parsers never throw and never guess: a cell is a value,
 * blank (a placeholder such as 待确认 counts as blank but is remembered), or a coded error.
 */
export type Parsed<T> =
  | { readonly kind: "value"; readonly value: T }
  | { readonly kind: "blank"; readonly placeholder: boolean }
  | { readonly kind: "error"; readonly code: ParseErrorCode };

export const BLANK: Parsed<never> = Object.freeze({ kind: "blank", placeholder: false });
export const PLACEHOLDER: Parsed<never> = Object.freeze({ kind: "blank", placeholder: true });

export function value<T>(v: T): Parsed<T> {
  return { kind: "value", value: v };
}

export function failure(code: ParseErrorCode): Parsed<never> {
  return { kind: "error", code };
}

/** What every parser needs besides the cell: the placeholder list and the workbook's date system. */
export interface ParseContext {
  /** Placeholder texts, already normalised (see `normalizeText`) and upper-cased. */
  readonly placeholders: ReadonlySet<string>;
  /** Serial numbers count from 1904-01-01 (Mac workbooks) instead of 1900-01-01. */
  readonly date1904: boolean;
}
