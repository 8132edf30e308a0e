import type { CustomerRecord } from "../schema/records";
import { dimensionReader } from "./dimensions";
import { compareKeys } from "./ranking";

/** Customers sharing one value of a ledger field. */
export interface DistributionRow {
  /** The value (for industry, the 大类); "" for blank, which the renderer labels. */
  readonly key: string;
  readonly customers: number;
  readonly won: number;
  /** Σ 累计成交金额, 万元. */
  readonly revenue: number;
}

export interface Distributions {
  readonly industry: readonly DistributionRow[];
  readonly region: readonly DistributionRow[];
  readonly size: readonly DistributionRow[];
}

interface Tally {
  customers: number;
  won: number;
  revenue: number;
}

/** Customers by the value of one field (see `dimensionReader`), most customers first, then by value. */
export function distributionBy(records: readonly CustomerRecord[], field: string): DistributionRow[] {
  const keyOf = dimensionReader(field);
  const tallies = new Map<string, Tally>();
  for (const record of records) {
    const key = keyOf(record);
    let tally = tallies.get(key);
    if (tally === undefined) {
      tally = { customers: 0, won: 0, revenue: 0 };
      tallies.set(key, tally);
    }
    tally.customers += 1;
    if (record.stage === "won") tally.won += 1;
    tally.revenue += record.totalRevenue ?? 0;
  }
  const rows = Array.from(tallies, ([key, t]) => ({
    key,
    customers: t.customers,
    won: t.won,
    revenue: t.revenue,
  }));
  return rows.sort((a, b) => b.customers - a.customers || compareKeys(a.key, b.key));
}

/** The three distributions of the Funnel sheet: by industry 大类, region and company size. */
export function distributions(records: readonly CustomerRecord[]): Distributions {
  return {
    industry: distributionBy(records, "industry"),
    region: distributionBy(records, "region"),
    size: distributionBy(records, "size"),
  };
}
