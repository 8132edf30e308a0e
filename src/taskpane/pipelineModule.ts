/**
 * Everything the pane runs that is heavy (the engine, the pipeline, the config schema): one
 * chunk, loaded after the first screen is up so the pane opens fast.
 */
export { runRefresh } from "../refresh/pipeline";
export { loadConfig } from "../refresh/loadConfig";
export { rulesLanguage, writeRulesSheet } from "../refresh/writeRulesSheet";
export { resultOf } from "./state/result";
