import { createOfficeHost } from "../../src/taskpane/office/officeHost";
import { createTemplateActions } from "../../src/taskpane/template/templateActions";
import { buildTemplateFile } from "../../src/taskpane/template/templateFile";
import { openXlsx } from "../../src/workbook/xlsx";
import { installExcelDouble, type ExcelDouble } from "../excel-double";

let double: ExcelDouble | undefined;
afterEach(() => double?.uninstall());

describe("template setup inside Excel (ExcelApi 1.13, insertWorksheetsFromBase64)", () => {
  test("inserts the template's missing sheets after the last tab and leaves existing sheets untouched", async () => {
    double = installExcelDouble({ excelApi: "1.13" });
    double.model.addSheet("Notes", [["mine", 42]]);
    double.model.addSheet("客户台账", [
      ["客户编号", "客户名称"],
      ["ZZ-DX-SJ-001", "我们自己的客户"],
    ]);
    const before = JSON.stringify(double.model.sheets.map((s) => [s.name, s.values, s.formats]));
    const template = await buildTemplateFile("zh", false);

    const plan = await createTemplateActions(createOfficeHost(), async () => ({
      ...(await import("../../src/taskpane/template/templateFile")),
      buildTemplateFile: async () => template,
    })).setUp("zh");

    expect(plan.skip).toContain("客户台账");
    expect(plan.insert.length).toBeGreaterThan(0);
    const names = double.model.sheets.map((s) => s.name);
    expect(names).toEqual(["Notes", "客户台账", ...plan.insert]);
    const existing = JSON.stringify(
      double.model.sheets.slice(0, 2).map((s) => [s.name, s.values, s.formats]),
    );
    expect(existing).toBe(before);

    const file = openXlsx(template.bytes);
    for (const name of plan.insert) {
      const rows = await file.readTop(name, 1);
      const sheet = double.model.sheet(name);
      rows[0]?.forEach((cell, column) => {
        if (cell !== null && cell !== undefined) expect(sheet?.values.get(0, column)).toEqual(cell);
      });
    }
  });

  test("the double refuses the call below ExcelApi 1.13, as Excel does", async () => {
    double = installExcelDouble({ excelApi: "1.12" });
    double.model.addSheet("Sheet1");
    const template = await buildTemplateFile("en", false);
    await expect(
      Excel.run(async (context) => {
        context.workbook.insertWorksheetsFromBase64(Buffer.from(template.bytes).toString("base64"));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(double.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});
