import type { ScoredCustomer } from "../scoring/types";
import type { Contacts } from "./contacts";
import { compareKeys } from "./ranking";
import { ratio, winRate } from "./ratio";

/** A repeat buyer is one who bought more than once: the definition of 复购, not a tunable threshold. */
const REPEAT_PURCHASES = 2;

/** One 负责人's line of the per-owner table (SPEC 8). */
export interface OwnerRow {
  /** The 负责人 as typed; "" when blank (the renderer labels it). */
  readonly owner: string;
  readonly customers: number;
  readonly won: number;
  readonly lost: number;
  /** won ÷ (won + lost); null when neither. */
  readonly winRate: number | null;
  /** Σ 累计成交金额, 万元. */
  readonly revenue: number;
  /** revenue ÷ Σ 购买次数; null when nothing was bought. */
  readonly averageOrderValue: number | null;
  /** Customers with ≥ 2 purchases ÷ customers with ≥ 1; null when nobody bought. */
  readonly repurchaseRate: number | null;
  /** Counted follow-ups (see `countedContacts`) of the owner's customers ÷ the owner's customers. */
  readonly followUpsPerCustomer: number;
  readonly overdueActions: number;
}

interface OwnerTally {
  customers: number;
  won: number;
  lost: number;
  revenue: number;
  purchases: number;
  buyers: number;
  repeatBuyers: number;
  followUps: number;
  overdueActions: number;
}

function emptyTally(): OwnerTally {
  return {
    customers: 0,
    won: 0,
    lost: 0,
    revenue: 0,
    purchases: 0,
    buyers: 0,
    repeatBuyers: 0,
    followUps: 0,
    overdueActions: 0,
  };
}

/**
 * The per-owner table, most customers first, then by name. `contacts` are the follow-ups joined
 * to the same customers (see `countedContacts`).
 */
export function ownerTable(scored: readonly ScoredCustomer[], contacts: Contacts): OwnerRow[] {
  const tallies = new Map<string, OwnerTally>();
  for (let i = 0; i < scored.length; i++) {
    const { record, overdueActions } = scored[i];
    const owner = record.owner ?? "";
    let tally = tallies.get(owner);
    if (tally === undefined) {
      tally = emptyTally();
      tallies.set(owner, tally);
    }
    const purchases = record.purchaseCount ?? 0;
    tally.customers += 1;
    if (record.stage === "won") tally.won += 1;
    if (record.stage === "lost") tally.lost += 1;
    tally.revenue += record.totalRevenue ?? 0;
    tally.purchases += purchases;
    if (purchases >= 1) tally.buyers += 1;
    if (purchases >= REPEAT_PURCHASES) tally.repeatBuyers += 1;
    tally.overdueActions += overdueActions;
  }

  // Per customer rather than per contact: one sequential pass, no jumping about the ledger.
  for (let position = 0; position < contacts.customers.length; position++) {
    const count = contacts.perCustomer[position];
    const tally = count > 0 ? tallies.get(contacts.customers[position].owner ?? "") : undefined;
    if (tally !== undefined) tally.followUps += count;
  }

  const rows = Array.from(tallies, ([owner, t]) => ({
    owner,
    customers: t.customers,
    won: t.won,
    lost: t.lost,
    winRate: winRate(t.won, t.lost),
    revenue: t.revenue,
    averageOrderValue: ratio(t.revenue, t.purchases),
    repurchaseRate: ratio(t.repeatBuyers, t.buyers),
    followUpsPerCustomer: t.followUps / t.customers,
    overdueActions: t.overdueActions,
  }));
  return rows.sort((a, b) => b.customers - a.customers || compareKeys(a.owner, b.owner));
}
