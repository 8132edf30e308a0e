/**
 * The reliability tests' workbook in the Excel double, as Excel would hold it: user formulas
 * (one right of the data), number formats on dates and amounts, a conditional format of the
 * user's own, and a sheet of notes whose formulas point into the ledger.
 */
import {
  installExcelDouble,
  WorkbookModel,
  type DoubleOptions,
  type ExcelDouble,
  type SeedCell,
} from "../excel-double";
import { injectionFollowups, injectionLedger, LEDGER_HEADER, LEDGER_HEADER_ROW } from "./ledgers";

/** 0-based column of the user's formula column, right of the unheaded notes. */
export const FORMULA_COLUMN = LEDGER_HEADER.length + 2;

function seedLedger(rows: number): SeedCell[][] {
  const sheet: SeedCell[][] = injectionLedger(rows).map((row) => [...row]);
  for (let r = LEDGER_HEADER_ROW; r < sheet.length; r++) {
    const row = sheet[r];
    const created = row[12];
    if (typeof created === "number") row[12] = { value: created, numberFormat: "yyyy-mm-dd" };
    const amount = row[8];
    if (typeof amount === "number") row[8] = { value: amount, numberFormat: "#,##0.0" };
    const excelRow = r + 1;
    row[FORMULA_COLUMN] = { value: 0, formula: `=IF(I${excelRow}>100,"大","")`, numberFormat: "@" };
  }
  return sheet;
}

const NOTES: SeedCell[][] = [
  ["客户数", { value: 24, formula: "=COUNTA(客户台账!A4:A1000)" }],
  ["金额合计", { value: 0, formula: "=SUM(客户台账!I4:I1000)", numberFormat: '"¥"#,##0.00' }],
  ["=不是公式的文字", { value: 46023, numberFormat: "yyyy/mm/dd" }],
];

/** Fills a workbook model with 说明, 客户台账 and 跟进记录. */
export function seedModel(model: WorkbookModel, rows = 24): WorkbookModel {
  model.addSheet("说明", NOTES);
  const ledger = model.addSheet("客户台账", seedLedger(rows));
  ledger.conditionalFormats.push({
    id: "user-rule",
    type: "Custom",
    rect: { row: LEDGER_HEADER_ROW, column: 8, rows, columns: 1 },
    formula: "=I4>50",
    fill: "#C6EFCE",
    fontColor: null,
    priority: 0,
    stopIfTrue: false,
  });
  model.addSheet("跟进记录", injectionFollowups(40, rows));
  return model;
}

/** A double holding the seeded workbook; uninstall it after the test. */
export function seededDouble(options: DoubleOptions = {}, rows = 24): ExcelDouble {
  const double = installExcelDouble(options);
  seedModel(double.model, rows);
  return double;
}
