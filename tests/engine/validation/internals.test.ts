import fc from "fast-check";
import { LEDGER_FIELDS } from "../../../src/engine/schema/fields";
import type { Finding } from "../../../src/engine/validation/finding";
import { validateLedger } from "../../../src/engine/validation/ledger";
import { TEXT_KEYS } from "../../../src/engine/validation/ledger-records";
import { sortByCell } from "../../../src/engine/validation/sort-findings";
import { StringIndex } from "../../../src/engine/validation/string-index";
import { context, ledgerTable } from "./fixtures";

describe("StringIndex", () => {
  /** Adds `keys` in order, each under its position; returns what `add` said for each. */
  function addAll(keys: readonly string[], expected: number): { index: StringIndex; answers: number[] } {
    const index = new StringIndex(expected);
    return { index, answers: keys.map((key, position) => index.add(key, position)) };
  }

  it("finds each string under the number it was first added with, whatever their hashes", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), fc.nat(40), (keys, expected) => {
        // A small expected size makes the table grow and probe runs collide.
        const { index, answers } = addAll(keys, expected);
        const first = new Map<string, number>();
        keys.forEach((key, position) => {
          expect(answers[position]).toBe(first.get(key) ?? -1);
          if (!first.has(key)) first.set(key, position);
        });
        expect(index.size).toBe(first.size);
        for (const [key, position] of first) expect(index.find(key)).toBe(position);
        expect(index.find("\u0000absent")).toBe(-1);
      }),
    );
  });

  it("tells apart strings whose hashes are equal", () => {
    // These two have the same 32-bit FNV-1a hash (found by search).
    const { index, answers } = addAll(["ID-149599", "ID-312382"], 1);
    expect(answers).toEqual([-1, -1]);
    expect([index.find("ID-149599"), index.find("ID-312382")]).toEqual([0, 1]);
  });

  it("takes entry numbers larger than it expected", () => {
    const index = new StringIndex(2);
    expect(index.add("far", 5000)).toBe(-1);
    expect(index.find("far")).toBe(5000);
  });

  it("holds a hundred thousand IDs", () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `YL-ZY-QZ-${String(i).padStart(7, "0")}`);
    const { index, answers } = addAll(ids, ids.length);
    expect(answers.filter((answer) => answer !== -1)).toEqual([]);
    expect(ids.filter((id, i) => index.find(id) !== i)).toEqual([]);
    expect(index.find("YL-ZY-QZ-9999999")).toBe(-1);
  });
});

describe("sortByCell", () => {
  const finding = (row: number | null, columnIndex: number | null, order: number): Finding => ({
    sheet: "s",
    row,
    columnIndex,
    column: "",
    field: null,
    value: String(order),
    rule: "r",
    severity: "warning",
    message: { zh: "", en: "" },
  });

  it("orders as a stable sort by row, then column, does", () => {
    const cell = fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 5 }));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 200 }), (cells) => {
        const findings = cells.map(([row, column], i) => finding(row, column, i));
        const expected = findings
          .slice()
          .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.columnIndex ?? 0) - (b.columnIndex ?? 0));
        expect(sortByCell(findings, 30)).toEqual(expected);
      }),
    );
  });

  it("copes with rows far apart", () => {
    const findings = [finding(1_000_000, 1, 0), finding(null, null, 1), finding(2, 0, 2)];
    expect(sortByCell(findings, 5).map((f) => f.value)).toEqual(["1", "2", "0"]);
  });
});

describe("customer records", () => {
  it("carry every ledger field without a property of its own in `text`, in field order", () => {
    const { records } = validateLedger(ledgerTable([{}]), context());
    expect(Object.keys(records[0].text)).toEqual(TEXT_KEYS);
    const own = new Set(Object.keys(records[0]));
    expect(TEXT_KEYS).toEqual(LEDGER_FIELDS.map((field) => field.key).filter((key) => !own.has(key)));
  });
});
