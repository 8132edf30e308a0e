import { WorkbookModel } from "../model/workbookModel";
import { DoubleRequestContext, type Operation, type Outcome } from "./context";
import { ErrorCodes, invalidArgument, officeError, type DoubleOfficeError } from "./errors";
import { jsonBytes, MEGABYTE } from "./payload";

export type Platform = "OfficeOnline" | "PC" | "Mac";

export interface HostConfig {
  /** Payload limits apply to Excel on the web only, as documented; the cell limit everywhere. */
  readonly platform: Platform;
  /** Requirement sets and the highest version the host supports, e.g. ExcelApi → 1.20. */
  readonly apiSets: ReadonlyMap<string, string>;
  readonly displayLanguage: string;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly maxCells: number;
  /** Chart types this host refuses at `charts.add` (besides those its API sets lack). */
  readonly refusedChartTypes: ReadonlySet<string>;
}

export const DEFAULT_CONFIG: HostConfig = {
  platform: "OfficeOnline",
  apiSets: new Map([["ExcelApi", "1.20"]]),
  displayLanguage: "zh-CN",
  maxRequestBytes: 5 * MEGABYTE,
  maxResponseBytes: 5 * MEGABYTE,
  maxCells: 5_000_000,
  refusedChartTypes: new Set(),
};

/** What the double saw of one `context.sync()`. */
export interface SyncRecord {
  readonly index: number;
  readonly operations: number;
  requestBytes: number;
  responseBytes: number;
  cells: number;
  readonly writes: boolean;
  /** "ok", or the error code the sync failed with. */
  outcome: string;
}

export type InjectedFailure = "payload" | "response" | "cells" | "cellEdit" | "generic";

export interface Metrics {
  rangesCreated: number;
  /** Ranges released with `untrack()` (or `trackedObjects.remove`). */
  rangesUntracked: number;
  /** Syncs `Excel.run` made by itself because commands were left queued at the end. */
  implicitSyncs: number;
  /** Undo records the user would see: one per merged `Excel.run`, else one per writing sync. */
  undoRecords: number;
  /** Batches held back until the user left cell-edit mode (`delayForCellEdit: true`). */
  delayedForCellEdit: number;
  calculationSuspensions: number;
}

export type SyncHook = (syncIndex: number, model: WorkbookModel) => void;

/** Runs batches against the model with Excel's limits, and keeps count of what happened. */
export class ExcelHost {
  readonly syncs: SyncRecord[] = [];
  readonly metrics: Metrics = {
    rangesCreated: 0,
    rangesUntracked: 0,
    implicitSyncs: 0,
    undoRecords: 0,
    delayedForCellEdit: 0,
    calculationSuspensions: 0,
  };
  /** True while the user is typing in a cell. */
  cellEditMode = false;
  private readonly failures = new Map<number, { kind: InjectedFailure; applyFirst: number }>();
  private readonly hooks: SyncHook[] = [];

  constructor(
    readonly model: WorkbookModel,
    public config: HostConfig,
  ) {}

  isSetSupported(name: string, version = "1.1"): boolean {
    const highest = this.config.apiSets.get(name);
    return highest !== undefined && compareVersions(highest, version) >= 0;
  }

  /** Sync number `index` (1-based, counted over the host's life) fails; `applyFirst` commands land first. */
  failAtSync(index: number, kind: InjectedFailure, applyFirst = 0): void {
    this.failures.set(index, { kind, applyFirst });
  }

  /** Runs before every sync reaches the workbook: "the user changed something meanwhile". */
  beforeSync(hook: SyncHook): void {
    this.hooks.push(hook);
  }

  async run<T>(first: unknown, second?: (context: DoubleRequestContext) => Promise<T>): Promise<T> {
    const batch =
      typeof first === "function" ? (first as (context: DoubleRequestContext) => Promise<T>) : second;
    if (typeof batch !== "function") throw invalidArgument("Excel.run needs a batch function");
    const options = typeof first === "object" && first !== null ? (first as Record<string, unknown>) : {};
    const merge = options.mergeUndoGroup === true && this.isSetSupported("ExcelApi", "1.20");
    const context = new DoubleRequestContext(this, options.delayForCellEdit === true, merge);
    try {
      const result = await batch(context);
      if (context.pendingCount > 0) {
        this.metrics.implicitSyncs += 1;
        await context.sync();
      }
      return result;
    } finally {
      if (context.wroteInUndoGroup) this.metrics.undoRecords += 1;
      context.close();
    }
  }

