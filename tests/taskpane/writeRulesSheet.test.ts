import { DEFAULT_CONFIG, defaultConfigFor } from "../../src/engine/config/defaults";
import { configFromRulesSheet } from "../../src/engine/config/rulesSheet";
import { PARAMETERS } from "../../src/engine/config/parameters";
import { RefreshError } from "../../src/refresh/errors";
import { rulesLanguage, writeRulesSheet } from "../../src/refresh/writeRulesSheet";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";

const weight = PARAMETERS.find((param) => param.key === "opportunity.weights.amount");
const probability = PARAMETERS.find((param) => param.key === "opportunity.weights.probability");

describe("writing the rules sheet", () => {
  test("creates the sheet in the ledger's language, and it reads back as the config written", async () => {
    if (weight === undefined || probability === undefined) throw new Error("no weight parameters");
    const workbook = new MemoryWorkbook({ Customers: [["Customer ID"]] });
    const config = probability.set(weight.set(defaultConfigFor("en"), 40), 15);
    const saved = await writeRulesSheet(workbook, config, "zh");
    expect(saved).toEqual({ sheet: "Scoring Rules", lang: "en" });
    const rows = workbook.sheet("Scoring Rules")?.cells ?? [];
    const read = configFromRulesSheet(rows, "Scoring Rules", defaultConfigFor("en"));
    expect(read.findings).toEqual([]);
    expect(read.config).toEqual(config);
    expect(workbook.sheet("Scoring Rules")?.frozenRows).toBe(4);
  });

  test("rewrites an existing rules sheet under its own name and leaves every other sheet alone", async () => {
    const ledger = [["客户编号"], ["ZZ-DX-SJ-001"]];
    const workbook = new MemoryWorkbook({ 客户台账: ledger.map((row) => [...row]), 评分规则: [["old"]] });
    await writeRulesSheet(workbook, DEFAULT_CONFIG, "en");
    expect(await workbook.listSheets()).toEqual(["客户台账", "评分规则"]);
    expect(workbook.sheet("客户台账")?.cells).toEqual(ledger);
    expect(workbook.sheet("评分规则")?.cells[0][0]).toBe("评分规则");
  });

  test("never writes rules the engine would refuse", async () => {
    if (weight === undefined) throw new Error("no weight parameter");
    const workbook = new MemoryWorkbook({ 客户台账: [["客户编号"]] });
    await expect(writeRulesSheet(workbook, weight.set(DEFAULT_CONFIG, 90), "zh")).rejects.toBeInstanceOf(
      RefreshError,
    );
    expect(await workbook.listSheets()).toEqual(["客户台账"]);
  });

  test("the rules language: the rules sheet's, else the ledger's, else the pane's", () => {
    expect(rulesLanguage(["Customers", "评分规则"], "en")).toBe("zh");
    expect(rulesLanguage(["Customers"], "zh")).toBe("en");
    expect(rulesLanguage(["Sheet1"], "en")).toBe("en");
  });
});
