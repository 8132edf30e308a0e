/**
 * The zod schema of one parameter's value, built from its kind, and the translation of zod's
 * issues into sentences a sales manager understands.
 */
import { z } from "zod";
import type { core } from "zod";
import type { Bilingual } from "../labels";
import { plainDecimal } from "../cells/decimal";
import { hasNestedQuantifier } from "./idPattern";
import type { ParamKind } from "./parameterTypes";

/** Characters that split list cells; an item containing one would not survive the round trip. */
export const LIST_SEPARATORS = /[、,，;；]/;
const MAP_LABEL_FORBIDDEN = /[、,，;；=:：]/;

/** A custom issue carries its own rule and both languages in `params`. */
function custom(ctx: core.$RefinementCtx, rule: string, detail: Bilingual, path: PropertyKey[] = []): void {
  ctx.addIssue({ code: "custom", message: detail.en, path, params: { rule, zh: detail.zh, en: detail.en } });
}

function canCompile(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

const listItem = z
  .string()
  .min(1)
  .superRefine((item, ctx) => {
    if (LIST_SEPARATORS.test(item)) {
      custom(ctx, "rules.separator", { zh: `「${item}」含有分隔符`, en: `"${item}" contains a separator` });
    }
  });

const mapLabel = z
  .string()
  .min(1)
  .superRefine((label, ctx) => {
    if (MAP_LABEL_FORBIDDEN.test(label)) {
      custom(ctx, "rules.separator", { zh: `「${label}」含有分隔符`, en: `"${label}" contains a separator` });
    }
  });

function bounded(schema: z.ZodNumber, min: number, max: number | undefined): z.ZodNumber {
  const low = schema.min(min);
  return max === undefined ? low : low.max(max);
}

const scoreBound = z.number().int().min(1).max(5);

function buildKindSchema(kind: ParamKind): z.ZodType {
  switch (kind.type) {
    case "integer":
      return bounded(z.number().int(), kind.min, kind.max);
    case "number":
      return bounded(z.number(), kind.min, kind.max);
    case "days":
      return z.number().int().min(kind.min);
    case "amount":
      return z.number().min(0);
    case "percent":
      return z
        .number()
        .min(0)
        .max(kind.stored === "points" ? 100 : 1);
    case "text":
      return z.string();
    case "pattern":
      return z
        .string()
        .min(1)
        .superRefine((source, ctx) => {
          if (!canCompile(source)) {
            custom(ctx, "rules.bad-pattern", {
              zh: "不是有效的正则表达式",
              en: "is not a valid regular expression",
            });
          } else if (hasNestedQuantifier(source)) {
            custom(ctx, "rules.bad-pattern", {
              zh: "含有嵌套重复(如 (A+)+),匹配时可能让 Excel 卡住:请改写",
              en: "repeats a repeated group (like (A+)+), which can freeze Excel while matching: rewrite it",
            });
          }
        });
    case "list":
      return z.array(listItem);
    case "numbers":
      return z
        .array(z.number().min(0))
        .length(kind.count)
        .superRefine((cuts, ctx) => {
          if (cuts.some((cut, i) => i > 0 && cut <= cuts[i - 1])) {
            custom(ctx, "rules.order", { zh: "须逐个增大", en: "must increase one after another" });
          }
        });
    case "scoreRange":
      return z.tuple([scoreBound, scoreBound]).superRefine(([low, high], ctx) => {
        if (low > high)
          custom(ctx, "rules.order", { zh: "下限不能大于上限", en: "the low end exceeds the high end" });
      });
    case "pointsMap":
      return z.record(mapLabel, bounded(z.number(), kind.min, kind.max));
    case "choice":
      return z.enum(kind.options.map((option) => option.value) as [string, ...string[]]);
  }
}

const schemaCache = new WeakMap<ParamKind, z.ZodType>();

/** The schema of a kind, built once per kind object (kinds are shared, immutable data). */
export function kindSchema(kind: ParamKind): z.ZodType {
  const cached = schemaCache.get(kind);
  if (cached !== undefined) return cached;
  const schema = buildKindSchema(kind);
  schemaCache.set(kind, schema);
  return schema;
}

/** A rule code and the complaint, without its subject. */
export interface IssueDetail {
  readonly rule: string;
  readonly detail: Bilingual;
}

function percentRange(): IssueDetail {
  return {
    rule: "rules.out-of-range",
    detail: { zh: "应在 0%–100% 之间", en: "must be between 0 % and 100 %" },
  };
}

function typeDetail(expected: string, isNull: boolean): IssueDetail {
  if (isNull) return { rule: "rules.missing", detail: { zh: "必须填写", en: "is required" } };
  if (expected === "int")
    return { rule: "rules.not-an-integer", detail: { zh: "应为整数", en: "must be a whole number" } };
  if (expected === "number")
    return { rule: "rules.not-a-number", detail: { zh: "应为数字", en: "must be a number" } };
  if (expected === "string")
    return { rule: "rules.not-text", detail: { zh: "应为文字", en: "must be text" } };
  return { rule: "rules.invalid", detail: { zh: "格式不正确", en: "is not in the expected form" } };
}

function baseDetail(found: core.$ZodIssue, kind: ParamKind, isNull: boolean): IssueDetail {
  switch (found.code) {
    case "custom": {
      const params = found.params ?? {};
      return { rule: String(params.rule), detail: { zh: String(params.zh), en: String(params.en) } };
    }
    case "invalid_type":
      return typeDetail(found.expected, isNull);
    case "too_small":
    case "too_big": {
      const small = found.code === "too_small";
      const limit = plainDecimal(Number(small ? found.minimum : found.maximum));
      if (found.origin === "string")
        return { rule: "rules.missing", detail: { zh: "不能为空", en: "must not be empty" } };
      if (found.origin !== "number") {
        return { rule: "rules.count", detail: { zh: `应有 ${limit} 项`, en: `must have ${limit} items` } };
      }
      if (kind.type === "percent") return percentRange();
      return small
        ? { rule: "rules.out-of-range", detail: { zh: `不能小于 ${limit}`, en: `must be at least ${limit}` } }
        : { rule: "rules.out-of-range", detail: { zh: `不能大于 ${limit}`, en: `must be at most ${limit}` } };
    }
    case "invalid_value": {
      const options = kind.type === "choice" ? kind.options : [];
      return {
        rule: "rules.not-an-option",
        detail: {
          zh: `应为以下之一:${options.map((option) => option.label.zh).join("、")}`,
          en: `must be one of: ${options.map((option) => option.label.en).join(", ")}`,
        },
      };
    }
    default:
      return typeDetail("", false);
  }
}

/** Names the part of a value an issue is about: an item of a list, a label of a map. */
function partOf(step: PropertyKey): Bilingual {
  return typeof step === "number"
    ? { zh: `第 ${step + 1} 项`, en: `item ${step + 1}` }
    : { zh: `「${String(step)}」`, en: `"${String(step)}"` };
}

/** A zod issue raised on one parameter's value, in a manager's words. */
export function describeKindIssue(found: core.$ZodIssue, kind: ParamKind, value: unknown): IssueDetail {
  if (found.code === "invalid_key") {
    // A map label failed: its own check names it (a separator) or it is blank.
    const nested = found.issues[0];
    if (nested?.code === "custom") return baseDetail(nested, kind, false);
    return { rule: "rules.missing", detail: { zh: "有空白的标签", en: "has a blank label" } };
  }
  const { rule, detail } = baseDetail(found, kind, value === null || value === undefined);
  // Map keys and list positions are named; a range's two ends need no naming.
  if (found.path.length === 0 || kind.type === "scoreRange") return { rule, detail };
  const part = partOf(found.path[0]);
  return { rule, detail: { zh: `${part.zh}${detail.zh}`, en: `${part.en} ${detail.en}` } };
}
