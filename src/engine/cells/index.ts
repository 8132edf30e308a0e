/** Cell parsing (SPEC 3): every rule reads cells through these functions. */
export * from "./types";
export * from "./calendar";
export { EXCEL_ERROR, EXCEL_ERROR_CODES, isExcelErrorCode, type ExcelErrorCode } from "./errors";
export {
  displayValue,
  isPlaceholder,
  makeParseContext,
  normalizeText,
  numberToText,
  parseText,
  readCellText,
  upperCaseKey,
} from "./text";
export { formatGeneral } from "./general-format";
export { formatAmount, parseAmount } from "./amount";
export { parsePercent } from "./percent";
export { formatDate, parseDate, type DateOptions } from "./date";
export { dateFromText } from "./date-text";
export {
  LAST_EXCEL_DAY,
  SECONDS_PER_DAY,
  dayFromSerial,
  serialFromDay,
  splitDayTime,
  withTimeOfDay,
  type DayAndTime,
} from "./serial";
export { SATISFACTION_SCALE, parseInteger, parseSatisfaction, type NumberRange } from "./number";
export { parseEnum } from "./enum";
export { STAGE_SHORT_FORMS, parseStage } from "./stage";
export { parsePhone } from "./phone";
