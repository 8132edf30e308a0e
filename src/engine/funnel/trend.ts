import { monthKey, type DayNumber } from "../cells/calendar";
import type { CustomerRecord } from "../schema/records";
import type { Contacts } from "./contacts";
import { firstDayOfMonthIndex, monthIndexOf, monthsRange } from "./months";

export interface TrendMonth {
  /** `YYYY-MM`. */
  readonly month: string;
  /** Customers whose 录入日期 falls in the month. */
  readonly newCustomers: number;
  /** Customers whose 成交日期 falls in the month. */
  readonly won: number;
  /** Counted follow-ups whose 跟进时间 falls in the month. */
  readonly contacts: number;
}

interface MonthTally {
  newCustomers: number;
  won: number;
  contacts: number;
}

/**
 * The last `months` calendar months ending with the month of T, oldest first. Days are mapped
 * to their month through a lookup table over the window, so each record costs one subtraction.
 */
export function monthlyTrend(
  records: readonly CustomerRecord[],
  contacts: Contacts,
  asOf: DayNumber,
  months: number,
): TrendMonth[] {
  if (months < 1) return [];
  const start = monthIndexOf(asOf) - months + 1;
  const window = monthsRange(start, months);
  const slotOfOffset = new Int32Array(window.last - window.first + 1);
  const tallies: MonthTally[] = [];
  for (let slot = 0; slot < months; slot += 1) {
    const first = firstDayOfMonthIndex(start + slot) - window.first;
    const last = firstDayOfMonthIndex(start + slot + 1) - window.first;
    slotOfOffset.fill(slot, first, last);
    tallies.push({ newCustomers: 0, won: 0, contacts: 0 });
  }
  const tallyOf = (value: DayNumber | null): MonthTally | undefined => {
    if (value === null) return undefined;
    const offset = Math.floor(value) - window.first;
    return offset < 0 || offset >= slotOfOffset.length ? undefined : tallies[slotOfOffset[offset]];
  };

  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    const created = tallyOf(record.createdOn);
    if (created !== undefined) created.newCustomers += 1;
    const won = tallyOf(record.wonOn);
    if (won !== undefined) won.won += 1;
  }
  for (let i = 0; i < contacts.day.length; i++) {
    const contacted = tallyOf(contacts.day[i]);
    if (contacted !== undefined) contacted.contacts += 1;
  }

  return tallies.map((tally, slot) => ({ month: monthKey(firstDayOfMonthIndex(start + slot)), ...tally }));
}
