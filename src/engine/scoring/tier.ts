import type { TierThresholds } from "../config/types";
import { atLeast } from "./numbers";
import type { Tier } from "./types";

/** ≥ high → high, ≥ medium → medium, else low (inclusive: at 80/60, 80 is high and 79.9 medium). */
export function tierFor(score: number, thresholds: TierThresholds): Tier {
  if (atLeast(score, thresholds.high)) return "high";
  if (atLeast(score, thresholds.medium)) return "medium";
  return "low";
}
