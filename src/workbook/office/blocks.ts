import { isSizeError } from "./officeErrors";

export interface BlockJob {
  /** Items (rows, charts, rules) to get through. */
  readonly total: number;
  /** How many items from `start` fit one request, by estimate (at least 1). */
  readonly sizeAt: (start: number) => number;
  /** Queues the commands for items [start, end); returns what to do once they have synced. */
  readonly queue: (start: number, end: number) => () => void;
  /** Called after each block with the number of items done. */
  readonly onProgress?: (done: number) => void;
  /**
   * Called when a block fails for a reason other than its size; true sends the block again (the
   * job has changed how it queues), false lets the error through.
   */
  readonly retry?: (error: unknown) => boolean;
}

/**
 * The one place the adapter syncs repeatedly: one request per block of items, never per item.
 * When Excel refuses a request for its size, the block is halved and sent again (each block only
 * sets values and formats, so a retry is harmless); halving stops at one item.
 */
export async function runBlocks(context: Excel.RequestContext, job: BlockJob): Promise<void> {
  let start = 0;
  let ceiling = Number.POSITIVE_INFINITY;
  while (start < job.total) {
    const size = Math.max(1, Math.min(job.total - start, job.sizeAt(start), ceiling));
    const afterSync = job.queue(start, start + size);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of rows, the documented way to stay under Excel's payload limits
      await context.sync();
    } catch (error) {
      if (!isSizeError(error)) {
        if (job.retry?.(error)) continue;
        throw error;
      }
      if (size === 1) throw error;
      ceiling = Math.ceil(size / 2);
      continue;
    }
    afterSync();
    start += size;
    job.onProgress?.(start);
  }
}
