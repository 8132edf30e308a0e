import type { Severity } from "../schema/fields";
import type { RuleCode } from "./messages";

/** Rules whose severity is the field's (or, for a missing sheet, the caller's) instead of this table's. */
export type VariableSeverityRule = "required.missing" | "sheet.missing-column" | "sheet.not-found";
export type FixedSeverityRule = Exclude<RuleCode, VariableSeverityRule>;

/** How bad each rule is: errors keep a row out of scoring and every summary, warnings do not. */
export const RULE_SEVERITY: Readonly<Record<FixedSeverityRule, Severity>> = {
  "cell.excel-error": "error",
  "cell.not-a-number": "error",
  "cell.not-an-integer": "error",
  "cell.negative": "error",
  "cell.out-of-range": "error",
  "cell.not-a-percent": "error",
  "cell.percent-out-of-range": "error",
  "cell.not-a-date": "error",
  "cell.two-digit-year": "error",
  "cell.day-first": "error",
  "cell.impossible-date": "error",
  "cell.not-an-option": "error",
  "phone.invalid": "warning",
  "id.pattern": "error",
  "id.duplicate": "error",
  "id.code-mismatch": "warning",
  "name.possible-duplicate": "warning",
  "purchase.order": "error",
  "stage.before-loss-missing": "warning",
  "stage.before-loss-is-lost": "error",
  "loss.reason-missing": "warning",
  "probability.missing": "warning",
  "won.date-missing": "warning",
  "followup.unknown-customer": "error",
  "followup.future": "error",
  "followup.next-due-missing": "warning",
  "followup.delay-reason-missing": "warning",
  "sheet.duplicate-column": "warning",
  "sheet.no-header": "error",
};
