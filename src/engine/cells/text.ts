import { plainDecimal } from "./decimal";
import { EXCEL_ERROR } from "./errors";
import { formatGeneral } from "./general-format";
import { CellState, setError, setText, type CellSlot } from "./slot";
import {
  BLANK,
  PLACEHOLDER,
  isErrorValue,
  value,
  type ParseContext,
  type Parsed,
  type RawCell,
} from "./types";

const SPACE = 0x20;
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
/** Distance from a full-width form (U+FF01–U+FF5E) to its ASCII twin. */
const FULL_WIDTH_OFFSET = 0xfee0;
/** Past this magnitude JavaScript (and Excel) write numbers with an exponent; so do we. */
const EXPONENT_FROM = 1e21;

/** The characters JavaScript's `\s` matches, NBSP and the ideographic space included. */
function isWhitespaceCode(code: number): boolean {
  if (code <= SPACE) return code === SPACE || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function isFullWidthCode(code: number): boolean {
  return code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST;
}

/** CJK Unified Ideographs (extension A and the main block): never whitespace, never full-width. */
const CJK_FIRST = 0x3400;
const CJK_LAST = 0x9fff;

/** True when `normalizeString` would return the text unchanged: the common case, checked without allocating. */
function isAlreadyNormal(text: string): boolean {
  const last = text.length - 1;
  let previousWasSpace = true; // a space in first position is not allowed either
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    // Visible ASCII and Chinese characters first: most of every ledger, settled in two comparisons.
    if ((code > SPACE && code < 0x7f) || (code >= CJK_FIRST && code <= CJK_LAST)) {
      previousWasSpace = false;
    } else if (code === SPACE) {
      if (previousWasSpace || i === last) return false;
      previousWasSpace = true;
    } else if (isWhitespaceCode(code) || isFullWidthCode(code)) {
      return false;
    } else {
      previousWasSpace = false;
    }
  }
  return true;
}

function normalizeString(text: string): string {
  if (isAlreadyNormal(text)) return text;
  let out = "";
  let runStart = 0; // first character of the unchanged run not yet copied to `out`
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWhitespaceCode(code)) {
      out += text.slice(runStart, i);
      runStart = i + 1;
      // A run of whitespace becomes one space, and only between two visible characters.
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += " ";
      pendingSpace = false;
    }
    if (isFullWidthCode(code)) {
      out += text.slice(runStart, i) + String.fromCharCode(code - FULL_WIDTH_OFFSET);
      runStart = i + 1;
    }
  }
  return out + text.slice(runStart);
}

/** A number as text: shortest round-trip decimal, no exponent for ordinary magnitudes, `-0` as `0`. */
export function numberToText(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) >= EXPONENT_FROM) return String(n);
  return plainDecimal(n);
}

/**
 * The comparable text of a cell: numbers as decimal text, booleans as TRUE/FALSE, error values
 * as their code; then trimmed, full-width forms folded to ASCII (U+3000 to a space) and every
 * run of whitespace (tabs, newlines, NBSP, …) collapsed to one space.
 */
export function normalizeText(raw: RawCell): string {
  if (typeof raw === "string") return normalizeString(raw);
  if (typeof raw === "number") return numberToText(raw);
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  return isErrorValue(raw) ? normalizeString(raw.error) : "";
}

/** A parse context from the configured placeholder texts and the workbook's date system. */
export function makeParseContext(placeholders: readonly string[], date1904: boolean): ParseContext {
  const normalized = new Set<string>();
  for (const placeholder of placeholders) {
    const key = upperCaseKey(normalizeString(placeholder));
    if (key !== "") normalized.add(key);
  }
  return { placeholders: normalized, date1904 };
}

/**
 * Whether `toUpperCase` could change the text: ASCII a–z, or any character outside plain ASCII,
 * the CJK block U+3000–U+9FFF and Hangul syllables, none of which have case.
 */
function mayChangeCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x61 && code <= 0x7a) return true;
    } else if (!((code >= 0x3000 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3))) {
      return true;
    }
  }
  return false;
}

