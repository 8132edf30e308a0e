import { Workbook } from "exceljs";
import { LEDGER_FIELDS } from "../../../src/engine/schema/fields";
import { columnSpec } from "../../../src/template/columns";
import "../../../src/template/exceljsTypes";
import {
  addDataSheet,
  MIN_VALIDATION_LAST_ROW,
  validationLastRow,
} from "../../../src/template/sheets/dataSheet";

describe("validationLastRow", () => {
  it("covers at least row 2000 and always 500 rows past the data", () => {
    expect(validationLastRow(0)).toBe(MIN_VALIDATION_LAST_ROW);
    expect(validationLastRow(1499)).toBe(2000);
    expect(validationLastRow(1500)).toBe(2001);
  });
});

describe("addDataSheet", () => {
  const fields = LEDGER_FIELDS.filter((f) => ["id", "size", "winProbability", "createdOn"].includes(f.key));
  const layout = {
    name: "客户台账",
    tableName: "tblTest",
    columns: fields.map((f) => columnSpec(f, "zh")),
    rows: [
      { id: "YL-ZY-YX-001", size: "中型", winProbability: 0.6, createdOn: { day: 19_797 } },
      { id: "YL-ZY-YX-002", size: "小型", winProbability: { unformatted: 60 }, createdOn: "2024/3/15" },
    ],
    frozenColumns: 1,
    lang: "zh" as const,
  };

  it("writes rows under the headers, real dates as serials", () => {
    const sheet = addDataSheet(new Workbook(), { ...layout, listRanges: new Map() });
    expect(sheet.getCell("A2").value).toBe("YL-ZY-YX-001");
    expect(sheet.getCell("D2").value).toBe(19_797 + 25_569);
    expect(sheet.getCell("D3").value).toBe("2024/3/15");
  });

  it("shows an unformatted number without the column's percent format", () => {
    const sheet = addDataSheet(new Workbook(), { ...layout, listRanges: new Map() });
    expect(sheet.getCell("C2").numFmt).toBe("0%");
    expect(sheet.getCell("C3").numFmt).toBe("General");
  });

  it("makes a dropdown when the list has a range, else only the hint", () => {
    const withList = addDataSheet(new Workbook(), {
      ...layout,
      listRanges: new Map([["size", "'代码表'!$A$2:$A$5"]]),
    });
    expect(withList.dataValidations.find("B2:B2000")).toMatchObject({
      type: "list",
      formulae: ["'代码表'!$A$2:$A$5"],
      errorStyle: "warning",
    });
    const without = addDataSheet(new Workbook(), { ...layout, listRanges: new Map() });
    expect(without.dataValidations.find("B2:B2000")).toMatchObject({ type: "any", showInputMessage: true });
  });
});
