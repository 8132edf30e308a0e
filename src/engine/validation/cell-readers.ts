import { parseEnum, parseStage } from "../cells";
import { readDateInto } from "../cells/read-date";
import { readAmountInto, readCountInto, readPercentInto, readSatisfactionInto } from "../cells/read-numbers";
import { readPhoneInto } from "../cells/read-phone";
import { setParsedText, type CellSlot } from "../cells/slot";
import { readTextInto } from "../cells/text";
import type { RawCell } from "../cells/types";
import type { EngineConfig } from "../config/types";
import type { FieldDef } from "../schema/fields";
import type { ValidationContext } from "./context";

/**
 * What a column's values are: `number`s, `text`, or a `choice` among the few values the column
 * can take (options, stage keys), where each distinct cell text need be read only once.
 */
export type ColumnKind = "number" | "text" | "choice";

/** A field's parser, bound once per column, writing each cell's outcome into a reused slot. */
export interface ColumnReader {
  readonly kind: ColumnKind;
  readonly read: (raw: RawCell, slot: CellSlot) => void;
}

/** The allowed values of an enumerated field; undefined when the configuration has no such list. */
export function optionsOf(field: FieldDef, config: EngineConfig): readonly string[] | undefined {
  return field.list === undefined ? undefined : config.codes.lists[field.list];
}

/** The reader of a field's type: the same outcome as the field's `parse…` function (SPEC 3). */
export function columnReader(field: FieldDef, ctx: ValidationContext): ColumnReader {
  const parse = ctx.parse;
  switch (field.type) {
    case "id":
    case "text":
    case "industry":
      return { kind: "text", read: (raw, slot) => readTextInto(raw, parse, slot) };
    case "enum": {
      const options = optionsOf(field, ctx.config);
      // An enumeration without a configured list is read as free text rather than rejected.
      if (options === undefined) return { kind: "text", read: (raw, slot) => readTextInto(raw, parse, slot) };
      return { kind: "choice", read: (raw, slot) => setParsedText(slot, parseEnum(raw, parse, options)) };
    }
    case "stage":
      return { kind: "choice", read: (raw, slot) => setParsedText(slot, parseStage(raw, parse)) };
    case "integer":
      return { kind: "number", read: (raw, slot) => readCountInto(raw, parse, slot) };
    case "amount":
      return { kind: "number", read: (raw, slot) => readAmountInto(raw, parse, slot) };
    case "percent":
      return { kind: "number", read: (raw, slot) => readPercentInto(raw, parse, slot) };
    case "date":
      return { kind: "number", read: (raw, slot) => readDateInto(raw, parse, false, slot) };
    case "datetime":
      return { kind: "number", read: (raw, slot) => readDateInto(raw, parse, true, slot) };
    case "phone":
      return { kind: "text", read: (raw, slot) => readPhoneInto(raw, parse, slot) };
    case "satisfaction":
      return { kind: "number", read: (raw, slot) => readSatisfactionInto(raw, parse, slot) };
  }
}
