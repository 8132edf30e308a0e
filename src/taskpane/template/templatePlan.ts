import { SHEETS } from "../../engine/schema/fields";
import { findSheet, normalizeHeader } from "../../engine/schema/headers";

export interface TemplatePlan {
  /** Template sheets the workbook lacks, in the template's tab order. */
  readonly insert: readonly string[];
  /** Template sheets the workbook already has (by name, or by role: 客户台账 = Customers). */
  readonly skip: readonly string[];
}

const TEMPLATE_ROLES = Object.values(SHEETS);

/**
 * Which template sheets to add. A sheet is already there when the workbook has one of the same
 * name, or one the engine would read in its place (an English "Customers" for 客户台账): adding
 * a second ledger would only leave the team wondering which one counts.
 */
export function planTemplate(existing: readonly string[], templateSheets: readonly string[]): TemplatePlan {
  const names = new Set(existing.map(normalizeHeader));
  const insert: string[] = [];
  const skip: string[] = [];
  for (const sheet of templateSheets) {
    const role = TEMPLATE_ROLES.find((def) => findSheet([sheet], def) !== null);
    const present =
      names.has(normalizeHeader(sheet)) || (role !== undefined && findSheet(existing, role) !== null);
    (present ? skip : insert).push(sheet);
  }
  return { insert, skip };
}
