import type { DayNumber } from "../cells/calendar";
import type { CustomerRecord, FollowUpRecord } from "../schema/records";
import { isOverdueAction } from "./cadence";

/**
 * What the rules need from each customer's contacts, three numbers a customer side by side (one
 * place in memory per follow-up tallied, which comes in no particular customer order):
 * `values[TALLIES * slot + LATEST]` is the latest contact on or before T (time of day kept; NaN
 * when none), `+ IN_WINDOW` the contacts whose calendar day lies within [windowStart, T], and
 * `+ OVERDUE` the open next actions due before T (see `isOverdueAction`). A customer's slot is
 * its data row (`record.index`) when `byRow`, else its position in the list scored.
 */
export interface ContactTallies {
  readonly values: number[];
  readonly byRow: boolean;
}

export const TALLIES = 3;
export const LATEST = 0;
export const IN_WINDOW = 1;
export const OVERDUE = 2;

/**
 * How many data rows the customers span, when every follow-up was resolved by validation
 * (`customerIndex`) and can be tallied by row; null when some was built without validation and
 * must be matched by ID.
 */
function rowsSpanned(
  customers: readonly CustomerRecord[],
  followups: readonly FollowUpRecord[],
): number | null {
  // Indexed loops: a million-row `for…of` allocated an iterator result per row.
  for (let i = 0; i < followups.length; i++) if (followups[i].customerIndex === undefined) return null;
  let rows = 0;
  for (let position = 0; position < customers.length; position++) {
    rows = Math.max(rows, customers[position].index + 1);
  }
  return rows;
}

/** Every customer with the follow-up's ID gets it, as a plain ID join would. */
function positionsById(customers: readonly CustomerRecord[]): Map<string, number[]> {
  const positionsOfId = new Map<string, number[]>();
  customers.forEach((customer, position) => {
    if (customer.id === null) return;
    const positions = positionsOfId.get(customer.id);
    if (positions === undefined) positionsOfId.set(customer.id, [position]);
    else positions.push(position);
  });
  return positionsOfId;
}

/** Empty tallies for `slots` customers (a plain array: see string-index.ts on why). */
function emptyTallies(slots: number): number[] {
  const values = new Array<number>(TALLIES * slots).fill(0);
  for (let slot = 0; slot < slots; slot++) values[TALLIES * slot + LATEST] = Number.NaN;
  return values;
}

/**
 * Tallies every valid follow-up (a row with an error is not counted anywhere, SPEC 9) into its
 * customers' tallies, in one pass in sheet order: no list and no ID lookup per customer. Tallied
 * by row, a follow-up naming a row that is not among `customers` lands in a slot nobody reads.
 */
export function tallyContacts(
  customers: readonly CustomerRecord[],
  followups: readonly FollowUpRecord[],
  asOf: DayNumber,
  windowStart: DayNumber,
): ContactTallies {
  const today = Math.floor(asOf);
  const rows = rowsSpanned(customers, followups);
  const values = emptyTallies(rows ?? customers.length);
  const add = (slot: number, followup: FollowUpRecord): void => {
    const at = TALLIES * slot;
    if (isOverdueAction(followup, today)) values[at + OVERDUE] += 1;
    const contact = followup.contactedAt;
    if (contact === null) return;
    const day = Math.floor(contact);
    if (day > today) return;
    const latest = values[at + LATEST];
    if (Number.isNaN(latest) || contact > latest) values[at + LATEST] = contact;
    if (day >= windowStart) values[at + IN_WINDOW] += 1;
  };
  const byId = rows === null ? positionsById(customers) : null;
  for (let i = 0; i < followups.length; i++) {
    const followup = followups[i];
    if (!followup.valid || followup.customerId === null) continue;
    if (rows !== null) {
      const row = followup.customerIndex;
      if (row !== null && row !== undefined && row < rows) add(row, followup);
    } else {
      const matches = byId?.get(followup.customerId);
      if (matches !== undefined) for (const position of matches) add(position, followup);
    }
  }
  return { values, byRow: rows !== null };
}
