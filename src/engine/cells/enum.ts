import { normalizeText, readCellText, upperCaseKey } from "./text";
import { failure, value, type ParseContext, type Parsed, type RawCell } from "./types";

const NOT_AN_OPTION = failure("not-an-option");

/**
 * Lookups by option list. Lists come from the configuration and live as long as it does, so
 * each is normalised once instead of once per cell.
 */
const lookups = new WeakMap<readonly string[], ReadonlyMap<string, Parsed<string>>>();

function lookupFor(options: readonly string[]): ReadonlyMap<string, Parsed<string>> {
  const cached = lookups.get(options);
  if (cached !== undefined) return cached;
  const lookup = new Map<string, Parsed<string>>();
  for (const option of options) {
    const key = upperCaseKey(normalizeText(option));
    // The first spelling listed wins when two options only differ in case or width.
    if (key !== "" && !lookup.has(key)) lookup.set(key, Object.freeze(value(option)));
  }
  lookups.set(options, lookup);
  return lookup;
}

/**
 * One of a list of options (企业规模, 跟进方式, …), compared after normalisation and without
 * regard to Latin case; the value is the option as listed. A placeholder is blank even if a
 * list happens to name it.
 */
export function parseEnum(raw: RawCell, ctx: ParseContext, options: readonly string[]): Parsed<string> {
  const text = readCellText(raw, ctx);
  if (typeof text !== "string") return text;
  return lookupFor(options).get(upperCaseKey(text)) ?? NOT_AN_OPTION;
}
