import type { Finding } from "../engine/validation/finding";

export type RefreshErrorCode =
  | "no-ledger" // no sheet named 客户台账 / Customers (or an alias)
  | "no-header" // the ledger has no recognisable header row in its first 10 rows
  | "bad-rules" // 评分规则 / 代码表 hold values that cannot be used
  | "owned-conflict" // a user column carries an owned header, or the block would cover user data
  | "workbook-changed" // the ledger changed between reading and writing
  | "cancelled";

/**
 * A refresh that cannot go on, with a one-line reason in both languages. Nothing has been written
 * when one of these is thrown.
 */
export class RefreshError extends Error {
  constructor(
    readonly code: RefreshErrorCode,
    readonly reason: { readonly zh: string; readonly en: string },
    readonly findings: readonly Finding[] = [],
  ) {
    super(reason.en);
    this.name = "RefreshError";
  }
}
