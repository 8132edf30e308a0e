/**
 * The zod schema of a whole EngineConfig: its shape, then every parameter against its kind, then
 * the rules across parameters and the code tables. `checkConfig` turns zod's issues into
 * ConfigIssues that name parameters, never zod paths.
 */
import { z } from "zod";
import type { core } from "zod";
import { codesIssues } from "./codesChecks";
import { crossFieldIssues } from "./configChecks";
import { formatPath, readPath, type PathStep } from "./configPath";
import { issue, type ConfigIssue } from "./configIssues";
import { describeKindIssue, kindSchema } from "./kindSchemas";
import { PRIORITY_BAND_COUNTS } from "./parameterDefs/priority";
import { SEGMENT_KEYS } from "./parameterDefs/segments";
import { PARAMETERS } from "./parameters";
import type { Parameter } from "./parameterTypes";
import type { EngineConfig, SegmentKey } from "./types";

// The pane runs under a Content-Security-Policy without eval: zod must not compile validators.
z.config({ jitless: true });

const num = z.number();
const tiers = z.object({ high: num, medium: num });
const pointBand = z.object({ min: num, points: num });
const range = z.object({ min: num.nullable(), max: num.nullable() }).nullable();
const scorePair = z.tuple([num, num]);
const fourNumbers = z.tuple([num, num, num, num]);
const pointsRecord = z.record(z.string(), num);
const strings = z.array(z.string());

/** Types and shapes only; values are judged per parameter below, so each problem is reported once. */
const shapeSchema = z.object({
  placeholders: strings,
  idPattern: z.string(),
  priority: z.object({
    recency: z.array(z.object({ months: num, points: num })).length(PRIORITY_BAND_COUNTS.recency),
    recencyOtherwise: num,
    frequencyWindowMonths: num,
    frequency: z.array(pointBand).length(PRIORITY_BAND_COUNTS.frequency),
    frequencyOtherwise: num,
    monetary: z.array(pointBand).length(PRIORITY_BAND_COUNTS.monetary),
    monetaryOtherwise: num,
    strategic: pointsRecord,
    strategicOtherwise: num,
    tiers,
  }),
  icp: z.object({ industries: strings, employees: range, revenue: range, regions: strings }),
  cadence: z.object({
    high: num,
    medium: num,
    low: num,
    aClassMax: num,
    dueSoonDays: num,
    staleDays: num,
    staleDaysAClass: num,
    staleDaysWon: num,
  }),
  recommendations: z.object({
    high: z.string(),
    medium: z.string(),
    low: z.string(),
    prospect: z.string(),
    opportunity: z.string(),
    negotiation: z.string(),
  }),
  opportunity: z.object({
    weights: z.object({ amount: num, probability: num, strategic: num, cost: num, payment: num }),
    amountBands: fourNumbers,
    probabilityBands: fourNumbers,
    strategicPoints: pointsRecord,
    strategicOtherwise: num,
    costPoints: pointsRecord,
    costBlank: num,
    paymentFastDays: num,
    paymentSlowDays: num,
    paymentPoints: z.object({ fast: num, mid: num, slow: num }),
    tiers,
  }),
  segments: z.object({
    method: z.enum(["quintile", "fixed"]),
    fixedR: z.array(num),
    fixedF: z.array(num),
    fixedM: z.array(num),
    rules: z.array(
      z.object({
        key: z.enum(SEGMENT_KEYS as [SegmentKey, ...SegmentKey[]]),
        r: scorePair,
        f: scorePair,
        m: scorePair,
      }),
    ),
  }),
  churn: z.object({
    purchaseGapDays: num,
    purchaseGapMinPurchases: num,
    wonContactGapDays: num,
    satisfactionAtMost: num,
    complaintsAtLeast: num,
    highSignals: num,
  }),
  funnel: z.object({
    period: z.enum(["all", "month", "quarter"]),
    crossRows: z.string(),
    crossColumns: z.string(),
    trendMonths: num,
    topLossReasons: num,
  }),
  codes: z.object({
    industry: z.record(z.string(), z.string()),
    size: z.record(z.string(), z.string()),
    stage: z.record(z.string(), z.string()),
    lists: z.record(z.string(), strings),
  }),
}) satisfies z.ZodType<EngineConfig>;

/** Carries a ConfigIssue through zod's custom issue, so nothing is lost on the way out. */
function report(ctx: core.$RefinementCtx, found: ConfigIssue): void {
  ctx.addIssue({
    code: "custom",
    message: found.detail.en,
    path: [...found.path].map(pathKey),
    params: { found },
  });
}

function pathKey(step: PathStep): PropertyKey {
  return typeof step === "object" ? step.key : step;
}

function parameterIssues(config: EngineConfig): ConfigIssue[] {
  return PARAMETERS.flatMap((param) => {
    const value = param.get(config);
    if (value === null && param.optional === true) return [];
    const result = kindSchema(param.kind).safeParse(value);
    if (result.success) return [];
    return result.error.issues.map((zodIssue) => {
      const { rule, detail } = describeKindIssue(zodIssue, param.kind, value);
      return issue([param.key], param.path, rule, detail);
    });
  });
}

export const engineConfigSchema = shapeSchema.superRefine((config, ctx) => {
  // Values are judged only once the shape is right; otherwise every missing band would echo.
  if (ctx.issues.length > 0) return;
  for (const found of [
    ...parameterIssues(config),
    ...crossFieldIssues(config),
    ...codesIssues(config.codes),
  ]) {
    report(ctx, found);
  }
});

function isConfigIssue(candidate: unknown): candidate is ConfigIssue {
  return typeof candidate === "object" && candidate !== null && "rule" in candidate && "detail" in candidate;
}

/** The parameter stored exactly at a shape issue's path, if any. */
function parameterAt(input: unknown, path: readonly PropertyKey[]): Parameter | undefined {
  const matches = (steps: readonly PathStep[]): boolean =>
    steps.length === path.length &&
    steps.every((step, i) => {
      if (typeof step !== "object") return step === path[i];
      const parent = readPath(input, steps.slice(0, i));
      return (
        Array.isArray(parent) && path[i] === parent.findIndex((item) => readPath(item, ["key"]) === step.key)
      );
    });
  return PARAMETERS.find((candidate) => matches(candidate.path));
}

/** A value of the wrong type, or a part of the config missing or misshapen (a form's mistake). */
function shapeIssue(input: unknown, zodIssue: core.$ZodIssue): ConfigIssue {
  const path = zodIssue.path.filter((step): step is string | number => typeof step !== "symbol");
  const param = parameterAt(input, path);
  if (param !== undefined) {
    const { rule, detail } = describeKindIssue({ ...zodIssue, path: [] }, param.kind, readPath(input, path));
    return issue([param.key], path, rule, detail);
  }
  const where = formatPath(path);
  return issue([], path, "rules.invalid", {
    zh: `配置项 ${where} 的结构不正确`,
    en: `the setting ${where} does not have the expected structure`,
  });
}

/** Every problem of a config, or an empty list when it can drive the engine. */
export function checkConfig(input: unknown): ConfigIssue[] {
  const result = engineConfigSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((zodIssue) => {
    const carried = zodIssue.code === "custom" ? zodIssue.params?.found : undefined;
    return isConfigIssue(carried) ? carried : shapeIssue(input, zodIssue);
  });
}
