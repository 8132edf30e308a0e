import { displayValue } from "../cells";
import type { RawCell } from "../cells/types";
import type { FieldDef, Severity } from "../schema/fields";
import type { SheetTable } from "../schema/table";
import type { Finding } from "./finding";
import { message } from "./messages";
import type { CellParams, MessageParams, RuleCode } from "./messages";
import { RULE_SEVERITY } from "./rules";
import type { FixedSeverityRule } from "./rules";

/** A column being validated: its field and where it sits on the sheet. */
export interface CellSite {
  readonly field: FieldDef;
  readonly index: number;
  readonly header: string;
  readonly cells: readonly RawCell[];
}

/** Rules about one cell, whose messages name the header and the value. */
export type CellRule = {
  [R in RuleCode]: MessageParams[R] extends CellParams ? (R extends FixedSeverityRule ? R : never) : never;
}[RuleCode];

/** A cell rule's own parameters; the log adds the header and the value. */
export type RuleDetails<R extends CellRule> = Omit<MessageParams[R], keyof CellParams>;

/**
 * Collects the findings of one sheet and keeps, per data row, whether it has an error (invalid)
 * and whether a required field is blank or a placeholder (incomplete).
 */
export class FindingLog {
  private readonly sheetLevel: Finding[] = [];
  private readonly rowLevel: Finding[] = [];
  private readonly blankMessages = new Map<string, Finding["message"]>();
  readonly invalid: Uint8Array;
  readonly incomplete: Uint8Array;
  /** A column whose blank is an error is missing: no row of the sheet can be used. */
  everyRowInvalid = false;

  constructor(readonly table: SheetTable) {
    this.invalid = new Uint8Array(table.rowCount);
    this.incomplete = new Uint8Array(table.rowCount);
  }

  isValid(row: number): boolean {
    return !this.everyRowInvalid && this.invalid[row] === 0;
  }

  addSheetFinding(finding: Finding): void {
    this.sheetLevel.push(finding);
  }

  /** A finding on the cell of `site` in data row `row`, at the rule's fixed severity. */
  cell<R extends CellRule>(site: CellSite, row: number, rule: R, details: RuleDetails<R>): void {
    const value = displayValue(site.cells[row]);
    // The spread restores the two parameters `RuleDetails` leaves out; TS cannot prove that for a generic R.
    const params = { ...details, header: site.header, value } as MessageParams[R];
    this.push(site, row, rule, RULE_SEVERITY[rule], message(rule, params), value);
  }

  /** A blank or placeholder in a field required at `severity`. */
  missing(site: CellSite, row: number, severity: Severity, placeholder: boolean): void {
    const value = displayValue(site.cells[row]);
    // The commonest finding by far, and its message repeats (same header, same placeholder):
    // each distinct one is built once per sheet and shared, read-only, by every finding.
    const key = `${site.header}\u0000${value}\u0000${placeholder ? 1 : 0}`;
    let text = this.blankMessages.get(key);
    if (text === undefined) {
      text = message("required.missing", { header: site.header, value, placeholder });
      this.blankMessages.set(key, text);
    }
    this.push(site, row, "required.missing", severity, text, value);
    this.incomplete[row] = 1;
  }

  /** Sheet-level findings first, then by row and column, each in the order found. */
  findings(): Finding[] {
    const rows = this.rowLevel
      .slice()
      .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.columnIndex ?? 0) - (b.columnIndex ?? 0));
    return this.sheetLevel.concat(rows);
  }

  private push(
    site: CellSite,
    row: number,
    rule: RuleCode,
    severity: Severity,
    text: Finding["message"],
    value: string,
  ): void {
    if (severity === "error") this.invalid[row] = 1;
    this.rowLevel.push({
      sheet: this.table.sheet,
      row: this.table.headerRow + 1 + row,
      columnIndex: site.index,
      column: site.header,
      field: site.field.key,
      value,
      rule,
      severity,
      message: text,
    });
  }
}
