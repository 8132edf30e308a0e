import { labelPoints, matchBand } from "../../../src/engine/scoring/bands";

describe("matchBand", () => {
  const bands = [
    { min: 50, points: 30 },
    { min: 20, points: 20 },
  ];

  it("takes the first band reached, inclusive, and says which", () => {
    expect(matchBand(50, bands, 10)).toEqual({ points: 30, band: bands[0], lowestMin: 20 });
    expect(matchBand(49.99, bands, 10)).toEqual({ points: 20, band: bands[1], lowestMin: 20 });
    expect(matchBand(19.99, bands, 10)).toEqual({ points: 10, band: null, lowestMin: 20 });
  });

  it("gives a blank the otherwise points", () => {
    expect(matchBand(null, bands, 10)).toEqual({ points: 10, band: null, lowestMin: 20 });
  });

  it("has no lowest bound without bands", () => {
    expect(matchBand(5, [], 7)).toEqual({ points: 7, band: null, lowestMin: null });
  });
});

describe("labelPoints", () => {
  const table = { 行业标杆: 10, 区域龙头: 5 };

  it("reads the table's own labels and falls back otherwise", () => {
    expect(labelPoints(table, "行业标杆", 0)).toBe(10);
    expect(labelPoints(table, "普通", 0)).toBe(0);
    expect(labelPoints(table, null, 1)).toBe(1);
  });

  it("does not mistake Object properties for labels", () => {
    expect(labelPoints(table, "constructor", 0)).toBe(0);
    expect(labelPoints(table, "toString", 2)).toBe(2);
  });
});
