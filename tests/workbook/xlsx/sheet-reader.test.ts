import { openPackage, findSheet } from "../../../src/workbook/xlsx/package";
import {
  measureSheet,
  readSheetColumns,
  readTopRows,
  scanSheet,
  type SheetSource,
} from "../../../src/workbook/xlsx/sheet-reader";
import { buildPackage } from "./build-package";

function source(sheetData: string, sharedStrings: string[] = [], date1904 = false): SheetSource {
  const pkg = openPackage(buildPackage({ sheets: [{ name: "S", xml: sheetData }], sharedStrings, date1904 }));
  const entry = pkg.entry(findSheet(pkg, "S")!.path!)!;
  return { archive: pkg.archive, entry, context: { sharedStrings, date1904 } };
}

const MIXED =
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>富</t></r><r><t>文本</t></r></is></c><c r="C1" t="str"><f>A1&amp;"!"</f><v>甲!</v></c></row>' +
  '<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="e"><f>NA()</f><v>#N/A</v></c><c r="D3" t="d"><v>2024-03-15T12:00:00</v></c></row>' +
  '<row r="4"><c r="A4" s="3"/><c r="B4"><f>A1*2</f><v></v></c></row>' +
  '<row r="5" spans="1:3"><c r="C5" s="1"><v>1.25</v>\n  </c></row>';

describe("reading a sheet", () => {
  it("hands over every cell in Excel's own types, formulas as their cached results", async () => {
    const cells: [number, number, unknown, boolean][] = [];
    await scanSheet(source(MIXED, ["甲"]), (row, column, value, hasFormula) =>
      cells.push([row, column, value, hasFormula]),
    );
    expect(cells).toEqual([
      [1, 0, "甲", false],
      [1, 1, "富文本", false],
      [1, 2, "甲!", true],
      [3, 0, true, false],
      [3, 1, { error: "#N/A" }, true],
      [3, 3, 45366.5, false],
      [4, 0, null, false],
      [4, 1, null, true],
      [5, 2, 1.25, false],
    ]);
  });

  it("places rows and cells without an address after the one before", async () => {
    const cells: [number, number, unknown][] = [];
    await scanSheet(
      source(
        '<row><c><v>1</v></c><c r="C1"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row><row r="7"><c><v>7</v></c></row>',
      ),
      (r, c, v) => cells.push([r, c, v]),
    );
    expect(cells).toEqual([
      [1, 0, 1],
      [1, 2, 3],
      [1, 3, 4],
      [2, 0, 5],
      [7, 0, 7],
    ]);
  });

  it("reads the elements of prefixed worksheets", async () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    const cells: unknown[] = [];
    await scanSheet(source(xml), (r, c, v) => cells.push([r, c, v]));
    expect(cells).toEqual([[2, 1, "前缀"]]);
  });

  it("measures the used size by values and formulas, not by formatting", async () => {
    expect(await measureSheet(source(MIXED, ["甲"]))).toEqual({ rows: 5, columns: 4 });
    expect(await measureSheet(source('<row r="9"><c r="Z9" s="2"/></row>'))).toEqual({ rows: 0, columns: 0 });
    expect(await measureSheet(source(""))).toEqual({ rows: 0, columns: 0 });
    expect(
      await measureSheet(source('<row r="2"><c r="B2" t="inlineStr"><is><t></t></is></c></row>')),
    ).toEqual({
      rows: 0,
      columns: 0,
    });
  });

  it("reads the top rows as wide as the used range, blanks as null", async () => {
    const src = source(MIXED, ["甲"]);
    const size = await measureSheet(src);
    expect(await readTopRows(src, 2, size)).toEqual([
      ["甲", "富文本", "甲!", null],
      [null, null, null, null],
    ]);
    expect(await readTopRows(src, 10, size)).toHaveLength(5);
    expect(await readTopRows(src, 0, size)).toEqual([]);
  });

  it("reads whole columns from a row down to the last used row, in the order asked", async () => {
    const { columns, size } = await readSheetColumns(source(MIXED, ["甲"]), [2, 0, 2, 9], 3);
    expect(size).toEqual({ rows: 5, columns: 4 });
    expect(columns).toEqual([
      [null, null, 1.25],
      [true, null, null],
      [null, null, 1.25],
      [null, null, null],
    ]);
    expect((await readSheetColumns(source(MIXED, ["甲"]), [0], 6)).columns).toEqual([[]]);
  });

  it("stops early once past the rows wanted", async () => {
    const rows = Array.from(
      { length: 60_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${(i * 7919) % 100_003}</v></c></row>`,
    ).join("");
    const src = source(rows);
    let lastSeen = 0;
    let fraction = 0;
    await scanSheet(src, (row) => (lastSeen = row), { lastRow: 10, onProgress: (f) => (fraction = f) });
    expect(lastSeen).toBeGreaterThan(10);
    expect(lastSeen).toBeLessThan(60_000);
    expect(fraction).toBeLessThan(1);
  });
});
