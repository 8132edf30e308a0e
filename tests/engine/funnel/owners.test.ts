import fc from "fast-check";
import { countedContacts } from "../../../src/engine/funnel/contacts";
import { ownerTable, type OwnerRow } from "../../../src/engine/funnel/owners";
import type { Stage } from "../../../src/engine/config/stages";
import type { CustomerRecord, FollowUpRecord } from "../../../src/engine/schema/records";
import { customer, day, followUp, scored } from "./records";

const asOf = day(2024, 6, 30);

function table(
  records: CustomerRecord[],
  followups: FollowUpRecord[] = [],
  overdue: number[] = [],
): OwnerRow[] {
  const list = records.map((record, i) => scored(record, { overdueActions: overdue[i] ?? 0 }));
  return ownerTable(list, countedContacts(records, followups, asOf));
}

const only = (rows: OwnerRow[]): OwnerRow => {
  expect(rows).toHaveLength(1);
  return rows[0];
};

describe("ownerTable", () => {
  it("sorts by customers, most first, then by name with a blank owner last", () => {
    const records = [
      customer({ owner: "王五" }),
      customer({ owner: null }),
      customer({ owner: "李四" }),
      customer({ owner: "张三" }),
      customer({ owner: "张三" }),
    ];
    expect(table(records).map((row) => [row.owner, row.customers])).toEqual([
      ["张三", 2],
      ["李四", 1],
      ["王五", 1],
      ["", 1],
    ]);
  });

  it("computes the win rate over decided customers only", () => {
    const row = only(
      table([
        customer({ stage: "won" }),
        customer({ stage: "lost" }),
        customer({ stage: "lost" }),
        customer({ stage: "lost" }),
        customer({ stage: "negotiation" }),
      ]),
    );
    expect([row.customers, row.won, row.lost, row.winRate]).toEqual([5, 1, 3, 0.25]);
  });

  it("has no win rate when nobody is won or lost yet", () => {
    expect(only(table([customer({ stage: "prospect" })])).winRate).toBeNull();
    expect(only(table([customer({ stage: "lost" })])).winRate).toBe(0);
    expect(only(table([customer({ stage: "won" })])).winRate).toBe(1);
  });

  it("sums revenue and divides it by purchases for the average order value", () => {
    const row = only(
      table([
        customer({ totalRevenue: 30, purchaseCount: 2 }),
        customer({ totalRevenue: 10, purchaseCount: 1 }),
        customer({ totalRevenue: null, purchaseCount: null }),
      ]),
    );
    expect(row.revenue).toBe(40);
    expect(row.averageOrderValue).toBeCloseTo(40 / 3, 12);
  });

  it("has no average order value without purchases, even with revenue", () => {
    const row = only(table([customer({ totalRevenue: 12, purchaseCount: 0 })]));
    expect(row.revenue).toBe(12);
    expect(row.averageOrderValue).toBeNull();
  });

  it("counts a repeat buyer from two purchases on, among customers with at least one", () => {
    const rate = (...counts: (number | null)[]) =>
      only(table(counts.map((purchaseCount) => customer({ purchaseCount })))).repurchaseRate;
    expect(rate(1, 1)).toBe(0);
    expect(rate(2, 1)).toBe(0.5);
    expect(rate(3, 2, 1, 0, null)).toBeCloseTo(2 / 3, 12);
    expect(rate(0, null)).toBeNull();
  });

  it("divides the owner's counted follow-ups by the owner's customers", () => {
    const a = customer({ owner: "张三" });
    const b = customer({ owner: "张三" });
    const c = customer({ owner: "李四" });
    const followups = [
      followUp(a.id, day(2024, 6, 1)),
      followUp(a.id, day(2024, 6, 2)),
      followUp(b.id, day(2024, 6, 3)),
      followUp(b.id, day(2024, 7, 1)), // after T: ignored
      followUp(b.id, day(2024, 6, 4), { valid: false }),
    ];
    const rows = table([a, b, c], followups);
    expect(rows.map((row) => [row.owner, row.followUpsPerCustomer])).toEqual([
      ["张三", 1.5],
      ["李四", 0],
    ]);
  });

  it("sums overdue actions per owner", () => {
    const rows = table(
      [customer({ owner: "张三" }), customer({ owner: "张三" }), customer({ owner: "李四" })],
      [],
      [2, 3, 0],
    );
    expect(rows.map((row) => row.overdueActions)).toEqual([5, 0]);
  });

  it("accounts for every customer exactly once, with rates within [0, 1]", () => {
    const stages: Stage[] = ["lead", "prospect", "won", "lost"];
    const specArb = fc.record({
      owner: fc.option(fc.constantFrom("甲", "乙", "丙"), { nil: null }),
      stage: fc.constantFrom(...stages),
      purchaseCount: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(specArb, { maxLength: 40 }), (specs) => {
        const rows = table(specs.map((spec) => customer(spec)));
        expect(rows.reduce((n, row) => n + row.customers, 0)).toBe(specs.length);
        expect(rows.reduce((n, row) => n + row.won, 0)).toBe(specs.filter((s) => s.stage === "won").length);
        for (const row of rows) {
          for (const rate of [row.winRate, row.repurchaseRate]) {
            if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
