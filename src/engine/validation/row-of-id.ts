/**
 * Each customer ID's first ledger data row (`CustomerRecord.index`). Validation builds it while
 * checking IDs and hands it to the follow-up check, so a million IDs are indexed once; a `Map`
 * fits too, for callers that build their own.
 */
export interface RowOfId {
  get(id: string): number | undefined;
  /**
   * `get` for every ID of a column at once (-1: blank or unknown), in whatever order is quickest
   * (see `StringIndex.findAll`). Absent on a `Map`.
   */
  rowsOf?(ids: readonly (string | null)[]): Int32Array;
}
