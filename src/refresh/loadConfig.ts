import { codesFromSheet } from "../engine/config/codesSheet";
import { defaultConfigFor } from "../engine/config/defaults";
import { configFromRulesSheet } from "../engine/config/rulesSheet";
import type { EngineConfig } from "../engine/config/types";
import { SHEETS } from "../engine/schema/fields";
import { findSheet } from "../engine/schema/headers";
import type { Finding } from "../engine/validation/finding";
import type { Lang } from "../engine/labels";
import type { WorkbookPort } from "../workbook/port";
import { readWholeSheet } from "./readTables";

/**
 * The configuration in force: defaults, then `评分规则`, then `代码表`. A missing sheet means
 * defaults; findings of severity error mean the refresh must stop before writing.
 */
export async function loadConfig(
  port: WorkbookPort,
  sheetNames: readonly string[],
  lang: Lang,
): Promise<{ config: EngineConfig; findings: Finding[] }> {
  let config = defaultConfigFor(lang);
  const findings: Finding[] = [];
  const rulesName = findSheet(sheetNames, SHEETS.rules);
  if (rulesName !== null) {
    const rules = configFromRulesSheet(await readWholeSheet(port, rulesName), rulesName, config);
    config = rules.config;
    findings.push(...rules.findings);
  }
  const codesName = findSheet(sheetNames, SHEETS.codes);
  if (codesName !== null) {
    const codes = codesFromSheet(await readWholeSheet(port, codesName), codesName, config.codes);
    config = { ...config, codes: codes.codes };
    findings.push(...codes.findings);
  }
  return { config, findings };
}
