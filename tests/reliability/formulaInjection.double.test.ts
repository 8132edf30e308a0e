/**
 * Formula injection in Excel (the office-js adapter on the Excel double, which stores a typed
 * `=…`, `+…`, `-…` or `@…` as a formula just as Excel does): every text the add-in echoes into
 * the owned block, the funnel sheet and the validation report stays a string — no cell of the
 * owned area holds a formula, and each echoed payload reads back with the String value type.
 */
import { dayFromYmd } from "../../src/engine/cells/calendar";
import { refreshInExcel } from "../../src/workbook/office";
import type { ExcelDouble } from "../excel-double";
import { inOwnedArea, ownedAreaOf } from "./cellHash";
import { seededDouble } from "./doubleWorkbooks";
import { INJECTIONS } from "./ledgers";

const T = dayFromYmd(2026, 6, 30);

let double: ExcelDouble | undefined;
afterEach(() => {
  double?.uninstall();
  double = undefined;
});

interface OwnedCell {
  readonly where: string;
  readonly value: unknown;
  readonly formula: string | undefined;
}

describe.each(["1.20", "1.7"])(
  "text echoed into owned cells never becomes a formula (ExcelApi %s)",
  (excelApi) => {
    it("on the first refresh and on the next", async () => {
      double = seededDouble({ excelApi });
      for (let pass = 0; pass < 2; pass++) {
        const { plan } = await refreshInExcel({ asOf: T, today: T });
        const owned = ownedAreaOf(plan);
        const cells: OwnedCell[] = [];
        for (const sheet of double.model.sheets) {
          const visit = (_: unknown, row: number, column: number): void => {
            if (!inOwnedArea({ sheet: sheet.name, row: row + 1, column }, owned)) return;
            cells.push({
              where: `${sheet.name}!${row + 1}:${column}`,
              value: sheet.values.get(row, column),
              formula: sheet.formulas.get(row, column),
            });
          };
          sheet.values.forEach(visit);
          sheet.formulas.forEach((formula, row, column) => {
            if (sheet.values.get(row, column) === undefined) visit(formula, row, column);
          });
        }
        expect(cells.filter((cell) => cell.formula !== undefined)).toEqual([]);
        const texts = cells
          .map((cell) => cell.value)
          .filter((value): value is string => typeof value === "string");
        // The test means something: every payload reached an owned cell, and = + - @ start some of them.
        for (const injection of INJECTIONS)
          expect(texts.some((text) => text.includes(injection.trim()))).toBe(true);
        for (const starter of ["=", "+", "-", "@"])
          expect(texts.some((text) => text.startsWith(starter))).toBe(true);
      }
    });
  },
);
