import type { ParseErrorCode, Parsed } from "./types";

/** How a cell was read. The codes are also the per-row state bytes of a read column. */
export const CellState = { value: 0, blank: 1, placeholder: 2, error: 3 } as const;
export type CellStateCode = (typeof CellState)[keyof typeof CellState];

/**
 * One cell's outcome, written by the `read…Into` functions into a slot the caller owns and reuses
 * for every cell of a column. A `Parsed` object per cell is tens of millions of short-lived
 * objects at Excel's row limit, and collecting them cost more than reading the cells; a slot
 * costs nothing per cell. Only the field that matches `state` and the reader's kind is meaningful.
 */
export interface CellSlot {
  state: CellStateCode;
  /** Why the cell is unreadable, when `state` is `error`. */
  error: ParseErrorCode;
  /** The value of numeric readers (amount, fraction, day number, count, score). */
  number: number;
  /** The value of text readers (normalised text, option, stage key, phone number). */
  text: string;
}

export function newSlot(): CellSlot {
  return { state: CellState.blank, error: "not-a-number", number: 0, text: "" };
}

export function setBlank(slot: CellSlot): void {
  slot.state = CellState.blank;
}

export function setValue(slot: CellSlot, number: number): void {
  slot.state = CellState.value;
  slot.number = number;
}

export function setText(slot: CellSlot, text: string): void {
  slot.state = CellState.value;
  slot.text = text;
}

export function setError(slot: CellSlot, error: ParseErrorCode): void {
  slot.state = CellState.error;
  slot.error = error;
}

/** A non-value outcome (blank, placeholder, error) into the slot. */
export function setNonValue(slot: CellSlot, parsed: Parsed<never>): void {
  if (parsed.kind === "error") setError(slot, parsed.code);
  else slot.state = parsed.kind === "blank" && parsed.placeholder ? CellState.placeholder : CellState.blank;
}

/** A reference parser's outcome into the slot: the rare and error cases go through the `parse…` functions. */
export function setParsedNumber(slot: CellSlot, parsed: Parsed<number>): void {
  if (parsed.kind === "value") setValue(slot, parsed.value);
  else setNonValue(slot, parsed);
}

export function setParsedText(slot: CellSlot, parsed: Parsed<string>): void {
  if (parsed.kind === "value") setText(slot, parsed.value);
  else setNonValue(slot, parsed);
}

/** The slot as the `Parsed` the reference parser would have returned (for tests and wrappers). */
export function slotToParsed<T extends number | string>(slot: CellSlot, kind: "number" | "text"): Parsed<T> {
  switch (slot.state) {
    case CellState.value:
      return { kind: "value", value: (kind === "number" ? slot.number : slot.text) as T };
    case CellState.blank:
      return { kind: "blank", placeholder: false };
    case CellState.placeholder:
      return { kind: "blank", placeholder: true };
    default:
      return { kind: "error", code: slot.error };
  }
}
