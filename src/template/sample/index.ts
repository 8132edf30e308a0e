import { parseIsoDay } from "../../engine/cells/calendar";
import type { CodesConfig } from "../../engine/config/types";
import { createRng } from "../prng";
import { generateCustomers } from "./customers";
import { generateFollowUps } from "./followUps";
import { messUpCustomers, messUpFollowUps } from "./messiness";
import { MessLog } from "./notes";
import { plantCustomerErrors, plantFollowUpErrors } from "./plantedErrors";
import { customerRow, followUpRow } from "./rows";
import type { SampleCell, SampleData } from "./types";

/** The fixed "today" of the bundled sample, so its scores never drift (`--as-of 2026-11-16`). */
export const SAMPLE_AS_OF = "2026-11-16";
export const DEFAULT_SAMPLE_SEED = 20261116;
export const DEFAULT_SAMPLE_CUSTOMERS = 300;

export interface SampleOptions {
  /** Code tables the IDs, sizes and stages follow. */
  readonly codes: CodesConfig;
  readonly seed?: number;
  readonly customers?: number;
}

/**
 * A realistic, messy customer ledger and follow-up log, the same for the same seed: mostly clean
 * rows, everyday mess at a few percent, and one of each real mistake the checks must catch.
 */
export function generateSample(options: SampleOptions): SampleData {
  const asOf = parseIsoDay(SAMPLE_AS_OF);
  if (asOf === null) throw new Error(`SAMPLE_AS_OF is not a date: ${SAMPLE_AS_OF}`);
  const rng = createRng(options.seed ?? DEFAULT_SAMPLE_SEED);
  const log = new MessLog();
  const drafts = generateCustomers(
    { rng, codes: options.codes, asOf },
    options.customers ?? DEFAULT_SAMPLE_CUSTOMERS,
  );
  const contacts = generateFollowUps({ rng, asOf }, drafts);

  const customers = drafts.map(customerRow);
  messUpCustomers({ rng, codes: options.codes, log }, customers, drafts);
  plantCustomerErrors({ rng, log }, customers, drafts);

  // The log quotes each customer's ID as the ledger now shows it (stale codes, typos and all).
  const ledgerIds = new Map(drafts.map((draft, i) => [draft.id, ledgerId(customers[i].id, draft.id)]));
  const followUps = contacts.map((contact) =>
    followUpRow({ ...contact, customerId: ledgerIds.get(contact.customerId) ?? contact.customerId }),
  );
  messUpFollowUps({ rng, codes: options.codes, log }, followUps);
  // Noted after the mess so the note says what matters most about these cells.
  contacts.forEach((contact, i) => {
    if (contact.contactedAt >= asOf + 1) log.add("followups", i, "contactedAt", "after-as-of");
  });
  plantFollowUpErrors({ rng, log }, followUps, drafts.length);

  return { customers, followUps, mess: log.list() };
}

/** The ID as typed in the ledger, with full-width input undone (the log is typed elsewhere). */
function ledgerId(cell: SampleCell, fallback: string): string {
  return typeof cell === "string" ? cell.normalize("NFKC") : fallback;
}

export type { SampleCell, SampleData, SampleRow, MessKind, MessNote } from "./types";
export { isDateCell, isUnformattedNumber } from "./types";
