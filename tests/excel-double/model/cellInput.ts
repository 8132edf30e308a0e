/**
 * What Excel stores when a value is written through `Range.values`, and how a stored cell reads
 * back through `values`, `valueTypes` and `text`. Writing behaves like typing: in a cell whose
 * number format is not Text (`@`), `=…` (and `+x`, `-x`, `@x` that are not numbers) become
 * formulas, `12`, `1,200`, `50%` become numbers, `TRUE` a boolean, `#N/A` an error value and
 * `2024-03-15` a date serial. In a Text cell every string is kept as typed.
 *
 * Simplifications: the double does not calculate, so a formula written through the API reads
 * back as 0; `text` knows only the number formats the add-in writes (General, Text, 0.0, 0%,
 * 0.0%, #,##0 and y/m/d dates); dates typed with a time of day are kept as text.
 */

export interface ExcelError {
  readonly error: string;
}

export type CellValue = string | number | boolean | ExcelError;

export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

export const ERROR_LITERALS: readonly string[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#BUSY!",
];

export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

/** A cell's content after a write: nothing, a constant, or a formula (with its last value). */
export interface Entry {
  readonly value?: CellValue;
  readonly formula?: string;
  /** The number format Excel applies by itself, as when a typed date gets a date format. */
  readonly autoFormat?: string;
}

export function isExcelError(value: unknown): value is ExcelError {
  return typeof value === "object" && value !== null && typeof (value as ExcelError).error === "string";
}

const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?%?$/i;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

function parseNumberText(text: string): number | null {
  const trimmed = text.trim();
  if (GROUPED_NUMBER.test(trimmed)) return Number(trimmed.replace(/,/g, ""));
  if (!NUMBER_TEXT.test(trimmed)) return null;
  return trimmed.endsWith("%") ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed);
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

export function dateSerial(year: number, month: number, day: number, date1904: boolean): number {
  return Math.round((Date.UTC(year, month - 1, day) - (date1904 ? EPOCH_1904 : EPOCH_1900)) / DAY_MS);
}

function serialDate(serial: number, date1904: boolean): Date {
  return new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + Math.floor(serial) * DAY_MS);
}

function typedDate(text: string, date1904: boolean): number | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return dateSerial(year, month, day, date1904);
}

/** How one input of a `values` array lands; "unchanged" for null (Excel skips that cell). */
export function interpretInput(input: unknown, numberFormat: string, date1904: boolean): Entry | "unchanged" {
  if (input === null) return "unchanged";
  if (input === "") return {};
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new TypeError("Numbers written to Excel must be finite");
    return { value: input };
  }
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string") throw new TypeError(`Excel cannot store a ${typeof input}`);
  if (numberFormat === TEXT_FORMAT) return { value: input };
  if (input.length > 1 && input.startsWith("=")) return { formula: input, value: 0 };
  const number = parseNumberText(input);
  if (number !== null) return { value: number };
  if (/^[+\-@]./.test(input)) return { formula: `=${input}`, value: 0 };
  const upper = input.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  if (ERROR_LITERALS.includes(upper)) return { value: { error: upper } };
  const serial = typedDate(input, date1904);
  if (serial !== null)
    return { value: serial, autoFormat: numberFormat === GENERAL_FORMAT ? "yyyy-mm-dd" : undefined };
  return { value: input };
}

/** What a `formulas` write stores: strings starting with `=` are formulas, the rest as `values`. */
export function interpretFormula(
  input: unknown,
  numberFormat: string,
  date1904: boolean,
): Entry | "unchanged" {
  if (typeof input === "string" && input.length > 1 && input.startsWith("="))
    return { formula: input, value: 0 };
  return interpretInput(input, numberFormat, date1904);
}

export function valueType(value: CellValue | undefined): ValueType {
  if (value === undefined) return "Empty";
  if (isExcelError(value)) return "Error";
  if (typeof value === "string") return value === "" ? "Empty" : "String";
  return typeof value === "number" ? "Double" : "Boolean";
}

/** A cell as `Range.values` hands it over: "" for empty, the literal for an error. */
export function valueOut(value: CellValue | undefined): string | number | boolean {
  if (value === undefined) return "";
  return isExcelError(value) ? value.error : value;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function formatNumber(value: number, format: string, date1904: boolean): string {
  if (format === GENERAL_FORMAT || format === TEXT_FORMAT) return String(Number(value.toPrecision(11)));
  const percent = /^0(?:\.(0+))?%$/.exec(format);
  if (percent) return `${(value * 100).toFixed(percent[1]?.length ?? 0)}%`;
  const fixed = /^0(?:\.(0+))?$/.exec(format);
  if (fixed) return value.toFixed(fixed[1]?.length ?? 0);
  if (format === "#,##0") return Math.round(value).toLocaleString("en-US");
  if (/y/i.test(format) && /d/i.test(format)) {
    const date = serialDate(value, date1904);
    return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  }
  return String(value);
}

/** The text a cell shows, as `Range.text` returns it. */
export function displayText(value: CellValue | undefined, format: string, date1904: boolean): string {
  if (value === undefined) return "";
  if (isExcelError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return formatNumber(value, format, date1904);
}
