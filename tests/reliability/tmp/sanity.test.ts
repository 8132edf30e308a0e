import fc from "fast-check";
import { dayFromYmd } from "../../../src/engine/cells/calendar";
import { runRefresh } from "../../../src/refresh/pipeline";
import { MemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import { workbookArbitrary } from "../fuzz/arbitraries";
test("time", async () => {
  const T = dayFromYmd(2026, 6, 30);
  let t = Date.now();
  const wbs = fc.sample(workbookArbitrary(25), { seed: 20261122, numRuns: 150 });
  const gen = Date.now() - t; t = Date.now();
  const slow: [number, number][] = [];
  for (const [i, wb] of wbs.entries()) {
    const book = new MemoryWorkbook();
    for (const s of wb.sheets) book.addSheet(s.name, structuredClone(s.rows));
    const t0 = Date.now();
    await runRefresh(book, { asOf: T, today: T }).catch(() => null);
    slow.push([Date.now() - t0, i]);
  }
  slow.sort((a, b) => b[0] - a[0]);
  console.log({ gen, refresh: Date.now() - t, top: slow.slice(0, 5) });
});
