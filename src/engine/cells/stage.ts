import { FUNNEL_STAGES, STAGE_LABELS, type Stage } from "../config/stages";
import { readCellText, upperCaseKey } from "./text";
import { failure, value, type ParseContext, type Parsed, type RawCell } from "./types";

/** What people write for short: the label without 客户 / 阶段. */
export const STAGE_SHORT_FORMS: Readonly<Record<Stage, string>> = {
  lead: "潜在",
  prospect: "意向",
  opportunity: "商机",
  negotiation: "谈判",
  won: "成交",
  lost: "流失",
};

const ALL_STAGES: readonly Stage[] = [...FUNNEL_STAGES, "lost"];

/** Every accepted spelling, upper-cased, to its outcome (shared, frozen: no allocation per cell). */
const STAGE_BY_NAME: ReadonlyMap<string, Parsed<Stage>> = new Map(
  ALL_STAGES.flatMap((stage) => {
    const outcome = Object.freeze(value(stage));
    const names = [STAGE_LABELS[stage].zh, STAGE_LABELS[stage].en, STAGE_SHORT_FORMS[stage]];
    return names.map((name) => [upperCaseKey(name), outcome] as const);
  }),
);

const NOT_AN_OPTION = failure("not-an-option");

/** 客户阶段: the Chinese label (意向客户), its English name (Prospect, any case) or the short form (意向). */
export function parseStage(raw: RawCell, ctx: ParseContext): Parsed<Stage> {
  const text = readCellText(raw, ctx);
  if (typeof text !== "string") return text;
  return STAGE_BY_NAME.get(upperCaseKey(text)) ?? NOT_AN_OPTION;
}
