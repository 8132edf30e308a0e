import { parseIsoDay } from "../../../src/engine/cells/calendar";
import { makeParseContext, parseAmount, parseDate, parsePercent } from "../../../src/engine/cells";
import type { RawCell } from "../../../src/engine/cells/types";
import { DEFAULT_CONFIG } from "../../../src/engine/config";
import { createRng } from "../../../src/template/prng";
import { generateCustomers } from "../../../src/template/sample/customers";
import { generateFollowUps } from "../../../src/template/sample/followUps";
import { messUpCustomers, messUpFollowUps } from "../../../src/template/sample/messiness";
import { MessLog } from "../../../src/template/sample/notes";
import { customerRow, followUpRow, type DraftRow } from "../../../src/template/sample/rows";
import { isDateCell, isUnformattedNumber, type SampleCell } from "../../../src/template/sample/types";

const codes = DEFAULT_CONFIG.codes;
const asOf = parseIsoDay("2026-11-16") ?? NaN;
const parse = makeParseContext(DEFAULT_CONFIG.placeholders, false);

/** The same cell as the engine's parsers see it. */
function raw(cell: SampleCell): RawCell {
  if (cell !== null && isDateCell(cell)) return cell.day + 25_569;
  if (cell !== null && isUnformattedNumber(cell)) return cell.unformatted;
  return cell;
}

function messed(seed: number) {
  const rng = createRng(seed);
  const drafts = generateCustomers({ rng, codes, asOf }, 300);
  const clean = drafts.map(customerRow);
  const rows: DraftRow[] = clean.map((row) => ({ ...row }));
  const log = new MessLog();
  messUpCustomers({ rng, codes, log }, rows, drafts);
  const cleanContacts = generateFollowUps({ rng, asOf }, drafts).map(followUpRow);
  const contacts: DraftRow[] = cleanContacts.map((row) => ({ ...row }));
  messUpFollowUps({ rng, codes, log }, contacts);
  return { clean, rows, cleanContacts, contacts, notes: log.list() };
}

describe.each([1, 2, 3])("everyday mess (seed %i)", (seed) => {
  const { clean, rows, cleanContacts, contacts, notes } = messed(seed);

  it("reads back as the clean value through the engine's parsers", () => {
    for (const note of notes) {
      const [before, after] =
        note.sheet === "ledger"
          ? [clean[note.row][note.field], rows[note.row][note.field]]
          : [cleanContacts[note.row][note.field], contacts[note.row][note.field]];
      const parser =
        note.kind === "amount-text"
          ? (c: RawCell) => parseAmount(c, parse)
          : note.kind.startsWith("percent-")
            ? (c: RawCell) => parsePercent(c, parse)
            : note.kind === "date-text" || note.kind === "datetime-glued"
              ? (c: RawCell) => parseDate(c, parse, { allowTime: note.field === "contactedAt" })
              : null;
      if (parser === null) continue;
      const [expected, actual] = [parser(raw(before)), parser(raw(after))];
      expect(actual.kind).toBe("value");
      if (expected.kind === "value" && actual.kind === "value") {
        expect([note.kind, actual.value]).toEqual([note.kind, expect.closeTo(expected.value, 6)]);
      }
    }
  });

  it("changes exactly the noted cells", () => {
    const noted = new Set(notes.map((n) => `${n.sheet}:${n.row}:${n.field}`));
    const changed = (sheet: string, after: DraftRow[], before: DraftRow[]) =>
      after.flatMap((row, i) =>
        Object.keys(row)
          .filter((key) => row[key] !== before[i][key])
          .map((key) => `${sheet}:${i}:${key}`),
      );
    const touched = new Set([
      ...changed("ledger", rows, clean),
      ...changed("followups", contacts, cleanContacts),
    ]);
    expect([...touched].filter((cell) => !noted.has(cell))).toEqual([]);
    expect([...noted].filter((cell) => !touched.has(cell))).toEqual([]);
  });

  it("keeps the mess to a few percent of rows", () => {
    const messyRows = new Set(notes.filter((n) => n.sheet === "ledger").map((n) => n.row));
    expect(messyRows.size).toBeGreaterThan(0);
    expect(messyRows.size / rows.length).toBeLessThan(0.3);
  });

  it("changes only the stage code of a stale ID", () => {
    for (const note of notes.filter((n) => n.kind === "stale-id-code")) {
      const [a, b] = [String(clean[note.row].id).split("-"), String(rows[note.row].id).split("-")];
      expect([b[0], b[1], b[3]]).toEqual([a[0], a[1], a[3]]);
      expect(b[2]).not.toBe(a[2]);
      expect(Object.values(codes.stage)).toContain(b[2]);
    }
  });
});
