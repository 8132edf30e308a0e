import { rulesSheetRows } from "../engine/config/rulesSheet";
import type { EngineConfig } from "../engine/config/types";
import { validateConfig } from "../engine/config/validateConfig";
import type { Lang } from "../engine/labels";
import { SHEETS } from "../engine/schema/fields";
import { findSheet } from "../engine/schema/headers";
import type { OutCell, OwnedSheet, WorkbookPort } from "../workbook/port";
import { RefreshError } from "./errors";
import { languageOf } from "./pipeline";

/** Key, group, parameter, value, notes. */
const COLUMN_WIDTHS = [34, 14, 36, 26, 60];
/** Title, note, gap, header: the rows that stay in view (as `rulesSheetRows` lays them out). */
const HEADER_ROWS = 4;

/**
 * The language the rules of a workbook are written in: the rules sheet's own, else the ledger's,
 * else `fallback` (a workbook with neither, e.g. a new one).
 */
export function rulesLanguage(sheetNames: readonly string[], fallback: Lang): Lang {
  const named = findSheet(sheetNames, SHEETS.rules) ?? findSheet(sheetNames, SHEETS.ledger);
  return named === null ? fallback : languageOf(named);
}

/** The `评分规则` sheet as an owned sheet: the registry's rows, title and header styled. */
export function renderRulesSheet(config: EngineConfig, lang: Lang, name: string): OwnedSheet {
  const rows: OutCell[][] = rulesSheetRows(config, lang).map((row, index) => {
    if (index === 0) return row.map((cell) => (cell === null ? null : { value: cell, style: "title" }));
    if (index === 1) return row.map((cell) => (cell === null ? null : { value: cell, style: "note" }));
    if (index === HEADER_ROWS - 1) return row.map((cell) => ({ value: cell, style: "header" }));
    return row;
  });
  return { name, rows, columnWidths: COLUMN_WIDTHS, frozenRows: HEADER_ROWS };
}

/**
 * Writes a config as the workbook's `评分规则` sheet (creating it when missing) through the
 * port's one write: a plan with no owned columns and this one sheet. The sheet is then written
 * by the add-in like the funnel and report sheets. A config the engine would refuse is never
 * written: every later refresh would stop on it.
 */
export async function writeRulesSheet(
  port: WorkbookPort,
  config: EngineConfig,
  fallbackLang: Lang,
): Promise<{ readonly sheet: string; readonly lang: Lang }> {
  const problems = validateConfig(config);
  if (problems.length > 0) {
    throw new RefreshError("bad-rules", {
      zh: `评分规则有 ${problems.length} 处无法使用的设置,未保存:${problems[0].message.zh}`,
      en: `The scoring rules hold ${problems.length} unusable setting(s) and were not saved: ${problems[0].message.en}`,
    });
  }
  const names = await port.listSheets();
  const lang = rulesLanguage(names, fallbackLang);
  const sheet = findSheet(names, SHEETS.rules) ?? SHEETS.rules[lang];
  await port.write({ columns: null, sheets: [renderRulesSheet(config, lang, sheet)] });
  return { sheet, lang };
}
