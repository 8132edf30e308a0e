export { OfficeWorkbook, type OfficeWorkbookOptions } from "./officeWorkbook";
export {
  refreshInExcel,
  applyHighlightsInExcel,
  clearHighlightsInExcel,
  UnsupportedHostError,
  type OfficeRefreshOutcome,
} from "./runInExcel";
export {
  capabilities,
  REQUIRED_VERSION,
  type HostCapabilities,
  type Notice,
  type Feature,
} from "./capabilities";
export { describeOfficeError, officeErrorCode, isSizeError } from "./officeErrors";
export { DEFAULT_LIMITS, type RequestLimits } from "./limits";
