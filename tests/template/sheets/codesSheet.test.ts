import { Workbook } from "exceljs";
import { DEFAULT_CONFIG, codesSheetRows } from "../../../src/engine/config";
import { addCodesSheet } from "../../../src/template/sheets/codesSheet";
import { PALETTE } from "../../../src/template/styles";

describe("addCodesSheet", () => {
  const rows = codesSheetRows(DEFAULT_CONFIG.codes, "zh");
  const sheet = addCodesSheet(new Workbook(), "代码表", rows, "zh");
  const find = (text: string): { row: number; column: number } => {
    const row = rows.findIndex((cells) => cells.includes(text));
    return { row: row + 1, column: rows[row].indexOf(text) + 1 };
  };

  it("writes every cell of the rows", () => {
    rows.forEach((cells, r) =>
      cells.forEach((value, c) => expect(sheet.getCell(r + 1, c + 1).value).toBe(value ?? null)),
    );
  });

  it("styles section titles, their header rows and the editable entries", () => {
    const title = find("行业代码");
    expect(sheet.getCell(title.row, 1).font?.bold).toBe(true);
    expect(sheet.getCell(title.row, 1).fill).toBeUndefined();
    expect(sheet.getCell(title.row + 1, 1).fill).toMatchObject({ fgColor: { argb: PALETTE.header } });
    expect(sheet.getCell(title.row + 2, 1).fill).toMatchObject({ fgColor: { argb: PALETTE.editable } });
    const lists = find("选项列表");
    expect(sheet.getCell(lists.row + 1, 2).fill).toMatchObject({ fgColor: { argb: PALETTE.header } });
    expect(sheet.getCell(lists.row + 2, 2).fill).toMatchObject({ fgColor: { argb: PALETTE.editable } });
  });

  it("leaves blank cells unstyled", () => {
    const title = find("规模代码");
    expect(sheet.getCell(title.row - 1, 1).fill).toBeUndefined();
    expect(sheet.getCell(title.row + 2, 3).fill).toBeUndefined();
  });

  it("sizes columns between 10 and 24", () => {
    for (let c = 1; c <= rows[0].length; c++) {
      expect(sheet.getColumn(c).width).toBeGreaterThanOrEqual(10);
      expect(sheet.getColumn(c).width).toBeLessThanOrEqual(24);
    }
  });
});
