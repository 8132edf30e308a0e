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
  return distributionsBy(records, [field])[0];
}

/**
 * Several distributions in one pass over the records (a million of them are read once, not once
 * per field); each is what `distributionBy` gives for its field.
 */
function distributionsBy(records: readonly CustomerRecord[], fields: readonly string[]): DistributionRow[][] {
  const keyOf = fields.map(dimensionReader);
  const tallies = fields.map(() => new Map<string, Tally>());
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    const won = record.stage === "won" ? 1 : 0;
    const revenue = record.totalRevenue ?? 0;
    for (let f = 0; f < keyOf.length; f++) {
      const key = keyOf[f](record);
      let tally = tallies[f].get(key);
      if (tally === undefined) {
        tally = { customers: 0, won: 0, revenue: 0 };
        tallies[f].set(key, tally);
      }
      tally.customers += 1;
      tally.won += won;
      tally.revenue += revenue;
    }
  }
  return tallies.map((byKey) => {
    const rows = Array.from(byKey, ([key, t]) => ({
      key,
      customers: t.customers,
      won: t.won,
      revenue: t.revenue,
    }));
    return rows.sort((a, b) => b.customers - a.customers || compareKeys(a.key, b.key));
  });
}

/** The three distributions of the Funnel sheet: by industry 大类, region and company size. */
export function distributions(records: readonly CustomerRecord[]): Distributions {
  const [industry, region, size] = distributionsBy(records, ["industry", "region", "size"]);
  return { industry, region, size };
}
