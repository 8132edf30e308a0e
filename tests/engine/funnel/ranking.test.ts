import { compareKeys, increment, rankCounts, topCounts } from "../../../src/engine/funnel/ranking";

describe("compareKeys", () => {
  it("orders by code units, the same on every machine, with the blank key last", () => {
    expect(["b", "", "B", "a"].sort(compareKeys)).toEqual(["B", "a", "b", ""]);
    expect(compareKeys("", "")).toBe(0);
    expect(compareKeys("价格", "价格")).toBe(0);
  });
});

describe("rankCounts and topCounts", () => {
  const tally = new Map<string, number>();
  for (const key of ["x", "y", "y", "z", "z", ""]) increment(tally, key);

  it("count each key", () => {
    expect(Object.fromEntries(tally)).toEqual({ x: 1, y: 2, z: 2, "": 1 });
  });

  it("rank larger counts first, ties by key", () => {
    expect(rankCounts(tally).map((row) => row.key)).toEqual(["y", "z", "x", ""]);
  });

  it("cut at the limit, never below zero rows", () => {
    expect(topCounts(tally, 1)).toEqual([{ key: "y", count: 2 }]);
    expect(topCounts(tally, 3).map((row) => row.key)).toEqual(["y", "z", "x"]);
    expect(topCounts(tally, 0)).toEqual([]);
    expect(topCounts(tally, -1)).toEqual([]);
  });
});