  execute(context: DoubleRequestContext, operations: readonly Operation[]): void {
    const record: SyncRecord = {
      index: this.syncs.length + 1,
      operations: operations.length,
      requestBytes: 0,
      responseBytes: 0,
      cells: 0,
      writes: operations.some((operation) => operation.writes),
      outcome: "ok",
    };
    this.syncs.push(record);
    try {
      for (const hook of this.hooks) hook(record.index, this.model);
      this.waitForCellEdit(context);
      record.requestBytes = jsonBytes(operations.map((operation) => operation.statement));
      const failure = this.failures.get(record.index);
      if (failure) {
        context.executing = true;
        operations.slice(0, failure.applyFirst).forEach((operation) => operation.run());
        throw injectedError(failure.kind);
      }
      const limited = this.config.platform === "OfficeOnline";
      if (limited && record.requestBytes > this.config.maxRequestBytes)
        throw payloadError("request", record.requestBytes);
      if (context.mergeUndoGroup && operations.some((operation) => !operation.undoable)) {
        throw officeError(
          ErrorCodes.undoNotSupported,
          "A command in this batch cannot be undone, so it cannot join the undo group.",
        );
      }
      // Commands run in order; one that fails stops the batch, and those before it stay applied.
      context.executing = true;
      const outcomes: Outcome[] = operations.map((operation) => operation.run());
      context.executing = false;
      record.cells = outcomes.reduce((sum, outcome) => sum + outcome.cells, 0);
      record.responseBytes = jsonBytes(outcomes.map((outcome) => outcome.data));
      if (limited && record.responseBytes > this.config.maxResponseBytes)
        throw payloadError("response", record.responseBytes);
      outcomes.forEach((outcome) => outcome.commit());
      if (record.writes && context.mergeUndoGroup) context.wroteInUndoGroup = true;
      else if (record.writes) this.metrics.undoRecords += 1;
    } catch (error) {
      context.executing = false;
      record.outcome = (error as DoubleOfficeError).code ?? "Error";
      throw error;
    }
  }

  private waitForCellEdit(context: DoubleRequestContext): void {
    if (!this.cellEditMode) return;
    if (!context.delayForCellEdit) {
      throw officeError(
        ErrorCodes.invalidOperationInCellEditMode,
        "Excel is in cell-edit mode; finish editing the cell and try again.",
      );
    }
    // delayForCellEdit: the batch waits until the user leaves the cell, then runs.
    this.metrics.delayedForCellEdit += 1;
    this.cellEditMode = false;
  }
}

function payloadError(kind: "request" | "response", bytes: number): DoubleOfficeError {
  const code =
    kind === "request"
      ? ErrorCodes.requestPayloadSizeLimitExceeded
      : ErrorCodes.responsePayloadSizeLimitExceeded;
  return officeError(code, `The ${kind} payload is ${bytes} bytes; Excel on the web accepts at most 5 MB.`);
}

function injectedError(kind: InjectedFailure): DoubleOfficeError {
  switch (kind) {
    case "payload":
      return payloadError("request", 5 * MEGABYTE + 1);
    case "response":
      return payloadError("response", 5 * MEGABYTE + 1);
    case "cells":
      return officeError(
        ErrorCodes.rangeExceedsLimit,
        "The range holds more cells than Excel reads at once.",
      );
    case "cellEdit":
      return officeError(
        ErrorCodes.invalidOperationInCellEditMode,
        "Excel is in cell-edit mode; finish editing the cell and try again.",
      );
    case "generic":
      return officeError(
        ErrorCodes.generalException,
        "There was an internal error while processing the request.",
      );
  }
}

export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

export function newHost(config: Partial<HostConfig> = {}): ExcelHost {
  return new ExcelHost(new WorkbookModel(), { ...DEFAULT_CONFIG, ...config });
}
