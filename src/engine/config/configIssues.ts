import type { Bilingual } from "../labels";
import type { PathStep } from "./configPath";
import type { Parameter } from "./parameterTypes";

/**
 * One thing wrong with a config, before it is tied to a sheet row or a form field. The detail
 * is the complaint without its subject, so each presenter can name the subject its own way.
 */
export interface ConfigIssue {
  /** Parameters involved, the one to point at first; empty when no parameter covers it (codes). */
  readonly keys: readonly string[];
  /** Where in EngineConfig. */
  readonly path: readonly PathStep[];
  /** Stable rule code, e.g. `rules.order`, `rules.weights-sum`, `codes.duplicate-code`. */
  readonly rule: string;
  /** With keys: "must be at least 1". Without keys: a whole sentence naming its subject. */
  readonly detail: Bilingual;
}

export function issue(
  keys: readonly string[],
  path: readonly PathStep[],
  rule: string,
  detail: Bilingual,
): ConfigIssue {
  return { keys, path, rule, detail };
}

/** `「标签」应为整数` / `Label: must be a whole number`. */
export function withSubject(label: Bilingual, detail: Bilingual): Bilingual {
  return { zh: `「${label.zh}」${detail.zh}`, en: `${label.en}: ${detail.en}` };
}

/** `第 12 行「标签」:应为整数` / `Row 12 (Label): must be a whole number`. */
export function withRowAndSubject(row: number | null, label: Bilingual, detail: Bilingual): Bilingual {
  if (row === null) return withSubject(label, detail);
  return { zh: `第 ${row} 行「${label.zh}」${detail.zh}`, en: `Row ${row} (${label.en}): ${detail.en}` };
}

/** The message of an issue for a form, which shows no rows. */
export function issueMessage(
  found: ConfigIssue,
  parameterOf: (key: string) => Parameter | undefined,
): Bilingual {
  const param = found.keys.length > 0 ? parameterOf(found.keys[0]) : undefined;
  return param === undefined ? found.detail : withSubject(param.label, found.detail);
}
