import type { DayNumber } from "../cells/calendar";
import type { CustomerRecord, FollowUpRecord } from "../schema/records";

/**
 * The follow-ups every summary counts, joined to their customers once. Stored as two parallel
 * columns rather than an object per contact: a million follow-ups must stay cheap to hold.
 */
export interface Contacts {
  /** The customers the contacts were joined to. */
  readonly customers: readonly CustomerRecord[];
  /** For contact i, the position of its customer in `customers`. */
  readonly customerAt: Int32Array;
  /** For contact i, its calendar day. */
  readonly day: Int32Array;
  /** For the customer at each position of `customers`, how many contacts it has. */
  readonly perCustomer: Int32Array;
}

/**
 * The customer position a follow-up belongs to, -1 for none. Follow-ups resolved by validation
 * carry their ledger row (`customerIndex`) and go through a row → position table; others are
 * matched by ID (the last customer with the ID wins). Each table is built only when needed.
 */
function positionResolver(customers: readonly CustomerRecord[]): (followup: FollowUpRecord) => number {
  let positionOfRow: Int32Array | null = null;
  let positionOfId: Map<string, number> | null = null;
  return (followup) => {
    const row = followup.customerIndex;
    if (row !== undefined) {
      if (positionOfRow === null) {
        let rows = 0;
        for (let position = 0; position < customers.length; position++) {
          rows = Math.max(rows, customers[position].index + 1);
        }
        const table = new Int32Array(rows).fill(-1);
        for (let position = 0; position < customers.length; position++)
          table[customers[position].index] = position;
        positionOfRow = table;
      }
      return row === null || row >= positionOfRow.length ? -1 : positionOfRow[row];
    }
    if (positionOfId === null) {
      const table = new Map<string, number>();
      customers.forEach((customer, position) => {
        if (customer.id !== null) table.set(customer.id, position);
      });
      positionOfId = table;
    }
    return followup.customerId === null ? -1 : (positionOfId.get(followup.customerId) ?? -1);
  };
}

/**
 * Keeps a follow-up when it is valid (a row with an error is counted nowhere), dated on or before
 * T by calendar day (later ones are ignored, SPEC 4), and about one of `customers`, so every
 * figure on the sheet describes the same customers. One pass, one table lookup per follow-up.
 */
export function countedContacts(
  customers: readonly CustomerRecord[],
  followups: readonly FollowUpRecord[],
  asOf: DayNumber,
): Contacts {
  const positionOf = positionResolver(customers);
  const customerAt = new Int32Array(followups.length);
  const day = new Int32Array(followups.length);
  const perCustomer = new Int32Array(customers.length);
  let kept = 0;
  // Indexed loops throughout the summaries: a million-row `for…of` allocated an iterator result per row.
  for (let i = 0; i < followups.length; i++) {
    const followup = followups[i];
    if (!followup.valid || followup.contactedAt === null || followup.customerId === null) continue;
    const contactDay = Math.floor(followup.contactedAt);
    if (contactDay > asOf) continue;
    const position = positionOf(followup);
    if (position < 0) continue;
    customerAt[kept] = position;
    day[kept] = contactDay;
    perCustomer[position] += 1;
    kept += 1;
  }
  return { customers, customerAt: customerAt.subarray(0, kept), day: day.subarray(0, kept), perCustomer };
}
