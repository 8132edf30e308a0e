import { OfficeWorkbook, refreshInExcel } from "../../../src/workbook/office";
import type { OutCell } from "../../../src/workbook/port";
import { installExcelDouble, type ExcelDouble } from "../../excel-double";
import { sampleDay, sampleDouble } from "./helpers";

let double: ExcelDouble;
afterEach(() => double?.uninstall());

/** Text Excel would take for something else if it were typed into a General cell. */
const TRICKY = [
  "=1+1",
  "+86 138",
  "-5",
  "@home",
  "\tindented",
  "\r\nfirst line",
  "00123",
  "2024-03-15",
  "#N/A",
  "TRUE",
  "50%",
];

async function typesAndFormulas(
  sheet: string,
  address: string,
): Promise<{ types: string[]; formulas: unknown[] }> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    range.load("valueTypes, formulas");
    await context.sync();
    return { types: range.valueTypes.map((row) => row[0]), formulas: range.formulas.map((row) => row[0]) };
  });
}

describe("text the add-in writes", () => {
  it("lands as text, never as a formula, number, date, error or boolean", async () => {
    double = installExcelDouble();
    const rows: OutCell[][] = TRICKY.map((text) => [text]);
    await Excel.run(async (context) =>
      new OfficeWorkbook(context).write({ columns: null, sheets: [{ name: "Scratch", rows }] }),
    );

    const { types, formulas } = await typesAndFormulas("Scratch", `A1:A${TRICKY.length}`);
    expect(types).toEqual(TRICKY.map(() => "String"));
    expect(formulas).toEqual(TRICKY);
    const sheet = double.model.sheet("Scratch");
    TRICKY.forEach((text, r) => {
      expect(sheet?.snapshot(r, 0)).toMatchObject({ value: text, formula: undefined, numberFormat: "@" });
    });
  });

  it("keeps a user's formula-like text as text when the report quotes it", async () => {
    double = await sampleDouble();
    const ledger = double.model.sheet("客户台账");
    ledger?.seed([["=1+1"]], 1, 20);
    await refreshInExcel({ asOf: sampleDay(), today: sampleDay() });

    const report = double.model.sheet("校验报告");
    let quoted = -1;
    report?.values.forEach((value, r, c) => {
      if (c === 3 && value === "=1+1") quoted = r;
    });
    expect(quoted).toBeGreaterThan(0);
    expect(report?.formulas.get(quoted, 3)).toBeUndefined();
    const { types } = await typesAndFormulas("校验报告", `D${quoted + 1}`);
    expect(types).toEqual(["String"]);
  });
});
