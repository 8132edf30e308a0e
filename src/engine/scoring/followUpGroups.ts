import type { CustomerRecord, FollowUpRecord } from "../schema/records";

/**
 * Each customer's valid follow-ups as ranges of one shared index array, built with two counting
 * passes: no array and no ID lookup per customer, which matters at a million rows.
 */
export interface FollowUpGroups {
  /** The follow-ups of the customer at position p are `members[start[p]] … members[start[p + 1] - 1]`. */
  readonly start: Int32Array;
  /** Positions in the follow-up list, grouped by customer, each group in sheet order. */
  readonly members: Int32Array;
}

/** Calls `visit` with the position of every customer a follow-up belongs to. */
type Attribution = (followup: FollowUpRecord, visit: (position: number) => void) => void;

/**
 * Follow-ups resolved by validation carry their customer's ledger row (`customerIndex`) and are
 * placed through a row → position table. Records built elsewhere are matched by ID, every customer
 * with that ID getting the follow-up, as a plain ID join would.
 */
function attribution(customers: readonly CustomerRecord[], followups: readonly FollowUpRecord[]): Attribution {
  if (followups.every((followup) => followup.customerIndex !== undefined)) {
    let rows = 0;
    for (const customer of customers) rows = Math.max(rows, customer.index + 1);
    const positionOfRow = new Int32Array(rows).fill(-1);
    customers.forEach((customer, position) => (positionOfRow[customer.index] = position));
    return (followup, visit) => {
      const row = followup.customerIndex;
      const position = row === null || row === undefined || row >= rows ? -1 : positionOfRow[row];
      if (position >= 0) visit(position);
    };
  }
  const positionsOfId = new Map<string, number[]>();
  customers.forEach((customer, position) => {
    if (customer.id === null) return;
    const positions = positionsOfId.get(customer.id);
    if (positions === undefined) positionsOfId.set(customer.id, [position]);
    else positions.push(position);
  });
  return (followup, visit) => {
    if (followup.customerId !== null) positionsOfId.get(followup.customerId)?.forEach(visit);
  };
}

/** Groups the valid follow-ups by customer; a row with an error is not counted anywhere (SPEC 9). */
export function groupFollowUps(
  customers: readonly CustomerRecord[],
  followups: readonly FollowUpRecord[],
): FollowUpGroups {
  const attribute = attribution(customers, followups);
  const start = new Int32Array(customers.length + 1);
  const counted = (followup: FollowUpRecord): boolean => followup.valid && followup.customerId !== null;
  for (const followup of followups) {
    if (counted(followup)) attribute(followup, (position) => (start[position + 1] += 1));
  }
  for (let p = 0; p < customers.length; p++) start[p + 1] += start[p];
  const members = new Int32Array(start[customers.length]);
  const next = start.slice(0, customers.length);
  followups.forEach((followup, i) => {
    if (counted(followup)) attribute(followup, (position) => (members[next[position]++] = i));
  });
  return { start, members };
}
