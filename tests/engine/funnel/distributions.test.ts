import fc from "fast-check";
import { distributionBy, distributions } from "../../../src/engine/funnel/distributions";
import { customer } from "./records";

describe("distributions", () => {
  const records = [
    customer({
      industry: "制造业-汽车零部件",
      region: "上海",
      size: "大型",
      stage: "won",
      totalRevenue: 100,
    }),
    customer({ industry: "制造业-电子", region: "上海", size: "中型", stage: "won", totalRevenue: 50.5 }),
    customer({ industry: "医疗-器械", region: null, size: "中型", stage: "lost", totalRevenue: 20 }),
    customer({ industry: "教育", region: "北京", size: "中型" }),
  ];

  it("groups industry by 大类, most customers first, with won and revenue", () => {
    expect(distributions(records).industry).toEqual([
      { key: "制造业", customers: 2, won: 2, revenue: 150.5 },
      { key: "医疗", customers: 1, won: 0, revenue: 20 },
      { key: "教育", customers: 1, won: 0, revenue: 0 },
    ]);
  });

  it("keeps a blank region as the empty key, after equal counts", () => {
    expect(distributions(records).region.map((row) => [row.key, row.customers])).toEqual([
      ["上海", 2],
      ["北京", 1],
      ["", 1],
    ]);
  });

  it("groups by company size", () => {
    expect(distributions(records).size.map((row) => [row.key, row.customers, row.won])).toEqual([
      ["中型", 3, 1],
      ["大型", 1, 1],
    ]);
  });

  it("is empty without customers", () => {
    expect(distributions([])).toEqual({ industry: [], region: [], size: [] });
  });

  it("puts every customer in exactly one row", () => {
    const regionArb = fc.option(fc.constantFrom("上海", "北京", "广州"), { nil: null });
    fc.assert(
      fc.property(fc.array(regionArb, { maxLength: 50 }), (regions) => {
        const rows = distributionBy(
          regions.map((region) => customer({ region })),
          "region",
        );
        expect(rows.reduce((n, row) => n + row.customers, 0)).toBe(regions.length);
        expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
        rows.slice(1).forEach((row, i) => expect(row.customers).toBeLessThanOrEqual(rows[i].customers));
      }),
      { numRuns: 200 },
    );
  });
});
