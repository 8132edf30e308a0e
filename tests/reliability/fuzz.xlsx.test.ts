/**
 * Fuzz over whole workbooks as .xlsx files (written by exceljs, merged header cells included)
 * through the .xlsx adapter: a refresh finishes or stops with a RefreshError; a stopped refresh
 * leaves the bytes as they were; a finished one keeps every user cell, writes no formula into
 * an owned cell, and its file opens and refreshes again to the same cells.
 */
import fc from "fast-check";
import { dayFromYmd } from "../../src/engine/cells/calendar";
import { runRefresh } from "../../src/refresh/pipeline";
import { openXlsx, type XlsxWorkbook } from "../../src/workbook/xlsx";
import {
  censusOf,
  diffCensus,
  inOwnedArea,
  NOTHING_OWNED,
  ownedAreaOf,
  typedValue,
  type CellFacts,
} from "./cellHash";
import { workbookArbitrary } from "./fuzz/arbitraries";
import { expectCleanStop } from "./fuzz/checks";
import { FUZZ, NIGHTLY, SEED } from "./fuzz/settings";
import { xlsxBytesOf } from "./fuzz/toXlsx";
import { cellElements, hasFormula, sheetXmlByName } from "./xlsxParts";

const T = dayFromYmd(2026, 6, 30);
const OPTIONS = { asOf: T, today: T };

/** Every cell of every sheet, read back through the adapter. */
async function cellsOf(book: XlsxWorkbook): Promise<CellFacts[]> {
  const cells: CellFacts[] = [];
  for (const sheet of await book.listSheets()) {
    const size = await book.usedSize(sheet);
    const rows = await book.readTop(sheet, size.rows);
    rows.forEach((row, r) =>
      row.forEach((value, column) =>
        cells.push({
          sheet,
          row: r + 1,
          column,
          value: typedValue(value),
          formula: null,
          numberFormat: "General",
        }),
      ),
    );
  }
  return cells;
}

describe(`fuzz: whole workbooks as .xlsx files (${NIGHTLY ? "nightly" : "CI"}, seed ${SEED})`, () => {
  it(
    "refresh stops cleanly or keeps every user cell, writes no formula, and repeats identically",
    async () => {
      await fc.assert(
        fc.asyncProperty(workbookArbitrary(FUZZ.maxRows), async (workbook) => {
          const bytes = await xlsxBytesOf(workbook);
          const book = openXlsx(bytes);
          const before = await cellsOf(book);
          let outcome;
          try {
            outcome = await runRefresh(book, OPTIONS);
          } catch (error) {
            expectCleanStop(error);
            expect(Buffer.from(book.toBytes()).equals(Buffer.from(bytes))).toBe(true);
            return;
          }
          const written = book.toBytes();
          const owned = ownedAreaOf(outcome.plan);
          const reopened = openXlsx(written);
          expect(diffCensus(censusOf(before, owned), censusOf(await cellsOf(reopened), owned))).toEqual([]);
          for (const [sheet, xml] of sheetXmlByName(written)) {
            const formulas = cellElements(xml).filter(
              (cell) => hasFormula(cell.xml) && inOwnedArea({ sheet, ...cell }, owned),
            );
            expect(formulas).toEqual([]);
          }
          const again = openXlsx(written);
          await runRefresh(again, OPTIONS);
          expect(censusOf(await cellsOf(openXlsx(again.toBytes())), NOTHING_OWNED)).toEqual(
            censusOf(await cellsOf(reopened), NOTHING_OWNED),
          );
        }),
        { seed: SEED, numRuns: FUZZ.xlsxRuns, endOnFailure: true },
      );
    },
    FUZZ.timeoutMs,
  );
});
