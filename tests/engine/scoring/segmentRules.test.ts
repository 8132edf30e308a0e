import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import type { SegmentKey, SegmentRule } from "../../../src/engine/config/types";
import { matchSegment, shadowedSegments } from "../../../src/engine/scoring/segmentRules";

const rules = DEFAULT_CONFIG.segments.rules;

function ruleFor(key: SegmentKey): SegmentRule {
  const rule = rules.find((r) => r.key === key);
  if (rule === undefined) throw new Error(`no rule ${key}`);
  return rule;
}

/** The SPEC 7 order with each shadowed rule moved just before the rule that hides it. */
const REORDERED: readonly SegmentRule[] = [
  ruleFor("champions"),
  ruleFor("loyal"),
  ruleFor("new"),
  ruleFor("promising"),
  ruleFor("potential"),
  ruleFor("need_attention"),
  ruleFor("about_to_sleep"),
  ruleFor("cant_lose"),
  ruleFor("at_risk"),
  ruleFor("lost"),
];

describe("matchSegment: first match wins, ranges inclusive", () => {
  it.each([
    [5, 5, 5, "champions"],
    [4, 4, 4, "champions"],
    [3, 4, 4, "loyal"],
    [2, 3, 3, "loyal"],
    [3, 3, 3, "loyal"],
    [5, 3, 2, "potential"],
    [3, 1, 1, "potential"],
    [4, 1, 1, "potential"],
    [2, 2, 2, "need_attention"],
    [3, 2, 3, "potential"],
    [2, 3, 2, "need_attention"],
    [2, 1, 1, "about_to_sleep"],
    [2, 1, 2, "about_to_sleep"],
    [1, 2, 2, "at_risk"],
    [1, 5, 5, "at_risk"],
    [2, 5, 1, "others"],
    [1, 1, 1, "lost"],
    [1, 2, 1, "lost"],
    [1, 1, 3, "others"],
    [5, 4, 1, "others"],
  ] as const)("R%i F%i M%i → %s", (r, f, m, segment) => {
    expect(matchSegment({ r, f, m }, rules)).toBe(segment);
  });

  it("gives others without rules", () => {
    expect(matchSegment({ r: 5, f: 5, m: 5 }, [])).toBe("others");
  });
});

describe("shadowedSegments", () => {
  it("finds the SPEC 7 rules that can never match in the SPEC's order", () => {
    // 新客户 (4–5, 1, 1) and 有希望 (3–4, 1, 1) lie inside 潜力客户 (3–5, 1–3, 1–3);
    // 不能失去 (1, 4–5, 4–5) lies inside 流失风险 (1–2, 2–5, 2–5).
    expect(shadowedSegments(rules)).toEqual(["new", "promising", "cant_lose"]);
  });

  it("finds none once each is placed before the rule that hid it", () => {
    expect(shadowedSegments(REORDERED)).toEqual([]);
  });

  it.each([
    [5, 1, 1, "new"],
    [3, 1, 1, "promising"],
    [4, 1, 2, "potential"],
    [1, 4, 5, "cant_lose"],
    [1, 3, 5, "at_risk"],
  ] as const)("in that order R%i F%i M%i → %s", (r, f, m, segment) => {
    expect(matchSegment({ r, f, m }, REORDERED)).toBe(segment);
  });
});
