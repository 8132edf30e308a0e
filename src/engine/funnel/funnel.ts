import type { DayNumber } from "../cells/calendar";
import type { FunnelConfig } from "../config/types";
import { FUNNEL_STAGES, stageIndex, type FunnelStage, type Stage } from "../config/stages";
import type { CustomerRecord } from "../schema/records";
import { periodFilter } from "./period";
import { increment, topCounts } from "./ranking";
import { ratio } from "./ratio";

export interface LossReasonCount {
  /** The 流失原因 as typed; "" when it was left blank (the renderer labels it). */
  readonly reason: string;
  readonly count: number;
}

/** One stage of the funnel (SPEC 8). */
export interface FunnelRow {
  readonly stage: FunnelStage;
  /** Customers that got at least this far, including those lost later on. */
  readonly reached: number;
  /** Customers whose 客户阶段 is this stage now. */
  readonly current: number;
  /** Lost customers whose 流失前阶段 is this stage. */
  readonly dropped: number;
  /** Reached(next) ÷ Reached(this); null for the last stage or when nobody reached this one. */
  readonly conversionToNext: number | null;
  /** Reached(this) ÷ Reached(lead); null when the funnel is empty. */
  readonly cumulative: number | null;
  /** The most frequent 流失原因 of the customers dropped here, most frequent first. */
  readonly lossReasons: readonly LossReasonCount[];
}

const LEAD_INDEX = 0;

/**
 * How far along the funnel a customer got: its stage, or for a lost customer the stage it was
 * lost from. Without a usable 流失前阶段 the only thing known is that it was a lead.
 */
export function furthestStageIndex(stage: Stage, stageBeforeLoss: Stage | null): number {
  if (stage !== "lost") return stageIndex(stage);
  if (stageBeforeLoss === null || stageBeforeLoss === "lost") return LEAD_INDEX;
  return stageIndex(stageBeforeLoss);
}

/**
 * The funnel over the customers of the configured period. Rows with errors never count (SPEC 9)
 * and a row without a stage cannot be placed, so both are left out.
 */
export function buildFunnel(
  records: readonly CustomerRecord[],
  asOf: DayNumber,
  cfg: FunnelConfig,
): FunnelRow[] {
  const stages = FUNNEL_STAGES.length;
  const endedAt = new Array<number>(stages).fill(0);
  const current = new Array<number>(stages).fill(0);
  const dropped = new Array<number>(stages).fill(0);
  const reasons = FUNNEL_STAGES.map(() => new Map<string, number>());

  const counted = periodFilter(records, asOf, cfg.period);
  for (let i = 0; i < counted.length; i++) {
    const record = counted[i];
    if (!record.valid || record.stage === null) continue;
    const at = furthestStageIndex(record.stage, record.stageBeforeLoss);
    endedAt[at] += 1;
    if (record.stage === "lost") {
      dropped[at] += 1;
      increment(reasons[at], record.lossReason ?? "");
    } else {
      current[at] += 1;
    }
  }

  // A customer who got as far as stage k also passed every stage before it.
  const reached = new Array<number>(stages).fill(0);
  for (let k = stages - 1, passed = 0; k >= 0; k -= 1) {
    passed += endedAt[k];
    reached[k] = passed;
  }

  return FUNNEL_STAGES.map((stage, k) => ({
    stage,
    reached: reached[k],
    current: current[k],
    dropped: dropped[k],
    conversionToNext: k + 1 < stages ? ratio(reached[k + 1], reached[k]) : null,
    cumulative: ratio(reached[k], reached[LEAD_INDEX]),
    lossReasons: topCounts(reasons[k], cfg.topLossReasons).map(({ key, count }) => ({ reason: key, count })),
  }));
}
