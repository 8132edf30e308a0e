import type { Bilingual } from "../labels";
import { formatPath } from "./configPath";
import { checkConfig } from "./configSchema";
import { issueMessage } from "./configIssues";
import { parameterByKey } from "./parameters";
import type { EngineConfig } from "./types";

export interface ConfigProblem {
  /** The parameter's key (`opportunity.weights.amount`), or the config path when no parameter covers it (codes). */
  readonly path: string;
  readonly message: Bilingual;
}

/**
 * The checks the `评分规则` and `代码表` sheets go through, for a form that edits the config
 * directly. An empty list means the config is ready for the engine.
 */
export function validateConfig(config: EngineConfig): ConfigProblem[] {
  return checkConfig(config).map((found) => ({
    path: found.keys[0] ?? formatPath(found.path),
    message: issueMessage(found, parameterByKey),
  }));
}
