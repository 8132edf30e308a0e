import type { DayNumber } from "../cells/calendar";

/**
 * The latest contact on or before the as-of day, time of day kept; null when there is none.
 * Follow-up times carry the time of day as a fraction, so "on or before" compares calendar days,
 * and a contact dated after the as-of day does not exist yet as far as the rules are concerned.
 */
export function lastContactUpTo(contacts: readonly DayNumber[], asOf: DayNumber): DayNumber | null {
  const today = Math.floor(asOf);
  let latest: DayNumber | null = null;
  for (const contact of contacts) {
    if (Math.floor(contact) <= today && (latest === null || contact > latest)) latest = contact;
  }
  return latest;
}
