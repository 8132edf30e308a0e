/**
 * Data safety in Excel (the office-js adapter on the Excel double): a refresh, the next refresh,
 * highlights on and off, a rules save and the pane's template set-up each leave every cell
 * outside the owned area — value, formula, number format — exactly as it was.
 */
import { dayFromYmd } from "../../src/engine/cells/calendar";
import { defaultConfigFor } from "../../src/engine/config";
import { withExcelWorkbook } from "../../src/commands/excelWorkbook";
import { writeRulesSheet } from "../../src/refresh/writeRulesSheet";
import { createOfficeHost } from "../../src/taskpane/office/officeHost";
import { createTemplateActions } from "../../src/taskpane/template/templateActions";
import { applyHighlightsInExcel, clearHighlightsInExcel, refreshInExcel } from "../../src/workbook/office";
import type { ExcelDouble } from "../excel-double";
import { censusDigest, censusOf, diffCensus, NOTHING_OWNED, ownedAreaOf, type OwnedArea } from "./cellHash";
import { doubleCells } from "./census";
import { FORMULA_COLUMN, seededDouble } from "./doubleWorkbooks";
import { LEDGER_HEADER_ROW } from "./ledgers";

const T = dayFromYmd(2026, 6, 30);
const OPTIONS = { asOf: T, today: T };

let double: ExcelDouble | undefined;
afterEach(() => {
  double?.uninstall();
  double = undefined;
});

/** Runs `action` (which says what it owns) and checks every other cell against a snapshot taken before. */
async function expectUnchangedAround(target: ExcelDouble, action: () => Promise<OwnedArea>): Promise<void> {
  const snapshot = doubleCells(target.model);
  const owned = await action();
  const before = censusOf(snapshot, owned);
  const after = censusOf(doubleCells(target.model), owned);
  expect(diffCensus(before, after)).toEqual([]);
  expect(censusDigest(after)).toBe(censusDigest(before));
  expect(before.size).toBeGreaterThan(0);
}

describe("in Excel (the office-js adapter on the Excel double), every user cell is kept", () => {
  it("through a refresh and the next refresh over the existing block", async () => {
    double = seededDouble();
    const target = double;
    await expectUnchangedAround(target, async () => ownedAreaOf((await refreshInExcel(OPTIONS)).plan));
    await expectUnchangedAround(target, async () => ownedAreaOf((await refreshInExcel(OPTIONS)).plan));
    // The user's formula right of the data is where it was, and the block went right of it.
    const ledger = target.model.sheet("客户台账")!;
    expect(ledger.formulas.get(LEDGER_HEADER_ROW, FORMULA_COLUMN)).toBe('=IF(I4>100,"大","")');
    expect(ledger.values.get(LEDGER_HEADER_ROW - 1, FORMULA_COLUMN + 1)).toBe("校验状态");
  });

  it("through highlights on and off, which also leave the user's own conditional formats", async () => {
    double = seededDouble();
    const target = double;
    const { analysis } = await refreshInExcel(OPTIONS);
    // Priorities are positions among all of a sheet's rules: Excel renumbers them as rules come
    // and go, so the user's rules are compared without them.
    const userRules = () =>
      JSON.stringify(
        target.model.sheet("客户台账")!.conditionalFormats.map(({ priority: _, ...rule }) => rule),
      );
    const before = userRules();
    let applied = 0;
    await expectUnchangedAround(target, async () => {
      applied = await applyHighlightsInExcel(analysis.findings);
      return NOTHING_OWNED;
    });
    expect(applied).toBeGreaterThan(0);
    await expectUnchangedAround(target, async () => {
      await clearHighlightsInExcel();
      return NOTHING_OWNED;
    });
    expect(userRules()).toBe(before);
  });

  it("through a rules save", async () => {
    double = seededDouble();
    const target = double;
    await expectUnchangedAround(target, async () => {
      const saved = await withExcelWorkbook((port) => writeRulesSheet(port, defaultConfigFor("zh"), "zh"));
      return { sheets: [saved.sheet], block: null };
    });
    expect(target.model.sheet("评分规则")).toBeDefined();
  });

  it("through the pane's template set-up (sheets built through the port, ExcelApi 1.12)", async () => {
    double = seededDouble({ excelApi: "1.12" });
    const target = double;
    const actions = createTemplateActions(createOfficeHost());
    let inserted: readonly string[] = [];
    await expectUnchangedAround(target, async () => {
      inserted = (await actions.setUp("zh")).insert;
      return { sheets: inserted, block: null };
    });
    expect(inserted.length).toBeGreaterThan(0);
    expect(inserted).not.toContain("客户台账");
    expect(inserted).not.toContain("跟进记录");
  });
});
