import type { FieldDef } from "../schema/fields";
import type { FindingLog } from "./finding-log";
import type { MessageParams, RuleCode } from "./messages";
import { CellState, isBlankAt } from "./read-columns";
import type { ReadColumns } from "./read-columns";
import { RULE_SEVERITY } from "./rules";
import type { FixedSeverityRule } from "./rules";
import { missingColumnFinding } from "./sheet-findings";

/** Rules that say "this field must be filled when …", all with blank-cell messages. */
export type RequiredWhenRule = {
  [R in RuleCode]: MessageParams[R] extends { readonly placeholder: boolean }
    ? Extract<R, FixedSeverityRule>
    : never;
}[RuleCode];

export interface RowScope {
  readonly fields: readonly FieldDef[];
  readonly columns: ReadColumns;
  readonly used: Uint8Array;
  readonly log: FindingLog;
}

/** One sheet-level finding for a column that some row needs but the sheet does not have. */
function reportAbsentColumn(scope: RowScope, key: string, rule: RequiredWhenRule): void {
  const field = scope.fields.find((candidate) => candidate.key === key);
  if (field === undefined) return;
  scope.log.addSheetFinding(missingColumnFinding(scope.log.table.sheet, field, RULE_SEVERITY[rule], true));
}

/**
 * Reports `rule` on each used row where `applies` holds and the field is blank or a
 * placeholder; such a row is incomplete. When the field's column is absent and some row needs
 * it, the sheet gets one missing-column finding instead.
 */
export function requireWhen(
  scope: RowScope,
  key: string,
  rule: RequiredWhenRule,
  applies: (row: number) => boolean,
): void {
  const { columns, used, log } = scope;
  const column = columns.get(key);
  for (let row = 0; row < used.length; row++) {
    if (used[row] === 0 || !applies(row)) continue;
    if (column === undefined) {
      reportAbsentColumn(scope, key, rule);
      return;
    }
    if (!isBlankAt(column, row)) continue;
    log.cell(column, row, rule, { placeholder: column.states[row] === CellState.placeholder });
    log.incomplete[row] = 1;
  }
}
