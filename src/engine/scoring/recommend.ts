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
