import { ratio, winRate } from "../../../src/engine/funnel/ratio";

describe("ratio", () => {
  it("divides, and is null rather than zero when there is nothing to divide by", () => {
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(0, 4)).toBe(0);
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(3, 0)).toBeNull();
  });

  it("computes the win rate over decided customers", () => {
    expect(winRate(1, 3)).toBe(0.25);
    expect(winRate(0, 1)).toBe(0);
    expect(winRate(1, 0)).toBe(1);
    expect(winRate(0, 0)).toBeNull();
  });
});
