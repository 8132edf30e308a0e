import { insertSheetsThroughPort, type TemplateFile } from "../../src/taskpane/host";
import { createTemplateActions } from "../../src/taskpane/template/templateActions";
import { buildTemplateFile, templateFileName } from "../../src/taskpane/template/templateFile";
import { planTemplate } from "../../src/taskpane/template/templatePlan";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";

describe("template plan", () => {
  const TEMPLATE = ["说明", "客户台账", "跟进记录", "代码表", "评分规则"];

  test("a new workbook gets every template sheet", () => {
    expect(planTemplate(["Sheet1"], TEMPLATE)).toEqual({ insert: TEMPLATE, skip: [] });
  });

  test("sheets already there, by name or by role in the other language, are skipped", () => {
    expect(planTemplate(["客户台账", "Scoring Rules", " 说明 "], TEMPLATE)).toEqual({
      insert: ["跟进记录", "代码表"],
      skip: ["说明", "客户台账", "评分规则"],
    });
  });
});

describe("setting up the template in a workbook", () => {
  const template = buildTemplateFile("zh", false);

  test("adds only the missing sheets and never touches an existing one", async () => {
    const ledger = [
      ["客户编号", "客户名称"],
      ["ZZ-DX-SJ-001", "我们自己的客户"],
    ];
    const workbook = new MemoryWorkbook({ 客户台账: ledger.map((row) => [...row]), Notes: [["mine"]] });
    const host = {
      withWorkbook: <T>(use: (port: MemoryWorkbook) => Promise<T>) => use(workbook),
      insertSheets: (file: TemplateFile, names: readonly string[]) =>
        insertSheetsThroughPort(workbook, file, names),
    };
    const plan = await createTemplateActions(host, async () => ({
      ...(await import("../../src/taskpane/template/templateFile")),
      buildTemplateFile: () => template,
    })).setUp("zh");

    expect(plan.skip).toEqual(["客户台账"]);
    expect(plan.insert).toEqual(["说明", "跟进记录", "代码表", "评分规则"]);
    expect(await workbook.listSheets()).toEqual(["客户台账", "Notes", ...plan.insert]);
    expect(workbook.sheet("客户台账")?.cells).toEqual(ledger);
    expect(workbook.sheet("Notes")?.cells).toEqual([["mine"]]);
    // The inserted rules sheet holds the template's rows, header included.
    expect(workbook.sheet("评分规则")?.cells.some((row) => row[0] === "opportunity.weights.amount")).toBe(
      true,
    );
  }, 60_000);

  test("a workbook that has every sheet gets nothing", async () => {
    const file = await template;
    const workbook = new MemoryWorkbook(Object.fromEntries(file.sheetNames.map((name) => [name, [["x"]]])));
    let inserted = 0;
    const plan = await createTemplateActions(
      {
        withWorkbook: (use) => use(workbook),
        insertSheets: async () => {
          inserted += 1;
        },
      },
      async () => ({
        ...(await import("../../src/taskpane/template/templateFile")),
        buildTemplateFile: () => template,
      }),
    ).setUp("zh");
    expect(plan.insert).toEqual([]);
    expect(inserted).toBe(0);
  }, 60_000);

  test("file names say template or sample, in the chosen language", () => {
    expect(templateFileName("zh", false)).toBe("销售雷达-模板.xlsx");
    expect(templateFileName("en", true)).toBe("sales-radar-sample.xlsx");
  });
});
