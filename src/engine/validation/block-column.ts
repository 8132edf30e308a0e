import { CellState, newSlot, type CellSlot, type CellStateCode } from "../cells/slot";
import { readDateInto } from "../cells/read-date";
import { readAmountInto, readCountInto, readPercentInto } from "../cells/read-numbers";
import { readPhoneInto } from "../cells/read-phone";
import { readTextInto } from "../cells/text";
import type { ParseContext, RawCell } from "../cells/types";
import type { FieldDef } from "../schema/fields";
import { columnReader, type ColumnKind, type ColumnReader } from "./cell-readers";
import type { ValidationContext } from "./context";
import type { CellSite } from "./finding-log";

/**
 * Rows read at a time. A sheet is read in blocks: every column of one block, then the rules and
 * records of that block. A block's values (a few dozen columns of this many rows) stay in the
 * processor's cache while its records are built; reading whole columns first and then building
 * records across 36 million-row arrays at once was memory-bound, and the arrays themselves,
 * allocated outside the JavaScript heap, made the collector run full collections.
 */
export const BLOCK_ROWS = 1024;

/** What a column does with an unreadable cell, a blank or a placeholder (see read-columns.ts). */
export interface NonValueSink {
  nonValue(column: BlockColumn, row: number, slot: CellSlot): void;
}

/** Distinct cell texts a choice column remembers; past this it is not a column of few values. */
const MAX_REMEMBERED = 4096;

/**
 * One column of the block being read: each row's state and value, by offset in the block. Rows
 * of the block not in use read as blank.
 */
export class BlockColumn implements CellSite {
  readonly index: number;
  readonly header: string;
  readonly cells: readonly RawCell[];
  readonly kind: ColumnKind;
  /** `CellState` of each row of the block. */
  readonly states = new Uint8Array(BLOCK_ROWS);
  /** Numeric fields: each row's value, NaN unless the row holds one; null for text-like fields. */
  readonly numbers: Float64Array | null;
  /** Text-like fields (text, ID, phone, options, stage keys): each row's value or null. */
  readonly texts: (string | null)[] | null;
  /** First row of the block. */
  private from = 0;
  private readonly reader: ColumnReader;
  private readonly parse: ParseContext;
  private readonly slot = newSlot();
  /**
   * Options and stages take a handful of spellings, and so do most free-text columns (cities,
   * owners, titles): each distinct cell text is read once, its outcome (the value, or a state)
   * remembered. Errors are not, as they need their code. A free-text column that turns out to
   * hold many different texts (names, IDs) stops remembering once the memory is full.
   */
  private remembered: Map<string, string | CellStateCode> | null;
  private readonly alwaysRemember: boolean;

  constructor(
    readonly field: FieldDef,
    site: { readonly index: number; readonly header: string; readonly cells: readonly RawCell[] },
    ctx: ValidationContext,
  ) {
    this.index = site.index;
    this.header = site.header;
    this.cells = site.cells;
    this.reader = columnReader(field, ctx);
    this.parse = ctx.parse;
    this.kind = this.reader.kind;
    this.numbers = this.kind === "number" ? new Float64Array(BLOCK_ROWS) : null;
    this.texts = this.kind === "number" ? null : new Array<string | null>(BLOCK_ROWS).fill(null);
    this.alwaysRemember = this.kind === "choice";
    this.remembered =
      this.kind === "choice" || (this.kind === "text" && field.type !== "phone") ? new Map() : null;
  }

  /** Reads rows [from, to) (fewer than BLOCK_ROWS); non-values go to `sink`. */
  read(from: number, to: number, used: Uint8Array, sink: NonValueSink): void {
    this.from = from;
    this.states.fill(CellState.blank);
    if (this.numbers !== null) {
      this.numbers.fill(Number.NaN);
      this.readNumbers(from, to, used, sink, this.numbers);
    } else if (this.texts !== null) {
      this.texts.fill(null);
      if (this.remembered !== null) this.readRemembered(from, to, used, sink, this.texts, this.remembered);
      else this.readTexts(from, to, used, sink, this.texts);
      if (!this.alwaysRemember && this.remembered !== null && this.remembered.size >= MAX_REMEMBERED) {
        this.remembered = null;
      }
    }
  }

  /**
   * Blank cells, the commonest of all in optional columns: nothing to read and, unless the field
   * is required, nothing to report (the row's state is already blank). True when handled.
   */
  private skipBlank(raw: RawCell, row: number, sink: NonValueSink): boolean {
    if (raw !== null && raw !== undefined) return false;
    if (this.field.required !== undefined) {
      this.slot.state = CellState.blank;
      sink.nonValue(this, row, this.slot);
    }
    return true;
  }

