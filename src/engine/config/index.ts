/** Configuration (SPEC 1.3, 4–8): defaults, the parameter registry and the two configuration sheets. */
export * from "./types";
export * from "./defaults";
export * from "./stages";
export type {
  ChoiceOption,
  ParamGroup,
  ParamKind,
  ParamKindType,
  ParamValue,
  Parameter,
  ParameterSpec,
} from "./parameterTypes";
export type { PathStep } from "./configPath";
export { PARAMETERS, PARAM_GROUP_LABELS, parameterByKey, parametersInGroup } from "./parameters";
export { PRIORITY_BAND_COUNTS } from "./parameterDefs/priority";
export { CUT_POINT_COUNT, SEGMENT_KEYS } from "./parameterDefs/segments";
export { formatParamCell, formatParamValue, type SheetCell } from "./paramFormat";
export { readParamCell, type ParamRead } from "./paramParse";
export { checkConfig, engineConfigSchema } from "./configSchema";
export type { ConfigIssue } from "./configIssues";
export { validateConfig, type ConfigProblem } from "./validateConfig";
export { configFromRulesSheet, rulesSheetRows } from "./rulesSheet";
export { codesFromSheet, codesSheetRows } from "./codesSheet";
export {
  CODE_HEADER,
  CODE_PATTERN,
  CODE_TABLES,
  LISTS_TITLE,
  listDisplayName,
  type CodeTableDef,
  type CodeTableKey,
} from "./codeTables";
