/**
 * Churn risk (SPEC 7): count warning signals; enough of them make the risk high, one makes it
 * medium. Gaps are whole calendar days to T and must exceed the configured limit.
 */
import type { DayNumber } from "../cells/calendar";
import type { ChurnConfig } from "../config/types";
import type { CustomerRecord } from "../schema/records";
import type { ChurnRisk, ChurnSignal } from "./types";

const NO_RISK: ChurnRisk = { level: null, signals: [] };

function daysSince(day: DayNumber, today: DayNumber): number {
  return today - Math.floor(day);
}

/** Repeat buyers who stopped buying; a missing 最近购买日期 proves nothing, so it is no signal. */
function purchaseGap(customer: CustomerRecord, today: DayNumber, cfg: ChurnConfig): boolean {
  const purchases = customer.purchaseCount ?? 0;
  if (purchases < cfg.purchaseGapMinPurchases || customer.lastPurchase === null) return false;
  return daysSince(customer.lastPurchase, today) > cfg.purchaseGapDays;
}

/**
 * Won customers nobody has talked to lately. Never contacted: the silence is counted from
 * 成交日期 (else 录入日期), so a deal won last week is not yet a worry; with neither date, it is.
 */
function contactGap(
  customer: CustomerRecord,
  lastContact: DayNumber | null,
  today: DayNumber,
  cfg: ChurnConfig,
): boolean {
  if (customer.stage !== "won") return false;
  const since = lastContact ?? customer.wonOn ?? customer.createdOn;
  return since === null || daysSince(since, today) > cfg.wonContactGapDays;
}

/** Lost customers are already gone: no warning is raised for them. */
export function churnRisk(
  customer: CustomerRecord,
  lastContact: DayNumber | null,
  asOf: DayNumber,
  cfg: ChurnConfig,
): ChurnRisk {
  if (customer.stage === "lost") return NO_RISK;
  const today = Math.floor(asOf);
  const signals: ChurnSignal[] = [];
  if (purchaseGap(customer, today, cfg)) signals.push("purchase-gap");
  if (contactGap(customer, lastContact, today, cfg)) signals.push("contact-gap");
  if (customer.satisfaction !== null && customer.satisfaction <= cfg.satisfactionAtMost) {
    signals.push("low-satisfaction");
  }
  if (customer.complaints !== null && customer.complaints >= cfg.complaintsAtLeast)
    signals.push("complaints");

  if (signals.length === 0) return NO_RISK;
  return { level: signals.length >= cfg.highSignals ? "high" : "medium", signals };
}
