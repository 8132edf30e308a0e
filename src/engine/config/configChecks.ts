/**
 * The rules that tie parameters together: weights that must add up, bands that must run in
 * order, tiers that must not cross. Each issue names every parameter it involves.
 */
import type { Bilingual } from "../labels";
import { plainDecimal } from "../cells/decimal";
import { issue, type ConfigIssue } from "./configIssues";
import { formatParamValue, roundFloat } from "./paramFormat";
import { PRIORITY_BAND_COUNTS } from "./parameterDefs/priority";
import { parameterByKey } from "./parameters";
import type { Parameter } from "./parameterTypes";
import type { EngineConfig } from "./types";

const WEIGHT_KEYS = ["amount", "probability", "strategic", "cost", "payment"].map(
  (f) => `opportunity.weights.${f}`,
);
const SUM_TOLERANCE = 1e-9;

type Direction = "increasing" | "decreasing" | "not-decreasing";

const ORDER_WORDS: Readonly<Record<Direction, Bilingual>> = {
  increasing: { zh: "应大于", en: "must be greater than" },
  decreasing: { zh: "应小于", en: "must be less than" },
  "not-decreasing": { zh: "不能小于", en: "must not be less than" },
};

function inOrder(earlier: number, later: number, direction: Direction): boolean {
  if (direction === "increasing") return later > earlier;
  if (direction === "decreasing") return later < earlier;
  return later >= earlier;
}

function mustFind(key: string): Parameter {
  const param = parameterByKey(key);
  if (param === undefined) throw new Error(`Unknown parameter ${key}`);
  return param;
}

/** Each parameter of `keys` compared with the one before it; blanks (optional bounds) are skipped. */
function orderIssues(config: EngineConfig, keys: readonly string[], direction: Direction): ConfigIssue[] {
  const params = keys.map(mustFind);
  const found: ConfigIssue[] = [];
  for (let i = 1; i < params.length; i++) {
    const [earlier, later] = [params[i - 1], params[i]];
    const [a, b] = [earlier.get(config), later.get(config)];
    if (typeof a !== "number" || typeof b !== "number" || inOrder(a, b, direction)) continue;
    const words = ORDER_WORDS[direction];
    const shown = {
      zh: formatParamValue(earlier.kind, a, "zh"),
      en: formatParamValue(earlier.kind, a, "en"),
    };
    found.push(
      issue([later.key, earlier.key], later.path, "rules.order", {
        zh: `${words.zh}「${earlier.label.zh}」(${shown.zh})`,
        en: `${words.en} "${earlier.label.en}" (${shown.en})`,
      }),
    );
  }
  return found;
}

function weightsIssue(config: EngineConfig): ConfigIssue[] {
  const weights = WEIGHT_KEYS.map((key) => mustFind(key).get(config));
  if (!weights.every((w): w is number => typeof w === "number")) return [];
  const sum = roundFloat(weights.reduce((total, w) => total + w, 0));
  if (Math.abs(sum - 100) <= SUM_TOLERANCE) return [];
  return [
    issue(WEIGHT_KEYS, ["opportunity", "weights"], "rules.weights-sum", {
      zh: `五项权重合计为 ${plainDecimal(sum)}%,应为 100%`,
      en: `the five weights add up to ${plainDecimal(sum)} %, not 100 %`,
    }),
  ];
}

function crossTableIssue(config: EngineConfig): ConfigIssue[] {
  if (config.funnel.crossRows !== config.funnel.crossColumns) return [];
  const rows = mustFind("funnel.crossRows");
  return [
    issue(["funnel.crossColumns", "funnel.crossRows"], ["funnel", "crossColumns"], "rules.same-dimension", {
      zh: `不能与「${rows.label.zh}」相同`,
      en: `must differ from "${rows.label.en}"`,
    }),
  ];
}

function segmentKeyIssues(config: EngineConfig): ConfigIssue[] {
  const seen = new Set<string>();
  const found: ConfigIssue[] = [];
  for (const rule of config.segments.rules) {
    if (seen.has(rule.key)) {
      found.push(
        issue([`segments.${rule.key}.r`], ["segments", "rules"], "rules.duplicate", {
          zh: `分群规则「${rule.key}」出现了两次`,
          en: `segment rule "${rule.key}" appears twice`,
        }),
      );
    }
    seen.add(rule.key);
  }
  return found;
}

const bands = (prefix: string, count: number, field: string): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix}.${i + 1}.${field}`);

/** Every cross-parameter rule of SPEC 4–8; assumes the config already has the right shape. */
export function crossFieldIssues(config: EngineConfig): ConfigIssue[] {
  return [
    ...orderIssues(config, bands("priority.recency", PRIORITY_BAND_COUNTS.recency, "months"), "increasing"),
    ...orderIssues(config, bands("priority.frequency", PRIORITY_BAND_COUNTS.frequency, "min"), "decreasing"),
    ...orderIssues(config, bands("priority.monetary", PRIORITY_BAND_COUNTS.monetary, "min"), "decreasing"),
    ...orderIssues(config, ["priority.tiers.medium", "priority.tiers.high"], "increasing"),
    ...orderIssues(config, ["icp.employees.min", "icp.employees.max"], "not-decreasing"),
    ...orderIssues(config, ["icp.revenue.min", "icp.revenue.max"], "not-decreasing"),
    ...weightsIssue(config),
    ...orderIssues(
      config,
      [5, 4, 3, 2].map((s) => `opportunity.amount.${s}`),
      "decreasing",
    ),
    ...orderIssues(
      config,
      [5, 4, 3, 2].map((s) => `opportunity.probability.${s}`),
      "decreasing",
    ),
    ...orderIssues(config, ["opportunity.payment.fastDays", "opportunity.payment.slowDays"], "increasing"),
    ...orderIssues(config, ["opportunity.tiers.medium", "opportunity.tiers.high"], "increasing"),
    ...segmentKeyIssues(config),
    ...crossTableIssue(config),
  ];
}
