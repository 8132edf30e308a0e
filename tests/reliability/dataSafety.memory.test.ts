/**
 * Data safety on the in-memory adapter: refresh, a second refresh over an existing block, an
 * English workbook, the pane's template set-up and the rules editor's save each leave every
 * cell outside the owned area exactly as it was.
 */
import { dayFromYmd } from "../../src/engine/cells/calendar";
import { defaultConfigFor } from "../../src/engine/config";
import { runRefresh } from "../../src/refresh/pipeline";
import { writeRulesSheet } from "../../src/refresh/writeRulesSheet";
import { insertSheetsThroughPort } from "../../src/taskpane/host";
import { createTemplateActions } from "../../src/taskpane/template/templateActions";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { censusDigest, censusOf, diffCensus, NOTHING_OWNED, ownedAreaOf, type OwnedArea } from "./cellHash";
import { memoryCells } from "./census";
import { injectionFollowups, injectionLedger, notesSheet } from "./ledgers";

const AS_OF = dayFromYmd(2026, 6, 30);
const OPTIONS = { asOf: AS_OF, today: AS_OF };

function book(): MemoryWorkbook {
  return new MemoryWorkbook({
    说明: notesSheet(),
    客户台账: injectionLedger(),
    跟进记录: injectionFollowups(),
  });
}

async function census(target: MemoryWorkbook, owned: OwnedArea) {
  return censusOf(memoryCells(target, await target.listSheets()), owned);
}

/** Runs `action` (which says what it owns) and checks every other cell against a snapshot taken before. */
async function expectUnchangedAround(
  target: MemoryWorkbook,
  action: () => Promise<OwnedArea>,
): Promise<void> {
  const snapshot = [...memoryCells(target, await target.listSheets())];
  const owned = await action();
  const before = censusOf(snapshot, owned);
  const after = await census(target, owned);
  expect(diffCensus(before, after)).toEqual([]);
  expect(censusDigest(after)).toBe(censusDigest(before));
  expect(before.size).toBeGreaterThan(0);
}

describe("the in-memory workbook keeps every user cell", () => {
  it("through a refresh, and through the next refresh over the existing block", async () => {
    const target = book();
    await expectUnchangedAround(target, async () => ownedAreaOf((await runRefresh(target, OPTIONS)).plan));
    await expectUnchangedAround(target, async () => ownedAreaOf((await runRefresh(target, OPTIONS)).plan));
  });

  it("in an English workbook refreshed in Chinese", async () => {
    const ledger = injectionLedger();
    ledger[2] = [
      "Customer ID",
      "Customer Name",
      "Industry",
      "Region",
      "Company Size",
      "Stage",
      "Stage Before Loss",
      "Loss Reason",
      "Est. Purchase (10k CNY)",
      "Win Probability",
      "Strategic Value",
      "Owner",
      "Created On",
      "Notes",
    ];
    const target = new MemoryWorkbook({ Customers: ledger, Notes: notesSheet() });
    await expectUnchangedAround(target, async () =>
      ownedAreaOf((await runRefresh(target, { ...OPTIONS, lang: "zh" })).plan),
    );
  });

  it("when the pane sets up the template beside existing sheets", async () => {
    const target = book();
    const actions = createTemplateActions({
      withWorkbook: (use) => use(target),
      insertSheets: (template, names) => insertSheetsThroughPort(target, template, names),
    });
    let inserted: readonly string[] = [];
    await expectUnchangedAround(target, async () => {
      inserted = (await actions.setUp("zh")).insert;
      return { sheets: inserted, block: null };
    });
    expect(inserted.length).toBeGreaterThan(0);
    expect(inserted).not.toContain("客户台账");
  });

  it("when the rules editor saves the scoring rules", async () => {
    const target = book();
    await expectUnchangedAround(target, async () => {
      const saved = await writeRulesSheet(target, defaultConfigFor("zh"), "zh");
      return { sheets: [saved.sheet], block: null };
    });
    expect(target.sheet("评分规则")).toBeDefined();
  });

  it("the harness itself notices a changed user cell", async () => {
    const target = book();
    const before = await census(target, NOTHING_OWNED);
    target.sheet("客户台账")!.cells[5][1] = "改过的名字";
    expect(diffCensus(before, await census(target, NOTHING_OWNED))).toEqual([
      '客户台账!B6: ["s:华东精密2有限公司",null,"General"] → ["s:改过的名字",null,"General"]',
    ]);
  });
});
