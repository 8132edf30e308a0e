import type { CustomerRecord } from "../schema/records";
import type { Contacts } from "./contacts";
import { ratio } from "./ratio";

/** How long and how much contact winning a customer takes (SPEC 8). */
export interface WinCycle {
  /** Mean days 录入日期 → 成交日期 over won customers having both; null when none. */
  readonly averageDaysToWin: number | null;
  /** How many won customers that mean is over. */
  readonly wonWithBothDates: number;
  /** Mean count of follow-ups dated on or before 成交日期, over won customers with one; null when none. */
  readonly averageFollowUpsBeforeWon: number | null;
  /** How many won customers that mean is over. */
  readonly wonWithWonOn: number;
}

/** Calendar days from 录入日期 to 成交日期 of a won customer; null when not won or a date is missing. */
export function daysToWin(record: CustomerRecord): number | null {
  if (record.stage !== "won" || record.createdOn === null || record.wonOn === null) return null;
  return Math.floor(record.wonOn) - Math.floor(record.createdOn);
}

/** `contacts` are the follow-ups joined to the same customers (see `countedContacts`). */
export function winCycle(records: readonly CustomerRecord[], contacts: Contacts): WinCycle {
  let totalDays = 0;
  let wonWithBothDates = 0;
  let wonWithWonOn = 0;
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    const days = daysToWin(record);
    if (days !== null) {
      totalDays += days;
      wonWithBothDates += 1;
    }
    if (record.stage === "won" && record.wonOn !== null) wonWithWonOn += 1;
  }

  // Each contacted customer's won day in a compact column (NaN, which no day is ≤, when not won),
  // so the pass over a million contacts does not jump about the customer objects.
  const wonDayAt = new Float64Array(contacts.customers.length).fill(NaN);
  for (let position = 0; position < contacts.customers.length; position++) {
    const customer = contacts.customers[position];
    if (customer.stage === "won" && customer.wonOn !== null) wonDayAt[position] = Math.floor(customer.wonOn);
  }
  // The won day itself counts: the contact that closed the deal is a contact before the win.
  let followUpsBeforeWon = 0;
  const { customerAt, day } = contacts;
  for (let i = 0; i < customerAt.length; i++) {
    if (day[i] <= wonDayAt[customerAt[i]]) followUpsBeforeWon += 1;
  }

  return {
    averageDaysToWin: ratio(totalDays, wonWithBothDates),
    wonWithBothDates,
    averageFollowUpsBeforeWon: ratio(followUpsBeforeWon, wonWithWonOn),
    wonWithWonOn,
  };
}
