export { openXlsx, XlsxWorkbook, type OpenOptions } from "./workbook";
export { XlsxError, type XlsxErrorCode } from "./errors";
