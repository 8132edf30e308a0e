import {
  parseAmount,
  parseDate,
  parseEnum,
  parseInteger,
  parsePercent,
  parsePhone,
  parseSatisfaction,
  parseStage,
  parseText,
  readCellText,
} from "../cells";
import type { Parsed, RawCell } from "../cells/types";
import type { EngineConfig } from "../config/types";
import type { FieldDef } from "../schema/fields";
import type { ValidationContext } from "./context";

/** What a readable cell holds: text, a stage key, or a number (amount, fraction, day number, …). */
export type CellValue = string | number;

export type CellReader = (raw: RawCell) => Parsed<CellValue>;

/** The allowed values of an enumerated field; undefined when the configuration has no such list. */
export function optionsOf(field: FieldDef, config: EngineConfig): readonly string[] | undefined {
  return field.list === undefined ? undefined : config.codes.lists[field.list];
}

/**
 * For free-text fields (IDs, names, industries, enumerations without a list): reading them is
 * only the shared first step of every parser, so the text comes back as it is rather than
 * wrapped in a `Parsed` (that saves an allocation per cell, a dozen million at Excel's row
 * limit). Null for every other field.
 */
export function plainTextReader(
  field: FieldDef,
  ctx: ValidationContext,
): ((raw: RawCell) => string | Parsed<never>) | null {
  const freeText =
    field.type === "id" ||
    field.type === "text" ||
    field.type === "industry" ||
    (field.type === "enum" && optionsOf(field, ctx.config) === undefined);
  if (!freeText) return null;
  const parse = ctx.parse;
  return (raw) => readCellText(raw, parse);
}

/** The parser of a field's type, bound once per column. */
export function cellReader(field: FieldDef, ctx: ValidationContext): CellReader {
  const parse = ctx.parse;
  switch (field.type) {
    case "id":
    case "text":
    case "industry":
      return (raw) => parseText(raw, parse);
    case "enum": {
      const options = optionsOf(field, ctx.config);
      // An enumeration without a configured list is read as free text rather than rejected.
      if (options === undefined) return (raw) => parseText(raw, parse);
      return (raw) => parseEnum(raw, parse, options);
    }
    case "stage":
      return (raw) => parseStage(raw, parse);
    case "integer":
      return (raw) => parseInteger(raw, parse, { min: 0 });
    case "amount":
      return (raw) => parseAmount(raw, parse);
    case "percent":
      return (raw) => parsePercent(raw, parse);
    case "date":
      return (raw) => parseDate(raw, parse, { allowTime: false });
    case "datetime":
      return (raw) => parseDate(raw, parse, { allowTime: true });
    case "phone":
      return (raw) => parsePhone(raw, parse);
    case "satisfaction":
      return (raw) => parseSatisfaction(raw, parse);
  }
}
