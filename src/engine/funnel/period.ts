import type { DayNumber } from "../cells/calendar";
import type { FunnelPeriod } from "../config/types";
import type { CustomerRecord } from "../schema/records";
import { isInRange, monthIndexOf, monthsRange, type DayRange } from "./months";

const MONTHS_PER_QUARTER = 3;

/**
 * The 录入日期 days a funnel period covers: the calendar month or calendar quarter containing
 * T, first and last day included; null for "all", which has no bounds.
 */
export function periodRange(asOf: DayNumber, period: FunnelPeriod): DayRange | null {
  if (period === "all") return null;
  const month = monthIndexOf(asOf);
  if (period === "month") return monthsRange(month, 1);
  return monthsRange(month - (month % MONTHS_PER_QUARTER), MONTHS_PER_QUARTER);
}

/**
 * Customers the funnel counts for a period, by 录入日期. A record without one cannot be placed
 * in a month or quarter, so only "all" keeps it.
 */
export function periodFilter(
  records: readonly CustomerRecord[],
  asOf: DayNumber,
  period: FunnelPeriod,
): readonly CustomerRecord[] {
  const range = periodRange(asOf, period);
  if (range === null) return records;
  return records.filter((record) => record.createdOn !== null && isInRange(record.createdOn, range));
}
