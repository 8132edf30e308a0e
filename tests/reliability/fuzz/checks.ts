/** What must hold after any refresh, whatever the workbook: shared by the fuzz tests. */
import { RefreshError } from "../../../src/refresh/errors";
import type { OutCell, WritePlan } from "../../../src/workbook/port";
import { EXCEL_CELL_CHARS } from "./cells";

/** A refresh that stopped: only a RefreshError, with a one-line reason in both languages. */
export function expectCleanStop(error: unknown): void {
  if (!(error instanceof RefreshError)) throw error;
  for (const lang of ["zh", "en"] as const) {
    expect(error.reason[lang].trim()).not.toBe("");
    expect(error.reason[lang]).not.toMatch(/[\r\n]/);
  }
}

function textOf(cell: OutCell): string | null {
  if (typeof cell === "string") return cell;
  if (cell !== null && typeof cell === "object" && typeof cell.value === "string") return cell.value;
  return null;
}

/** Every text cell of the plan, where it goes. */
export function* planTexts(plan: WritePlan): Generator<{ readonly where: string; readonly text: string }> {
  if (plan.columns) {
    for (const header of plan.columns.headers) yield { where: `${plan.columns.sheet} header`, text: header };
    for (let r = 0; r < plan.columns.rows.length; r++) {
      for (const cell of plan.columns.rows.at(r) ?? []) {
        const text = textOf(cell);
        if (text !== null)
          yield { where: `${plan.columns.sheet} row ${plan.columns.headerRow + 1 + r}`, text };
      }
    }
  }
  for (const sheet of plan.sheets) {
    for (const [r, row] of sheet.rows.entries()) {
      for (const cell of row) {
        const text = textOf(cell);
        if (text !== null) yield { where: `${sheet.name} row ${r + 1}`, text };
      }
    }
  }
}

/** Cells Excel would refuse or repair: text longer than one cell can hold. */
export function overlongTexts(plan: WritePlan): string[] {
  const found: string[] = [];
  for (const { where, text } of planTexts(plan)) {
    if (text.length > EXCEL_CELL_CHARS)
      found.push(`${where}: ${text.length} characters, starting "${text.slice(0, 40)}"`);
  }
  return found;
}
