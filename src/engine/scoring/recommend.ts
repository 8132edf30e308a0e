import type { RecommendationConfig } from "../config/types";
import type { Stage } from "../config/stages";
import type { CustomerRecord } from "../schema/records";
import type { Tier } from "./types";

/** Joins the tier advice and the stage advice in one cell. */
const SEPARATOR = "；";

function stageAdvice(stage: Stage | null, cfg: RecommendationConfig): string {
  switch (stage) {
    case "prospect":
      return cfg.prospect;
    case "opportunity":
      return cfg.opportunity;
    case "negotiation":
      return cfg.negotiation;
    default:
      return "";
  }
}

/**
 * Recommended next step (SPEC 5): the tier's advice, then the stage's advice for 意向/商机/谈判.
 * Lost customers get none; an advice text a manager left empty is skipped.
 */
export function recommend(customer: CustomerRecord, tier: Tier | null, cfg: RecommendationConfig): string {
  if (customer.stage === "lost") return "";
  const tierAdvice = tier === null ? "" : cfg[tier];
  return [tierAdvice, stageAdvice(customer.stage, cfg)]
    .map((text) => text.trim())
    .filter((text) => text !== "")
    .join(SEPARATOR);
}

/**
 * `recommend` for many customers under one configuration: the text depends only on the stage and
 * the tier, so each combination is joined once and shared instead of once per customer.
 */
export function createRecommender(
  cfg: RecommendationConfig,
): (customer: CustomerRecord, tier: Tier | null) => string {
  const byStage = new Map<Stage | null, Map<Tier | null, string>>();
  return (customer, tier) => {
    let byTier = byStage.get(customer.stage);
    if (byTier === undefined) {
      byTier = new Map();
      byStage.set(customer.stage, byTier);
    }
    let text = byTier.get(tier);
    if (text === undefined) {
      text = recommend(customer, tier, cfg);
      byTier.set(tier, text);
    }
    return text;
  };
}
