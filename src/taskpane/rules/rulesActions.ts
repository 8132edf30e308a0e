import { defaultConfigFor } from "../../engine/config/defaults";
import type { EngineConfig } from "../../engine/config/types";
import type { Lang } from "../../engine/labels";
import { SHEETS } from "../../engine/schema/fields";
import { findSheet } from "../../engine/schema/headers";
import type { Finding } from "../../engine/validation/finding";
import type { PaneHost } from "../host";
import type { Pipeline } from "../loadPipeline";

export interface LoadedRules {
  /** The rules in force (the sheet's, on top of the defaults). */
  readonly config: EngineConfig;
  readonly defaults: EngineConfig;
  /** The language the rules sheet is (or will be) written in. */
  readonly lang: Lang;
  /** The sheet a save writes: the workbook's rules sheet, or the one it will create. */
  readonly sheet: string;
  /** What the workbook's rules sheet holds that cannot be used. */
  readonly findings: readonly Finding[];
}

export interface RulesActions {
  load(): Promise<LoadedRules>;
  save(config: EngineConfig): Promise<{ readonly sheet: string }>;
}

/** Reads and writes the `评分规则` sheet through the port, with the pipeline's own code. */
export function createRulesActions(
  host: Pick<PaneHost, "withWorkbook">,
  paneLang: () => Lang,
  loadPipeline: () => Promise<Pipeline>,
): RulesActions {
  return {
    async load() {
      const pipeline = await loadPipeline();
      return host.withWorkbook(async (port) => {
        const names = await port.listSheets();
        const lang = pipeline.rulesLanguage(names, paneLang());
        const existing = findSheet(names, SHEETS.rules);
        const { config, findings } = await pipeline.loadConfig(port, names, lang);
        return {
          config,
          defaults: defaultConfigFor(lang),
          lang,
          sheet: existing ?? SHEETS.rules[lang],
          findings: findings.filter((finding) => finding.sheet === existing),
        };
      });
    },
    async save(config) {
      const pipeline = await loadPipeline();
      return host.withWorkbook((port) => pipeline.writeRulesSheet(port, config, paneLang()));
    },
  };
}
