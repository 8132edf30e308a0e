/**
 * The registry of every parameter a manager edits in `评分规则`: one list, read in both
 * directions (config → sheet, sheet → config) and by the add-in's rules editor form.
 */
import type { Bilingual } from "../labels";
import { readPath, writePath } from "./configPath";
import { CHURN_FUNNEL_PARAMETERS } from "./parameterDefs/churnFunnel";
import { FOLLOW_UP_PARAMETERS } from "./parameterDefs/followUp";
import { GENERAL_PARAMETERS } from "./parameterDefs/general";
import { ICP_PARAMETERS } from "./parameterDefs/icp";
import { OPPORTUNITY_PARAMETERS } from "./parameterDefs/opportunity";
import { PRIORITY_PARAMETERS } from "./parameterDefs/priority";
import { SEGMENT_PARAMETERS } from "./parameterDefs/segments";
import type { ParamGroup, ParamValue, Parameter, ParameterSpec } from "./parameterTypes";
import type { EngineConfig } from "./types";

export const PARAM_GROUP_LABELS: Readonly<Record<ParamGroup, Bilingual>> = {
  general: { zh: "通用", en: "General" },
  priority: { zh: "优先级评分", en: "Priority score" },
  icp: { zh: "理想客户画像", en: "Ideal customer profile" },
  cadence: { zh: "跟进节奏", en: "Follow-up cadence" },
  recommendations: { zh: "建议下一步", en: "Recommended steps" },
  opportunity: { zh: "机会评分", en: "Opportunity scorecard" },
  segments: { zh: "价值分群", en: "Value segments" },
  churn: { zh: "流失预警", en: "Churn risk" },
  funnel: { zh: "销售漏斗", en: "Funnel" },
};

function isNumberArray(items: readonly unknown[]): items is readonly number[] {
  return items.every((item) => typeof item === "number");
}

function isStringArray(items: readonly unknown[]): items is readonly string[] {
  return items.every((item) => typeof item === "string");
}

function isPointsRecord(node: object): node is Readonly<Record<string, number>> {
  return Object.values(node).every((item) => typeof item === "number");
}

/** What the config holds at a parameter's path, if it has a parameter's shape; else null. */
function asParamValue(node: unknown): ParamValue {
  if (typeof node === "number" || typeof node === "string") return node;
  if (Array.isArray(node)) return isNumberArray(node) || isStringArray(node) ? node : null;
  if (typeof node === "object" && node !== null && isPointsRecord(node)) return node;
  return null;
}

function withAccessors(spec: ParameterSpec): Parameter {
  const parentPath = spec.path.slice(0, -1);
  const leaf = spec.path.slice(-1);
  return {
    ...spec,
    get: (config) => asParamValue(readPath(config, spec.path)),
    set(config, value) {
      // The registry's paths are checked against EngineConfig by the tests, so the result keeps its shape.
      if (spec.nullableParent === undefined) return writePath(config, spec.path, value) as EngineConfig;
      const parent = readPath(config, parentPath) ?? spec.nullableParent;
      const updated = writePath(parent, leaf, value);
      const empty =
        typeof updated === "object" && updated !== null && Object.values(updated).every((v) => v === null);
      return writePath(config, parentPath, empty ? null : updated) as EngineConfig;
    },
  };
}

/** Every parameter in sheet order. */
export const PARAMETERS: readonly Parameter[] = [
  ...GENERAL_PARAMETERS,
  ...PRIORITY_PARAMETERS,
  ...ICP_PARAMETERS,
  ...FOLLOW_UP_PARAMETERS,
  ...OPPORTUNITY_PARAMETERS,
  ...SEGMENT_PARAMETERS,
  ...CHURN_FUNNEL_PARAMETERS,
].map(withAccessors);

const BY_KEY: ReadonlyMap<string, Parameter> = new Map(PARAMETERS.map((param) => [param.key, param]));

export function parameterByKey(key: string): Parameter | undefined {
  return BY_KEY.get(key);
}

/** The parameters of one group, in sheet order. */
export function parametersInGroup(group: ParamGroup): readonly Parameter[] {
  return PARAMETERS.filter((param) => param.group === group);
}
