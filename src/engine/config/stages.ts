/** Funnel stages in order (SPEC 2); `lost` is off the funnel. */
export const FUNNEL_STAGES = ["lead", "prospect", "opportunity", "negotiation", "won"] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
export type Stage = FunnelStage | "lost";

export const STAGE_LABELS: Readonly<Record<Stage, { zh: string; en: string }>> = {
  lead: { zh: "潜在客户", en: "Lead" },
  prospect: { zh: "意向客户", en: "Prospect" },
  opportunity: { zh: "商机客户", en: "Opportunity" },
  negotiation: { zh: "谈判阶段", en: "Negotiation" },
  won: { zh: "成交客户", en: "Won" },
  lost: { zh: "流失客户", en: "Lost" },
};

export const OPEN_STAGES: ReadonlySet<Stage> = new Set<Stage>(["prospect", "opportunity", "negotiation"]);

/** Position in the funnel, 0 = lead … 4 = won; -1 for lost. */
export function stageIndex(stage: Stage): number {
  return stage === "lost" ? -1 : FUNNEL_STAGES.indexOf(stage);
}
