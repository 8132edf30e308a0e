/**
 * Fuzz over whole workbooks on the in-memory adapter: whatever the sheets hold, `runRefresh`
 * either finishes — every problem a finding, every user cell untouched, the next refresh
 * writing the same — or stops with a RefreshError and a one-line reason, having written nothing.
 */
import fc from "fast-check";
import { dayFromYmd } from "../../src/engine/cells/calendar";
import { runRefresh, type RefreshOutcome } from "../../src/refresh/pipeline";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { censusOf, diffCensus, NOTHING_OWNED, ownedAreaOf } from "./cellHash";
import { memoryCells } from "./census";
import { workbookArbitrary, type FuzzWorkbook } from "./fuzz/arbitraries";
import { expectCleanStop } from "./fuzz/checks";
import { FUZZ, NIGHTLY, SEED } from "./fuzz/settings";

const T = dayFromYmd(2026, 6, 30);
const OPTIONS = { asOf: T, today: T };

function bookOf(workbook: FuzzWorkbook): MemoryWorkbook {
  const book = new MemoryWorkbook();
  for (const sheet of workbook.sheets) book.addSheet(sheet.name, structuredClone(sheet.rows));
  return book;
}

async function refreshOrStop(book: MemoryWorkbook): Promise<RefreshOutcome | null> {
  try {
    return await runRefresh(book, OPTIONS);
  } catch (error) {
    expectCleanStop(error);
    return null;
  }
}

describe(`fuzz: whole workbooks on the in-memory adapter (${NIGHTLY ? "nightly" : "CI"}, seed ${SEED})`, () => {
  let generatedRows = 0;

  it(
    "never throws anything but a RefreshError, never changes a user cell, and refreshes the same twice",
    async () => {
      await fc.assert(
        fc.asyncProperty(workbookArbitrary(FUZZ.maxRows), async (workbook) => {
          generatedRows += workbook.generatedRows;
          const book = bookOf(workbook);
          const names = workbook.sheets.map((sheet) => sheet.name);
          const snapshot = [...memoryCells(book, names)];
          const outcome = await refreshOrStop(book);
          if (outcome === null) {
            // Stopped before writing: every sheet exactly as it was, no sheet added.
            expect(await book.listSheets()).toEqual(names);
            expect(
              diffCensus(
                censusOf(snapshot, NOTHING_OWNED),
                censusOf(memoryCells(book, names), NOTHING_OWNED),
              ),
            ).toEqual([]);
            return;
          }
          const owned = ownedAreaOf(outcome.plan);
          expect(diffCensus(censusOf(snapshot, owned), censusOf(memoryCells(book, names), owned))).toEqual(
            [],
          );
          for (const finding of outcome.analysis.findings) {
            expect(finding.message.zh).not.toBe("");
            expect(finding.message.en).not.toBe("");
          }
          const ledger = JSON.stringify(book.sheet(outcome.ledgerSheet)?.cells);
          const again = await runRefresh(book, OPTIONS);
          expect(JSON.stringify(book.sheet(outcome.ledgerSheet)?.cells)).toBe(ledger);
          expect(again.analysis.findings.length).toBe(outcome.analysis.findings.length);
        }),
        { seed: SEED, numRuns: FUZZ.memoryRuns, endOnFailure: true },
      );
      expect(generatedRows).toBeGreaterThanOrEqual(FUZZ.minGeneratedRows);
    },
    FUZZ.timeoutMs,
  );
});
