import { parseIsoDay } from "../../../src/engine/cells/calendar";
import { DEFAULT_CONFIG } from "../../../src/engine/config";
import { createRng } from "../../../src/template/prng";
import { generateCustomers } from "../../../src/template/sample/customers";
import { generateFollowUps } from "../../../src/template/sample/followUps";
import { MessLog } from "../../../src/template/sample/notes";
import { plantCustomerErrors, plantFollowUpErrors } from "../../../src/template/sample/plantedErrors";
import { customerRow, followUpRow, type DraftRow } from "../../../src/template/sample/rows";

const codes = DEFAULT_CONFIG.codes;
const asOf = parseIsoDay("2026-11-16") ?? NaN;

function planted(seed: number, count = 300) {
  const rng = createRng(seed);
  const drafts = generateCustomers({ rng, codes, asOf }, count);
  const rows: DraftRow[] = drafts.map(customerRow);
  const contacts: DraftRow[] = generateFollowUps({ rng, asOf }, drafts).map(followUpRow);
  const log = new MessLog();
  plantCustomerErrors({ rng, log }, rows, drafts);
  plantFollowUpErrors({ rng, log }, contacts, drafts.length);
  return { drafts, rows, contacts, notes: log.list() };
}

describe("plantCustomerErrors", () => {
  it("puts each single mistake on its own row", () => {
    const { notes } = planted(5);
    const singles = notes.filter((n) => n.kind !== "duplicate-id" && n.kind !== "same-name-two-ids");
    expect(new Set(singles.map((n) => n.row)).size).toBe(singles.length);
    const ledgerNotes = notes.filter((n) => n.sheet === "ledger");
    expect(new Set(ledgerNotes.map((n) => n.row)).size).toBe(ledgerNotes.length);
  });

  it("copies the ID and the name to a second row", () => {
    const { rows, notes } = planted(6);
    for (const kind of ["duplicate-id", "same-name-two-ids"] as const) {
      const [a, b] = notes.filter((n) => n.kind === kind);
      expect(rows[a.row][a.field]).toBe(rows[b.row][b.field]);
      expect(a.row).not.toBe(b.row);
    }
  });

  it("skips a mistake when no row can take it", () => {
    // Two customers cannot host eleven mistakes: the rest are skipped, nothing throws.
    const { notes } = planted(7, 2);
    expect(new Set(notes.filter((n) => n.sheet === "ledger").map((n) => n.row)).size).toBeLessThanOrEqual(2);
  });
});

describe("plantFollowUpErrors", () => {
  it("points one contact at an ID past the last sequence number", () => {
    const { drafts, contacts, notes } = planted(8);
    const [note] = notes.filter((n) => n.kind === "unknown-customer");
    const id = String(contacts[note.row].customerId);
    expect(drafts.some((d) => d.id === id)).toBe(false);
    expect(id.endsWith(`-${drafts.length + 500}`)).toBe(true);
  });

  it("does nothing to an empty log", () => {
    const log = new MessLog();
    plantFollowUpErrors({ rng: createRng(1), log }, [], 10);
    expect(log.list()).toEqual([]);
  });
});
