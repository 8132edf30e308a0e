import { displayValue } from "../cells";
import type { RawCell } from "../cells/types";
import type { FieldDef, Severity } from "../schema/fields";
import type { SheetTable } from "../schema/table";
import type { Finding } from "./finding";
import { message } from "./messages";
import type { BlankParams, CellParams, MessageParams, RuleCode } from "./messages";
import { RULE_SEVERITY } from "./rules";
import { sortByCell } from "./sort-findings";
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

/** Rules about a blank (or placeholder) cell: their message names only the header and the value. */
export type BlankRule = {
  [R in RuleCode]: MessageParams[R] extends BlankParams
    ? BlankParams extends MessageParams[R]
      ? R
      : never
    : never;
}[RuleCode];

interface BlankMessage {
  readonly rule: BlankRule;
  readonly header: string;
  readonly value: string;
  readonly placeholder: boolean;
  readonly text: Finding["message"];
}

/**
 * Collects the findings of one sheet and keeps, per data row, whether it has an error (invalid)
 * and whether a required field is blank or a placeholder (incomplete).
 */
export class FindingLog {
  private readonly sheetLevel: Finding[] = [];
  private readonly rowLevel: Finding[] = [];
  private readonly blankMessages = new Map<string, Finding["message"]>();
  private lastBlank: BlankMessage | null = null;
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
    this.blank(site, row, "required.missing", severity, placeholder);
    this.incomplete[row] = 1;
  }

  /** A blank or placeholder where a rule wants a value, at the rule's fixed severity. */
  blankCell(
    site: CellSite,
    row: number,
    rule: Exclude<BlankRule, "required.missing">,
    placeholder: boolean,
  ): void {
    this.blank(site, row, rule, RULE_SEVERITY[rule], placeholder);
  }

  private blank(
    site: CellSite,
    row: number,
    rule: BlankRule,
    severity: Severity,
    placeholder: boolean,
  ): void {
    const value = displayValue(site.cells[row]);
    this.push(site, row, rule, severity, this.blankMessage(rule, site.header, value, placeholder), value);
  }

  /**
   * The commonest findings by far, and their messages repeat (same rule, header and placeholder):
   * each distinct one is built once per sheet and shared, read-only, by every finding. A column
   * reports its blanks one after another, so the last message asked for answers most calls.
   */
  private blankMessage(
    rule: BlankRule,
    header: string,
    value: string,
    placeholder: boolean,
  ): Finding["message"] {
    const last = this.lastBlank;
    if (
      last !== null &&
      last.rule === rule &&
      last.header === header &&
      last.value === value &&
      last.placeholder === placeholder
    ) {
      return last.text;
    }
    const key = `${rule}\u0000${header}\u0000${value}\u0000${placeholder ? 1 : 0}`;
    let text = this.blankMessages.get(key);
    if (text === undefined) {
      text = message(rule, { header, value, placeholder });
      this.blankMessages.set(key, text);
    }
    this.lastBlank = { rule, header, value, placeholder, text };
    return text;
  }

  /** Sheet-level findings first, then by row and column, each in the order found. */
  findings(): Finding[] {
    return this.sheetLevel.concat(sortByCell(this.rowLevel, this.table.rowCount));
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
