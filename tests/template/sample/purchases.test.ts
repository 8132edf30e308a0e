import fc from "fast-check";
import { createRng } from "../../../src/template/prng";
import { purchaseHistory } from "../../../src/template/sample/purchases";

const asOf = 20_773;

describe("purchaseHistory", () => {
  it("orders its dates: created < won ≤ first ≤ last ≤ active-until", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 45, max: 720 }), fc.boolean(), (seed, age, churned) => {
        const createdOn = asOf - age;
        const activeUntil = churned ? createdOn + 20 + ((seed >>> 0) % Math.max(1, age - 30)) : asOf;
        const h = purchaseHistory(createRng(seed), createdOn, activeUntil, asOf, 40);
        return (
          h.wonOn !== null &&
          h.firstPurchase !== null &&
          h.lastPurchase !== null &&
          h.wonOn > createdOn &&
          h.wonOn <= h.firstPurchase &&
          h.firstPurchase <= h.lastPurchase &&
          h.lastPurchase <= activeUntil &&
          (h.purchaseCount ?? 0) >= 1 &&
          (h.totalRevenue ?? 0) > 0
        );
      }),
      { numRuns: 300 },
    );
  });

  it("one purchase means first = last", () => {
    for (let seed = 0; seed < 200; seed++) {
      const h = purchaseHistory(createRng(seed), asOf - 300, asOf, asOf, 20);
      if (h.purchaseCount === 1) expect(h.lastPurchase).toBe(h.firstPurchase);
    }
  });

  it("calls a customer 衰退期 after 150 quiet days, not at 150", () => {
    const lifecycles = new Map<number, string | null>();
    for (let seed = 0; seed < 2000; seed++) {
      const h = purchaseHistory(createRng(seed), asOf - 700, asOf, asOf, 20);
      if (h.lastPurchase !== null) lifecycles.set(asOf - h.lastPurchase, h.lifecycle);
    }
    for (const [quietDays, lifecycle] of lifecycles) {
      expect(lifecycle === "衰退期").toBe(quietDays > 150);
    }
    expect(lifecycles.has(150) || lifecycles.has(151)).toBe(true);
  });
});
