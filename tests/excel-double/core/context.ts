import { WorkbookProxy } from "../api/workbook";
import type { WorkbookModel } from "../model/workbookModel";
import { ErrorCodes, officeError } from "./errors";
import type { ExcelHost } from "./host";
import type { ProxyNode } from "./proxy";

/** What one queued command did at sync: data for the response, cells touched, and what to keep. */
export interface Outcome {
  readonly data: unknown;
  readonly cells: number;
  /** Makes loaded values readable; called only when the whole batch succeeded. */
  readonly commit: () => void;
}

export interface Operation {
  /** The command as it would travel to Excel (serialised to measure the request). */
  readonly statement: Readonly<Record<string, unknown>>;
  readonly writes: boolean;
  readonly undoable: boolean;
  readonly run: () => Outcome;
}

/**
 * The double's `Excel.RequestContext`: commands queue here and travel to the host in one batch
 * per `sync()`. A context dies with its `Excel.run`; using it afterwards fails as in office-js.
 */
export class DoubleRequestContext {
  readonly workbook: WorkbookProxy;
  /** office-js's tracked-object list; `remove` is what `untrack()` calls. */
  readonly trackedObjects = {
    add: (_object: ProxyNode): void => undefined,
    remove: (object: ProxyNode): void => this.untrack(object),
  };
  /** Set when a sync inside a merged undo group wrote something. */
  wroteInUndoGroup = false;
  /** True while the host runs this context's batch. */
  executing = false;
  private queue: Operation[] = [];
  /** Work the host does before running the next batch (parsing an inserted file). */
  private preparing: Promise<void>[] = [];
  private closed = false;

  constructor(
    readonly host: ExcelHost,
    readonly delayForCellEdit: boolean,
    readonly mergeUndoGroup: boolean,
  ) {
    this.workbook = new WorkbookProxy(this);
  }

  get application(): WorkbookProxy["application"] {
    return this.workbook.application;
  }

  get model(): WorkbookModel {
    return this.host.model;
  }

  get pendingCount(): number {
    return this.queue.length;
  }

  enqueue(operation: Operation): void {
    if (this.closed) {
      throw officeError(
        ErrorCodes.invalidRequestContext,
        "This object belongs to an Excel.run that has finished.",
      );
    }
    this.queue.push(operation);
  }

  async sync(): Promise<void> {
    if (this.closed)
      throw officeError(ErrorCodes.invalidRequestContext, "sync() after the Excel.run finished.");
    const batch = this.queue;
    this.queue = [];
    const preparing = this.preparing;
    this.preparing = [];
    // The real round trip is asynchronous: let other work interleave as it would.
    await Promise.resolve();
    if (preparing.length > 0) await Promise.all(preparing);
    this.host.execute(this, batch);
  }

  /** Holds the next sync until `work` settles; `work` must not reject. */
  prepare(work: Promise<void>): void {
    this.preparing.push(work);
  }

  /** Rejects a read or write of more cells than Excel allows in one range. */
  checkCells(cells: number, where: string): number {
    if (cells > this.host.config.maxCells) {
      throw officeError(
        ErrorCodes.rangeExceedsLimit,
        `The range holds ${cells} cells; Excel reads or writes at most ${this.host.config.maxCells} at once.`,
        where,
      );
    }
    return cells;
  }

  /**
   * office.js always has the newest methods; a host without the requirement set answers
   * ApiNotFound when the command arrives.
   */
  requireApi(version: string | undefined, where: string): void {
    if (version === undefined || this.host.isSetSupported("ExcelApi", version)) return;
    throw officeError(
      ErrorCodes.apiNotFound,
      `This Excel does not have ExcelApi ${version}, which ${where} needs.`,
      where,
    );
  }

  /** Ranges are what add-ins make by the thousand; the double counts them and their release. */
  track(object: ProxyNode): void {
    if (object.typeName === "Range") this.host.metrics.rangesCreated += 1;
  }

  untrack(object: ProxyNode): void {
    if (object.typeName === "Range") this.host.metrics.rangesUntracked += 1;
  }

  close(): void {
    this.queue = [];
    this.closed = true;
  }
}
