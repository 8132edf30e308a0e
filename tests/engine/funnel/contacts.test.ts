import type { DayNumber } from "../../../src/engine/cells/calendar";
import { countedContacts } from "../../../src/engine/funnel/contacts";
import type { CustomerRecord, FollowUpRecord } from "../../../src/engine/schema/records";
import { customer, day, followUp } from "./records";

const asOf = day(2024, 3, 15);

/** The counted contacts as (customer id, day) pairs. */
function pairs(customers: CustomerRecord[], followups: FollowUpRecord[]): [string | null, DayNumber][] {
  const contacts = countedContacts(customers, followups, asOf);
  expect(contacts.customers).toBe(customers);
  expect(contacts.day).toHaveLength(contacts.customerAt.length);
  return Array.from(contacts.customerAt, (position, i) => [customers[position].id, contacts.day[i]]);
}

describe("countedContacts", () => {
  const known = customer({ id: "ZZ-ZY-YX-001" });
  const other = customer({ id: "ZZ-ZY-YX-002" });

  it("joins each follow-up to its customer at its calendar day, in follow-up order", () => {
    const followups = [followUp(other.id, day(2024, 3, 2)), followUp(known.id, day(2024, 3, 1) + 0.6)];
    expect(pairs([known, other], followups)).toEqual([
      [other.id, day(2024, 3, 2)],
      [known.id, day(2024, 3, 1)],
    ]);
  });

  it("counts each customer's contacts", () => {
    const followups = [
      followUp(other.id, day(2024, 3, 2)),
      followUp(other.id, day(2024, 3, 3)),
      followUp(other.id, asOf + 1),
    ];
    expect(Array.from(countedContacts([known, other], followups, asOf).perCustomer)).toEqual([0, 2]);
  });

  it("counts T itself, at any time of day, and ignores the day after", () => {
    expect(pairs([known], [followUp(known.id, asOf + 0.99), followUp(known.id, asOf + 1)])).toEqual([
      [known.id, asOf],
    ]);
  });

  it("ignores rows with errors, without a date or customer, and of customers not summarised", () => {
    const followups = [
      followUp(known.id, day(2024, 3, 1), { valid: false }),
      followUp(known.id, null),
      followUp(null, day(2024, 3, 1)),
      followUp("ZZ-ZY-YX-999", day(2024, 3, 1)),
    ];
    expect(pairs([known], followups)).toEqual([]);
  });
});
