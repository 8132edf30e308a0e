/**
 * Excel holds at most 32,767 characters in a cell: Excel on the web refuses a longer write
 * (the refresh would fail half-way through its writes) and desktop Excel "repairs" such a file
 * on opening. A user's cell can already be that long, and findings quote the cell they are about,
 * so nothing the add-in writes may grow past the limit.
 */
import { dayFromYmd } from "../../src/engine/cells/calendar";
import { runRefresh } from "../../src/refresh/pipeline";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { EXCEL_CELL_CHARS } from "./fuzz/cells";
import { overlongTexts } from "./fuzz/checks";
import { injectionFollowups, injectionLedger, LEDGER_HEADER, LEDGER_HEADER_ROW } from "./ledgers";

const T = dayFromYmd(2026, 6, 30);

/** The ledger with one cell of each typed column filled to Excel's limit, each on its own row. */
function ledgerAtTheLimit(): ReturnType<typeof injectionLedger> {
  const sheet = injectionLedger(LEDGER_HEADER.length + 2);
  LEDGER_HEADER.forEach((_, column) => {
    sheet[LEDGER_HEADER_ROW + column][column] = (column % 2 === 0 ? "长" : "9").repeat(EXCEL_CELL_CHARS);
  });
  return sheet;
}

describe("text written by a refresh fits in one Excel cell", () => {
  it("when every kind of ledger and follow-up cell holds 32,767 characters", async () => {
    const followups = injectionFollowups(12, 12);
    followups[1][0] = "Z".repeat(EXCEL_CELL_CHARS);
    followups[2][1] = "2".repeat(EXCEL_CELL_CHARS);
    followups[3][2] = "电".repeat(EXCEL_CELL_CHARS);
    const book = new MemoryWorkbook({ 客户台账: ledgerAtTheLimit(), 跟进记录: followups });
    const { plan } = await runRefresh(book, { asOf: T, today: T });
    expect(overlongTexts(plan)).toEqual([]);
  });
});
