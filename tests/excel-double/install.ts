import type { DoubleRequestContext } from "./core/context";
import { DoubleOfficeError, ErrorCodes } from "./core/errors";
import {
  DEFAULT_CONFIG,
  ExcelHost,
  type HostConfig,
  type InjectedFailure,
  type Metrics,
  type SyncHook,
  type SyncRecord,
} from "./core/host";
import { DoubleClientResult } from "./core/proxy";
import { WorkbookModel } from "./model/workbookModel";
import { officeNamespace } from "./office";

export interface DoubleOptions {
  /** Highest ExcelApi version the host supports (default 1.20), or every set and its version. */
  readonly excelApi?: string;
  readonly apiSets?: Readonly<Record<string, string>>;
  readonly platform?: HostConfig["platform"];
  readonly displayLanguage?: string;
  readonly date1904?: boolean;
  readonly maxRequestBytes?: number;
  readonly maxResponseBytes?: number;
  readonly maxCells?: number;
  /** Chart types `charts.add` refuses on this host, e.g. ["Funnel"]. */
  readonly refusedChartTypes?: readonly string[];
}

/** A running double: the workbook to seed and inspect, and what the add-in's syncs looked like. */
export interface ExcelDouble {
  readonly model: WorkbookModel;
  readonly host: ExcelHost;
  readonly syncs: readonly SyncRecord[];
  readonly metrics: Metrics;
  failAtSync(index: number, kind: InjectedFailure, applyFirst?: number): void;
  beforeSync(hook: SyncHook): void;
  /** The user is typing in a cell: batches fail unless run with `delayForCellEdit`. */
  setCellEditMode(on: boolean): void;
  uninstall(): void;
}

const GLOBALS = ["Excel", "Office", "OfficeExtension"] as const;

const enums = {
  ChartType: {
    columnClustered: "ColumnClustered",
    barClustered: "BarClustered",
    line: "Line",
    lineMarkers: "LineMarkers",
    pie: "Pie",
    doughnut: "Doughnut",
    funnel: "Funnel",
  },
  WorksheetPositionType: {
    none: "None",
    before: "Before",
    after: "After",
    beginning: "Beginning",
    end: "End",
  },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  ConditionalFormatType: {
    custom: "Custom",
    dataBar: "DataBar",
    colorScale: "ColorScale",
    iconSet: "IconSet",
    cellValue: "CellValue",
  },
  ClearApplyTo: {
    all: "All",
    formats: "Formats",
    contents: "Contents",
    hyperlinks: "Hyperlinks",
    removeHyperlinks: "RemoveHyperlinks",
  },
  RangeValueType: {
    unknown: "Unknown",
    empty: "Empty",
    string: "String",
    integer: "Integer",
    double: "Double",
    boolean: "Boolean",
    error: "Error",
    richValue: "RichValue",
  },
  BorderIndex: { edgeBottom: "EdgeBottom", edgeTop: "EdgeTop", edgeLeft: "EdgeLeft", edgeRight: "EdgeRight" },
  BorderLineStyle: { none: "None", continuous: "Continuous" },
  ErrorCodes,
};

/**
 * Installs the double as the globals `Excel`, `Office` and `OfficeExtension`, so add-in code
 * runs unmodified. Call `uninstall()` after the test.
 */
export function installExcelDouble(options: DoubleOptions = {}): ExcelDouble {
  const model = new WorkbookModel();
  model.date1904 = options.date1904 ?? false;
  const apiSets = new Map(Object.entries(options.apiSets ?? { ExcelApi: options.excelApi ?? "1.20" }));
  const host = new ExcelHost(model, {
    ...DEFAULT_CONFIG,
    apiSets,
    platform: options.platform ?? DEFAULT_CONFIG.platform,
    displayLanguage: options.displayLanguage ?? DEFAULT_CONFIG.displayLanguage,
    maxRequestBytes: options.maxRequestBytes ?? DEFAULT_CONFIG.maxRequestBytes,
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_CONFIG.maxResponseBytes,
    maxCells: options.maxCells ?? DEFAULT_CONFIG.maxCells,
    refusedChartTypes: new Set(options.refusedChartTypes ?? []),
  });
  const previous = GLOBALS.map((name) => Object.getOwnPropertyDescriptor(globalThis, name));
  const define = (name: string, value: unknown) =>
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true, enumerable: false });
  define("Excel", {
    ...enums,
    run: (first: unknown, second?: (context: DoubleRequestContext) => Promise<unknown>) =>
      host.run(first, second),
  });
  define("Office", officeNamespace(host));
  define("OfficeExtension", { Error: DoubleOfficeError, ErrorCodes, ClientResult: DoubleClientResult });
  return {
    model,
    host,
    get syncs() {
      return host.syncs;
    },
    get metrics() {
      return host.metrics;
    },
    failAtSync: (index, kind, applyFirst) => host.failAtSync(index, kind, applyFirst),
    beforeSync: (hook) => host.beforeSync(hook),
    setCellEditMode: (on) => {
      host.cellEditMode = on;
    },
    uninstall: () =>
      GLOBALS.forEach((name, i) => {
        const descriptor = previous[i];
        if (descriptor) Object.defineProperty(globalThis, name, descriptor);
        else Reflect.deleteProperty(globalThis, name);
      }),
  };
}
