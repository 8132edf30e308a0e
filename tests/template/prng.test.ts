import fc from "fast-check";
import { createRng } from "../../src/template/prng";

describe("createRng", () => {
  it("repeats the same sequence for the same seed and differs for another", () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 20 }, () => rng.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it("stays in [0, 1)", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rng = createRng(seed);
        for (let i = 0; i < 50; i++) {
          const x = rng.next();
          if (!(x >= 0 && x < 1)) return false;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it("int covers both bounds and nothing outside", () => {
    const rng = createRng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(rng.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it("int of a one-value range returns that value", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -1000, max: 1000 }),
        (seed, n) => createRng(seed).int(n, n) === n,
      ),
      { numRuns: 100 },
    );
  });

  it("weighted never picks a zero-weight item and follows the weights roughly", () => {
    const rng = createRng(11);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 4000; i++) {
      counts[
        rng.weighted<"a" | "b" | "c">([
          ["a", 3],
          ["b", 0],
          ["c", 1],
        ])
      ]++;
    }
    expect(counts.b).toBe(0);
    expect(counts.a / counts.c).toBeGreaterThan(2.5);
    expect(counts.a / counts.c).toBeLessThan(3.5);
  });

  it("weighted and pick refuse impossible choices", () => {
    const rng = createRng(1);
    expect(() => rng.pick([])).toThrow();
    expect(() => rng.weighted([["x", 0]])).toThrow();
  });

  it("sample gives distinct sorted indexes in range", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (seed, a, b) => {
          const [count, size] = a <= b ? [a, b] : [b, a];
          const picked = createRng(seed).sample(size, count);
          return (
            picked.length === count &&
            new Set(picked).size === count &&
            picked.every((i, k) => i >= 0 && i < size && (k === 0 || picked[k - 1] < i))
          );
        },
      ),
      { numRuns: 200 },
    );
    expect(() => createRng(1).sample(2, 3)).toThrow();
  });
});
