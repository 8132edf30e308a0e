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
  // One bit per signal, in SIGNALS order.
  let mask = 0;
  if (purchaseGap(customer, today, cfg)) mask |= 1;
  if (contactGap(customer, lastContact, today, cfg)) mask |= 2;
  if (customer.satisfaction !== null && customer.satisfaction <= cfg.satisfactionAtMost) mask |= 4;
  if (customer.complaints !== null && customer.complaints >= cfg.complaintsAtLeast) mask |= 8;

  if (mask === 0) return NO_RISK;
  return riskOf(mask, cfg.highSignals);
}

const SIGNALS: readonly ChurnSignal[] = ["purchase-gap", "contact-gap", "low-satisfaction", "complaints"];
/**
 * Each combination of signals and level is one read-only result shared by every customer with it:
 * a handful of objects for a million customers, instead of two each.
 */
const RISKS = new Map<number, ChurnRisk>();

function riskOf(mask: number, highSignals: number): ChurnRisk {
  let count = 0;
  for (let bits = mask; bits !== 0; bits >>= 1) count += bits & 1;
  const high = count >= highSignals;
  const key = mask * 2 + (high ? 1 : 0);
  let risk = RISKS.get(key);
  if (risk === undefined) {
    const signals = SIGNALS.filter((_, bit) => (mask & (1 << bit)) !== 0);
    risk = Object.freeze({ level: high ? "high" : "medium", signals: Object.freeze(signals) });
    RISKS.set(key, risk);
  }
  return risk;
}
