import fc from "fast-check";
import { memoize, PairCache } from "../../../src/engine/scoring/memo";

describe("memoize", () => {
  /** A memoised identity that counts how often it really ran, per key as a Map sees keys. */
  function counting() {
    const runs = new Map<unknown, number>();
    const memo = memoize((key: unknown) => {
      runs.set(key, (runs.get(key) ?? 0) + 1);
      return { key };
    });
    return { memo, runs };
  }

  it("computes each distinct key once, keys compared as a Map compares them", () => {
    const key = fc.oneof(
      fc.integer({ min: -5, max: 70_000 }),
      fc.double({ min: -1, max: 7_000, noNaN: true }),
      fc.constantFrom(0, -0, 0.1, 0.1 + 2 ** -55, 0.10000000000000002, 6553.6, 65_535.5, null, Number.NaN),
      fc.string({ maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 60 }), (keys) => {
        const { memo, runs } = counting();
        const first = new Map<unknown, { key: unknown }>();
        for (const k of keys) {
          const value = memo(k);
          if (!first.has(k)) first.set(k, value);
          // The same shared result for every equal key.
          expect(value).toBe(first.get(k));
        }
        for (const count of runs.values()) expect(count).toBe(1);
      }),
    );
  });

  it("tells apart amounts that share a tenth", () => {
    const { memo } = counting();
    expect(memo(50.51)).toEqual({ key: 50.51 });
    expect(memo(50.49)).toEqual({ key: 50.49 });
    expect(memo(50.51)).toEqual({ key: 50.51 });
  });
});

describe("PairCache", () => {
  it("keeps one value per pair", () => {
    const cache = new PairCache<string>();
    expect(cache.get(7, 20_000)).toBeUndefined();
    expect(cache.set(7, 20_000, "a")).toBe("a");
    cache.set(14, 20_000, "b");
    cache.set(7, 20_001, "c");
    expect([cache.get(7, 20_000), cache.get(14, 20_000), cache.get(7, 20_001)]).toEqual(["a", "b", "c"]);
    expect(cache.get(14, 20_001)).toBeUndefined();
  });
});