/** The case-insensitive comparison key of a text: `toUpperCase`, without allocating when nothing would change (CJK text). */
export function upperCaseKey(text: string): string {
  return mayChangeCase(text) ? text.toUpperCase() : text;
}

/** The placeholder set last asked about, its size then and its longest entry: one set serves a whole refresh. */
let lengthsOf: ReadonlySet<string> | null = null;
let lengthsOfSize = 0;
let longestPlaceholder = 0;
/** 1 for each UTF-16 code unit a placeholder of the set last asked about starts with. */
const placeholderStarts = new Uint8Array(0x10000);

/**
 * Upper-casing never shortens a text, so a text longer than every placeholder cannot be one;
 * that one comparison spares most cells the case fold and the set lookup.
 */
function mayBePlaceholder(text: string, placeholders: ReadonlySet<string>): boolean {
  if (placeholders !== lengthsOf || placeholders.size !== lengthsOfSize) {
    longestPlaceholder = 0;
    placeholderStarts.fill(0);
    for (const placeholder of placeholders) {
      longestPlaceholder = Math.max(longestPlaceholder, placeholder.length);
      placeholderStarts[placeholder.charCodeAt(0)] = 1;
    }
    lengthsOf = placeholders;
    lengthsOfSize = placeholders.size;
  }
  return text.length <= longestPlaceholder;
}

/** Whether already-normalised text is one of the context's placeholders (待确认, TBD, n/a, …). */
export function isPlaceholder(text: string, ctx: ParseContext): boolean {
  const placeholders = ctx.placeholders;
  if (placeholders.size === 0 || !mayBePlaceholder(text, placeholders)) return false;
  if (mayChangeCase(text)) return placeholders.has(text.toUpperCase());
  // Text whose case cannot change is its own key: short city and person names, mostly, settled by
  // their first character without a lookup.
  return placeholderStarts[text.charCodeAt(0)] === 1 && placeholders.has(text);
}

/**
 * The shared first step of every parser: the cell's normalised text, or the outcome that needs
 * no further reading (blank, placeholder, Excel error value). Placeholders are matched on text
 * cells only; a typed number or boolean is never a placeholder.
 */
export function readCellText(raw: RawCell, ctx: ParseContext): string | Parsed<never> {
  if (typeof raw === "string") {
    const text = normalizeString(raw);
    if (text === "") return BLANK;
    return isPlaceholder(text, ctx) ? PLACEHOLDER : text;
  }
  if (raw === null || raw === undefined) return BLANK;
  if (typeof raw === "number") return numberToText(raw);
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  return EXCEL_ERROR;
}

/**
 * `readCellText` into a slot (see slot.ts): the same outcome without an object per cell. Text
 * that is already normal comes back as the very string handed in, so a caller can tell "kept as
 * typed" by identity.
 */
export function readTextInto(raw: RawCell, ctx: ParseContext, slot: CellSlot): void {
  if (typeof raw === "string") {
    const text = normalizeString(raw);
    if (text === "") slot.state = CellState.blank;
    else if (isPlaceholder(text, ctx)) slot.state = CellState.placeholder;
    else setText(slot, text);
  } else if (raw === null || raw === undefined) {
    slot.state = CellState.blank;
  } else if (typeof raw === "number") {
    setText(slot, numberToText(raw));
  } else if (typeof raw === "boolean") {
    setText(slot, raw ? "TRUE" : "FALSE");
  } else {
    setError(slot, "excel-error");
  }
}

/** A free-text cell. A text that merely spells `#N/A` is text; only a real error value is an error. */
export function parseText(raw: RawCell, ctx: ParseContext): Parsed<string> {
  const text = readCellText(raw, ctx);
  return typeof text === "string" ? value(text) : text;
}

/** The cell as the user sees it, for reports: text untouched, numbers as Excel's General format shows them. */
export function displayValue(raw: RawCell): string {
  if (typeof raw === "string") return raw;
  if (typeof raw === "number") return formatGeneral(raw);
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  return isErrorValue(raw) ? raw.error : "";
}
