import type { FieldDef } from "../schema/fields";
import type { FindingLog } from "./finding-log";
import type { MessageParams, RuleCode } from "./messages";
import { CellState } from "./read-columns";
import type { BlockColumns } from "./read-columns";
import { RULE_SEVERITY } from "./rules";
import type { FixedSeverityRule } from "./rules";
import { missingColumnFinding } from "./sheet-findings";

/** Rules that say "this field must be filled when …", all with blank-cell messages. */
export type RequiredWhenRule = {
  [R in RuleCode]: MessageParams[R] extends { readonly placeholder: boolean }
    ? Extract<R, FixedSeverityRule>
    : never;
}[RuleCode];

/** The rows of one block of a sheet being validated (see read-columns.ts), and where to report. */
export interface RowScope {
  readonly fields: readonly FieldDef[];
  readonly columns: BlockColumns;
  /** Every row of the sheet: 1 when in use. */
  readonly used: Uint8Array;
  readonly log: FindingLog;
  /** The block: rows [from, to). */
  readonly from: number;
  readonly to: number;
  /** Conditional rules in the order first checked, and whether a row needed an absent column. */
  readonly conditional: Map<string, { readonly rule: RequiredWhenRule; needed: boolean }>;
}

/**
 * Reports `rule` on each used row of the block where `applies` holds and the field is blank or a
 * placeholder; such a row is incomplete. When the field's column is absent and some row needs it,
 * `reportAbsentColumns` adds one missing-column finding for the sheet instead.
 */
export function requireWhen(
  scope: RowScope,
  key: string,
  rule: RequiredWhenRule,
  applies: (row: number) => boolean,
): void {
  const { columns, used, log, from, to } = scope;
  let conditional = scope.conditional.get(key);
  if (conditional === undefined) {
    conditional = { rule, needed: false };
    scope.conditional.set(key, conditional);
  }
  const column = columns.get(key);
  for (let row = from; row < to; row++) {
    if (used[row] === 0 || !applies(row)) continue;
    if (column === undefined) {
      conditional.needed = true;
      return;
    }
    if (!column.isBlankAt(row)) continue;
    log.blankCell(column, row, rule, column.stateAt(row) === CellState.placeholder);
    log.incomplete[row] = 1;
  }
}

/**
 * One sheet-level finding per column some row needed but the sheet does not have, in the order
 * the rules run (as if each rule had gone through the whole sheet in turn).
 */
export function reportAbsentColumns(scope: Pick<RowScope, "fields" | "log" | "conditional">): void {
  for (const [key, { rule, needed }] of scope.conditional) {
    const field = needed ? scope.fields.find((candidate) => candidate.key === key) : undefined;
    if (field === undefined) continue;
    scope.log.addSheetFinding(missingColumnFinding(scope.log.table.sheet, field, RULE_SEVERITY[rule], true));
  }
}
