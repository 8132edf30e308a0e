/**
 * A faithful in-memory stand-in for Excel behind the globals `Excel`, `Office` and
 * `OfficeExtension`: proxies that must be loaded and synced, queued writes applied in order at
 * sync, Excel on the web's payload and cell limits, injected failures, and counts of every sync.
 */
export { installExcelDouble, type DoubleOptions, type ExcelDouble } from "./install";
export { seedFromPort } from "./seed";
export { DoubleOfficeError, ErrorCodes } from "./core/errors";
export type { InjectedFailure, SyncRecord, Metrics } from "./core/host";
export { WorkbookModel } from "./model/workbookModel";
export type { SheetModel, SeedCell, CellSnapshot } from "./model/sheetModel";
export { parseRange, formatRange, cellName, type Rect } from "./model/address";