  private readNumbers(
    from: number,
    to: number,
    used: Uint8Array,
    sink: NonValueSink,
    numbers: Float64Array,
  ): void {
    const { cells, slot, states, parse } = this;
    // One loop per column, the reader chosen by a switch the processor predicts: each reader is
    // called directly (and can be inlined) rather than through a function value per cell.
    const type = this.field.type;
    for (let row = from; row < to; row++) {
      if (used[row] === 0) continue;
      const raw = cells[row];
      if (this.skipBlank(raw, row, sink)) continue;
      switch (type) {
        case "amount":
          readAmountInto(raw, parse, slot);
          break;
        case "date":
          readDateInto(raw, parse, false, slot);
          break;
        case "datetime":
          readDateInto(raw, parse, true, slot);
          break;
        case "integer":
          readCountInto(raw, parse, slot);
          break;
        case "percent":
          readPercentInto(raw, parse, slot);
          break;
        default:
          this.reader.read(raw, slot);
      }
      if (slot.state === CellState.value) {
        numbers[row - from] = slot.number;
        states[row - from] = CellState.value;
      } else {
        sink.nonValue(this, row, slot);
      }
    }
  }

  private readTexts(
    from: number,
    to: number,
    used: Uint8Array,
    sink: NonValueSink,
    texts: (string | null)[],
  ): void {
    const { cells, slot, states, parse } = this;
    const phone = this.field.type === "phone";
    for (let row = from; row < to; row++) {
      if (used[row] === 0) continue;
      const raw = cells[row];
      if (this.skipBlank(raw, row, sink)) continue;
      // Every text-like reader but the phone's is `readTextInto` (see cell-readers.ts).
      if (phone) readPhoneInto(raw, parse, slot);
      else readTextInto(raw, parse, slot);
      if (slot.state === CellState.value) {
        texts[row - from] = slot.text;
        states[row - from] = CellState.value;
      } else {
        sink.nonValue(this, row, slot);
      }
    }
  }

  private readRemembered(
    from: number,
    to: number,
    used: Uint8Array,
    sink: NonValueSink,
    texts: (string | null)[],
    remembered: Map<string, string | CellStateCode>,
  ): void {
    const { cells, slot, states, reader } = this;
    for (let row = from; row < to; row++) {
      if (used[row] === 0) continue;
      const raw = cells[row];
      if (this.skipBlank(raw, row, sink)) continue;
      let outcome = typeof raw === "string" ? remembered.get(raw) : undefined;
      if (outcome === undefined) {
        reader.read(raw, slot);
        outcome = slot.state === CellState.value ? slot.text : slot.state;
        if (typeof raw === "string" && slot.state !== CellState.error && remembered.size < MAX_REMEMBERED) {
          remembered.set(raw, outcome);
        }
      } else if (typeof outcome !== "string") {
        slot.state = outcome;
      }
      if (typeof outcome === "string") {
        texts[row - from] = outcome;
        states[row - from] = CellState.value;
      } else {
        sink.nonValue(this, row, slot);
      }
    }
  }

  /**
   * The value of every row of a text-like column (null where there is none), read apart from the
   * blocks: for joins that go faster over a whole column (see followup-rules.ts).
   */
  readAll(texts: (string | null)[]): void {
    const slot = newSlot();
    const end = Math.min(texts.length, this.cells.length);
    for (let row = 0; row < end; row++) {
      this.reader.read(this.cells[row], slot);
      texts[row] = slot.state === CellState.value ? slot.text : null;
    }
  }

  /** Records a row's state; `row` must be in the block being read. */
  markState(row: number, state: CellStateCode): void {
    this.states[row - this.from] = state;
  }

  /** The row's state (`CellState`); `row` must be in the block last read. */
  stateAt(row: number): number {
    return this.states[row - this.from];
  }

  textAt(row: number): string | null {
    return this.texts === null ? null : this.texts[row - this.from];
  }

  /**
   * The row's number, NaN when it has none: for rules, which compare it, so no number is boxed
   * to be returned as `number | null`.
   */
  valueAt(row: number): number {
    return this.numbers === null ? Number.NaN : this.numbers[row - this.from];
  }

  numberAt(row: number): number | null {
    if (this.numbers === null) return null;
    const value = this.numbers[row - this.from];
    // NaN marks every row without a value: parsers never produce NaN.
    return value === value ? value : null;
  }

  /** Blank or a placeholder (not unreadable); conditional rules fire on these. */
  isBlankAt(row: number): boolean {
    const state = this.states[row - this.from];
    return state === CellState.blank || state === CellState.placeholder;
  }
}
