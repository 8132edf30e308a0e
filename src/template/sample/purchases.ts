import type { DayNumber } from "../../engine/cells/calendar";
import type { Rng } from "../prng";
import { dayBetween } from "./dates";

/** The won-customer columns of a ledger row (blank for customers who never bought). */
export interface PurchaseHistory {
  readonly wonOn: DayNumber | null;
  readonly firstPurchase: DayNumber | null;
  readonly lastPurchase: DayNumber | null;
  readonly purchaseCount: number | null;
  /** 万元. */
  readonly totalRevenue: number | null;
  readonly satisfaction: number | null;
  readonly complaints: number | null;
  readonly lifecycle: string | null;
}

/** Days without a purchase after which a customer reads as 衰退期. */
const DECLINE_AFTER_DAYS = 150;

/**
 * A plausible purchase history between the first contact and `activeUntil` (the loss day for a
 * customer who walked away): won some weeks in, repeat orders spread out, satisfaction lower
 * for those who left.
 */
export function purchaseHistory(
  rng: Rng,
  createdOn: DayNumber,
  activeUntil: DayNumber,
  asOf: DayNumber,
  estimatedAmount: number,
): PurchaseHistory {
  const churned = activeUntil < asOf;
  const latestWin = Math.max(createdOn + 20, Math.min(createdOn + 180, activeUntil - 10));
  const wonOn = dayBetween(rng, createdOn + 20, latestWin);
  const firstPurchase = Math.min(wonOn + rng.int(0, 10), activeUntil);
  const purchaseCount = rng.weighted([
    [1, 35],
    [2, 25],
    [3, 15],
    [4, 10],
    [5, 7],
    [6, 4],
    [8, 3],
    [12, 1],
  ]);
  const earliestLast = Math.min(firstPurchase + 20 * (purchaseCount - 1), activeUntil);
  const lastPurchase = purchaseCount === 1 ? firstPurchase : dayBetween(rng, earliestLast, activeUntil);
  const averageOrder = estimatedAmount * (0.5 + rng.next() * 0.8);
  const satisfaction = churned
    ? rng.weighted([
        [1, 3],
        [2, 4],
        [3, 3],
        [4, 1],
      ])
    : rng.weighted([
        [5, 30],
        [4, 40],
        [3, 18],
        [2, 8],
        [1, 4],
      ]);
  return {
    wonOn,
    firstPurchase,
    lastPurchase,
    purchaseCount,
    totalRevenue: Math.round(averageOrder * purchaseCount * 10) / 10,
    satisfaction,
    complaints: rng.weighted([
      [0, 70],
      [1, 18],
      [2, 8],
      [3, 4],
    ]),
    lifecycle: lifecycleOf(asOf - lastPurchase, purchaseCount),
  };
}

function lifecycleOf(daysSinceLastPurchase: number, purchaseCount: number): string {
  if (daysSinceLastPurchase > DECLINE_AFTER_DAYS) return "衰退期";
  return purchaseCount >= 3 ? "稳定期" : "成长期";
}
