export { buildTemplate, FOLLOWUP_TABLE, LEDGER_TABLE, type TemplateOptions } from "./buildTemplate";
export { SAMPLE_AS_OF, DEFAULT_SAMPLE_SEED, generateSample } from "./sample";
export type { TemplateLang } from "./lang";
