import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import { tierFor } from "../../../src/engine/scoring/tier";

describe("tierFor", () => {
  const thresholds = DEFAULT_CONFIG.priority.tiers;

  it.each([
    [100, "high"],
    [80, "high"],
    [80.0, "high"],
    [79.9, "medium"],
    [79, "medium"],
    [60, "medium"],
    [59.9, "low"],
    [59, "low"],
    [0, "low"],
  ] as const)("%p → %s", (score, tier) => {
    expect(tierFor(score, thresholds)).toBe(tier);
  });

  it("uses the configured thresholds", () => {
    expect(tierFor(85, { high: 90, medium: 85 })).toBe("medium");
    expect(tierFor(84.9, { high: 90, medium: 85 })).toBe("low");
  });
});
