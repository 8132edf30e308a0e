import type { DayNumber } from "../cells/calendar";
import type { EngineConfig } from "../config/types";
import type { CustomerRecord, FollowUpRecord } from "../schema/records";
import type { ScoredCustomer } from "../scoring/types";
import { countedContacts } from "./contacts";
import { countStatuses, type StatusCounts } from "./counts";
import { crossTable, type CrossTable } from "./cross";
import { winCycle, type WinCycle } from "./cycle";
import { distributions, type Distributions } from "./distributions";
import { ownerTable, type OwnerRow } from "./owners";
import { monthlyTrend, type TrendMonth } from "./trend";

/** Everything the Funnel sheet shows besides the funnel itself (SPEC 8). */
export interface Summaries {
  readonly counts: StatusCounts;
  readonly owners: readonly OwnerRow[];
  readonly distributions: Distributions;
  readonly winCycle: WinCycle;
  readonly cross: CrossTable;
  readonly trend: readonly TrendMonth[];
}

/**
 * Summaries over every valid customer (the funnel's period filter does not apply here) and the
 * follow-ups that count at T. A few linear passes, each with Map lookups only.
 */
export function summarize(
  scored: readonly ScoredCustomer[],
  followups: readonly FollowUpRecord[],
  asOf: DayNumber,
  config: EngineConfig,
): Summaries {
  // Scored customers come from valid rows; the guard keeps SPEC 9 true whatever the caller passes
  // (without copying a million of them when they all are).
  const counted = scored.every((customer) => customer.record.valid)
    ? scored
    : scored.filter((customer) => customer.record.valid);
  const records = new Array<CustomerRecord>(counted.length);
  for (let i = 0; i < counted.length; i++) records[i] = counted[i].record;
  const contacts = countedContacts(records, followups, asOf);
  return {
    counts: countStatuses(counted),
    owners: ownerTable(counted, contacts),
    distributions: distributions(records),
    winCycle: winCycle(records, contacts),
    cross: crossTable(records, config.funnel.crossRows, config.funnel.crossColumns),
    trend: monthlyTrend(records, contacts, asOf, config.funnel.trendMonths),
  };
}
