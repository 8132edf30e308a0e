/**
 * The customer-ID pattern is a regular expression a manager types into 评分规则. Two guards keep a
 * careless pattern from freezing Excel with catastrophic backtracking: patterns with a quantified
 * group that itself repeats (`(A+)+`, `([A-Z]+-)*`) are refused when the rules are read,
 * and IDs longer than any real scheme are never handed to the pattern at all.
 */
export const MAX_ID_CHARS = 64;

/** A group whose body repeats open-endedly (`+`, `*`, `{n,m}`) and which is itself repeated so. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*(?:[+*]|\{\d+,\d*\})(?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,\d*\})/;

export function hasNestedQuantifier(source: string): boolean {
  return NESTED_QUANTIFIER.test(source);
}

/** The whole-ID matcher, or null when the pattern does not compile (the rules check reports that). */
export function compileIdPattern(source: string): RegExp | null {
  try {
    return new RegExp(`^(?:${source})$`);
  } catch {
    return null;
  }
}

export function matchesIdPattern(pattern: RegExp, id: string): boolean {
  return id.length <= MAX_ID_CHARS && pattern.test(id);
}
