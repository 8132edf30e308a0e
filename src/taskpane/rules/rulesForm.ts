/**
 * The rules editor's form as plain data: one text per parameter of the registry, read the way
 * the `评分规则` sheet reads its cells, then checked by `validateConfig` as the user types.
 */
import { plainDecimal } from "../../engine/cells/decimal";
import { formatParamCell, percentPoints } from "../../engine/config/paramFormat";
import { readParamCell } from "../../engine/config/paramParse";
import { parameterByKey, PARAMETERS } from "../../engine/config/parameters";
import type { ParamKind, Parameter, ParamValue } from "../../engine/config/parameterTypes";
import type { EngineConfig } from "../../engine/config/types";
import { validateConfig } from "../../engine/config/validateConfig";
import type { Bilingual, Lang } from "../../engine/labels";

/** Text per parameter key, as typed. */
export type FormTexts = Readonly<Record<string, string>>;

export interface FormEvaluation {
  /** The config the texts describe; only usable when `problemCount` is 0. */
  readonly config: EngineConfig;
  /** What is wrong with each field, by parameter key. */
  readonly fieldErrors: ReadonlyMap<string, readonly Bilingual[]>;
  /** Problems no single field of the form owns (code tables, for instance). */
  readonly otherProblems: readonly Bilingual[];
  readonly problemCount: number;
  /** Sum of the opportunity weights in percent points; null while one cannot be read. */
  readonly weightsTotal: number | null;
}

/** The five opportunity weights (SPEC 6) share one total that must be 100 %. */
export const WEIGHT_KEY_PREFIX = "opportunity.weights.";

export function isWeight(param: Parameter): boolean {
  return param.key.startsWith(WEIGHT_KEY_PREFIX);
}

/** Percents are typed in points beside a `%` sign, so the field holds `30`, not `30%`. */
export function fieldText(kind: ParamKind, value: ParamValue, lang: Lang): string {
  if (value === null) return "";
  if (kind.type === "percent" && typeof value === "number") return plainDecimal(percentPoints(kind, value));
  const cell = formatParamCell(kind, value, lang);
  return cell === null ? "" : typeof cell === "number" ? plainDecimal(cell) : cell;
}

export function textsOf(config: EngineConfig, lang: Lang): FormTexts {
  return Object.fromEntries(
    PARAMETERS.map((param) => [param.key, fieldText(param.kind, param.get(config), lang)]),
  );
}

/** A field's text as a sheet cell: a bare number in a percent field means points (1 → 1 %). */
function asCell(kind: ParamKind, text: string): string {
  const trimmed = text.trim();
  if (kind.type !== "percent" || trimmed === "" || /[%％]$/.test(trimmed)) return trimmed;
  return `${trimmed}%`;
}

function addError(errors: Map<string, Bilingual[]>, key: string, message: Bilingual): void {
  const list = errors.get(key);
  if (list === undefined) errors.set(key, [message]);
  else list.push(message);
}

/**
 * Reads every field: a blank field takes the default (or "not set" for optional parameters),
 * an unreadable one keeps the default and reports why. Cross-field checks follow, except those
 * touching an unreadable field: they would only echo its error.
 */
export function evaluateForm(texts: FormTexts, defaults: EngineConfig): FormEvaluation {
  let config = defaults;
  const errors = new Map<string, Bilingual[]>();
  for (const param of PARAMETERS) {
    const read = readParamCell(param.kind, asCell(param.kind, texts[param.key] ?? ""));
    if (read.kind === "value") config = param.set(config, read.value);
    else if (read.kind === "blank") config = param.set(config, param.optional ? null : param.get(defaults));
    else addError(errors, param.key, read.detail);
  }
  const unreadable = new Set(errors.keys());
  const otherProblems: Bilingual[] = [];
  for (const problem of validateConfig(config)) {
    if (unreadable.has(problem.path)) continue;
    if (parameterByKey(problem.path) === undefined) otherProblems.push(problem.message);
    else addError(errors, problem.path, problem.message);
  }
  const problemCount = Array.from(errors.values()).reduce(
    (sum, list) => sum + list.length,
    otherProblems.length,
  );
  return {
    config,
    fieldErrors: errors,
    otherProblems,
    problemCount,
    weightsTotal: weightsTotal(config, unreadable),
  };
}

function weightsTotal(config: EngineConfig, unreadable: ReadonlySet<string>): number | null {
  let total = 0;
  for (const param of PARAMETERS) {
    if (!isWeight(param)) continue;
    const value = param.get(config);
    if (unreadable.has(param.key) || typeof value !== "number" || param.kind.type !== "percent") return null;
    total += percentPoints(param.kind, value);
  }
  return Math.round(total * 1e6) / 1e6;
}
