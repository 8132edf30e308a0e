/**
 * The workbook changing under a refresh: for every port call k of a refresh and every kind of
 * structural edit, an edit landing before call k either is read in full (the refresh writes
 * results that match the rows) or is caught by the fingerprint before anything is written.
 */
import { dayFromYmd } from "../../src/engine/cells/calendar";
import type { RawCell } from "../../src/engine/cells/types";
import { RefreshError } from "../../src/refresh/errors";
import { hashCells } from "../../src/refresh/fingerprint";
import { runRefresh } from "../../src/refresh/pipeline";
import { OWNED_COLUMNS } from "../../src/refresh/render/ownedColumns";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { ChangingWorkbook, userEdits } from "./changingWorkbook";
import { injectionFollowups, injectionLedger, LEDGER_HEADER_ROW } from "./ledgers";

const AS_OF = dayFromYmd(2026, 6, 30);
const OPTIONS = { asOf: AS_OF, today: AS_OF };

function freshBook(): MemoryWorkbook {
  return new MemoryWorkbook({ 客户台账: injectionLedger(12), 跟进记录: injectionFollowups(20, 12) });
}

function copyOf(book: MemoryWorkbook): MemoryWorkbook {
  const copy = new MemoryWorkbook();
  for (const name of ["客户台账", "跟进记录"]) copy.addSheet(name, structuredClone(book.sheet(name)!.cells));
  return copy;
}

/** The ledger's cells, as wide as asked, owned block included. */
function ledgerGrid(book: MemoryWorkbook): RawCell[][] {
  return structuredClone(book.sheet("客户台账")!.cells);
}

async function callCount(): Promise<string[]> {
  const port = new ChangingWorkbook(freshBook());
  await runRefresh(port, OPTIONS);
  return port.calls;
}

describe("a ledger edited while a refresh runs", () => {
  const edits = Object.entries(userEdits("客户台账", LEDGER_HEADER_ROW));

  it("reads the fingerprint again just before writing", async () => {
    const calls = await callCount();
    expect(calls.slice(-4)).toEqual([
      "usedSize 客户台账",
      "readTop 客户台账",
      "readColumns 客户台账",
      "write",
    ]);
  });

  it.each(edits)(
    "%s: at every call, either the results match the rows or nothing is written",
    async (_name, edit) => {
      const calls = await callCount();
      let caught = 0;
      // The last call is the write itself: an edit there lands after every check a port can make.
      for (let k = 1; k < calls.length; k++) {
        const port = new ChangingWorkbook(freshBook());
        port.editBeforeCall(k, edit);
        const outcome = await runRefresh(port, OPTIONS).catch((error: unknown) => error);
        if (outcome instanceof RefreshError) {
          caught++;
          expect(outcome.code).toBe("workbook-changed");
          expect(outcome.reason.zh).toMatch(/客户台账.*再刷新一次/);
          expect(outcome.reason.en).toMatch(/changed during the refresh/);
          expect(outcome.reason.en).not.toMatch(/\n/);
          // Nothing written: no owned sheet, no owned header anywhere in the ledger.
          expect(await port.book.listSheets()).toEqual(["客户台账", "跟进记录"]);
          expect(ledgerGrid(port.book).flat()).not.toContain(OWNED_COLUMNS[0].zh);
          // The next refresh completes.
          await expect(runRefresh(port.book, OPTIONS)).resolves.toMatchObject({ written: true });
        } else {
          expect(outcome).toMatchObject({ written: true });
          // What was written is what a calm refresh of the edited workbook writes.
          const calm = copyOf(port.book);
          await runRefresh(calm, OPTIONS);
          expect(ledgerGrid(port.book)).toEqual(ledgerGrid(calm));
        }
      }
      // Edits made after the ledger was read are the ones that must be caught.
      expect(caught).toBeGreaterThan(0);
    },
  );
});

describe("hashCells", () => {
  it("tells types, order, blanks and lengths apart", () => {
    const distinct: RawCell[][] = [
      [],
      [null],
      [null, null],
      ["1"],
      [1],
      [true],
      [{ error: "#N/A" }],
      ["#N/A"],
      ["a", "b"],
      ["b", "a"],
      ["ab"],
      ["a", null, "b"],
    ];
    const hashes = distinct.map(hashCells);
    expect(new Set(hashes).size).toBe(distinct.length);
  });

  it("treats every kind of blank alike and is stable", () => {
    expect(hashCells([null, undefined, ""])).toBe(hashCells([null, null, null]));
    expect(hashCells(["客户", 1])).toBe(hashCells(["客户", 1]));
    expect(hashCells(["客户", 1])).toMatch(/^[0-9a-f]{16}$/);
  });

  it("has no collisions over 200,000 customer IDs", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200_000; i++) seen.add(hashCells([`ZZ-DX-YX-${String(i).padStart(6, "0")}`]));
    expect(seen.size).toBe(200_000);
  });
});
