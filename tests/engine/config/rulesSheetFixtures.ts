/** A `评分规则` sheet as rows, and ways to edit and read it, shared by the rules sheet tests. */
import type { RawCell } from "../../../src/engine/cells/types";
import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import { configFromRulesSheet, rulesSheetRows } from "../../../src/engine/config/rulesSheet";
import type { EngineConfig } from "../../../src/engine/config/types";

export type Rows = RawCell[][];

export const SHEET = "评分规则";
export const HEADER_INDEX = 3;
export const VALUE = 3;

export function sheet(config: EngineConfig = DEFAULT_CONFIG, lang: "zh" | "en" = "zh"): Rows {
  return rulesSheetRows(config, lang);
}

export function indexOfKey(rows: Rows, key: string): number {
  const index = rows.findIndex((row) => row[0] === key);
  if (index < 0) throw new Error(`no row ${key}`);
  return index;
}

/** The sheet with the value cells of some keys replaced. */
export function withValues(values: Readonly<Record<string, RawCell>>, rows: Rows = sheet()): Rows {
  return rows.map((row) => {
    const key = row[0];
    if (typeof key !== "string" || !(key in values)) return row;
    const copy = [...row];
    copy[VALUE] = values[key];
    return copy;
  });
}

export function read(rows: Rows, base: EngineConfig = DEFAULT_CONFIG) {
  return configFromRulesSheet(rows, SHEET, base);
}
