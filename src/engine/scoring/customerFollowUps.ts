import type { CustomerRecord, FollowUpRecord } from "../schema/records";

/** Calls `visit` with the position of every customer a follow-up belongs to. */
type Attribution = (followup: FollowUpRecord, visit: FollowUpVisitor) => void;

export type FollowUpVisitor = (position: number, followup: FollowUpRecord) => void;

/**
 * Follow-ups resolved by validation carry their customer's ledger row (`customerIndex`) and are
 * placed through a row → position table. Records built elsewhere are matched by ID, every customer
 * with that ID getting the follow-up, as a plain ID join would.
 */
function attribution(
  customers: readonly CustomerRecord[],
  followups: readonly FollowUpRecord[],
): Attribution {
  if (followups.every((followup) => followup.customerIndex !== undefined)) {
    let rows = 0;
    for (const customer of customers) rows = Math.max(rows, customer.index + 1);
    const positionOfRow = new Int32Array(rows).fill(-1);
    customers.forEach((customer, position) => (positionOfRow[customer.index] = position));
    return (followup, visit) => {
      const row = followup.customerIndex;
      const position = row === null || row === undefined || row >= rows ? -1 : positionOfRow[row];
      if (position >= 0) visit(position, followup);
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
    const positions = followup.customerId === null ? undefined : positionsOfId.get(followup.customerId);
    if (positions !== undefined) for (const position of positions) visit(position, followup);
  };
}

/**
 * Visits every valid follow-up (a row with an error is not counted anywhere, SPEC 9) with the
 * position in `customers` of each customer it belongs to, in one pass in sheet order: callers
 * tally into typed arrays by position, with no list and no ID lookup per customer.
 */
export function visitCustomerFollowUps(
  customers: readonly CustomerRecord[],
  followups: readonly FollowUpRecord[],
  visit: FollowUpVisitor,
): void {
  const attribute = attribution(customers, followups);
  for (const followup of followups) {
    if (followup.valid && followup.customerId !== null) attribute(followup, visit);
  }
}
