import type { SegmentKey, SegmentRule } from "../config/types";

/** R, F and M scores run 1–5 (quintiles). */
export const MIN_SEGMENT_SCORE = 1;
export const MAX_SEGMENT_SCORE = 5;

export interface RfmScores {
  readonly r: number;
  readonly f: number;
  readonly m: number;
}

function within(score: number, range: readonly [number, number]): boolean {
  return score >= range[0] && score <= range[1];
}

/** The first rule whose three inclusive ranges all contain the scores; "others" when none does. */
export function matchSegment(scores: RfmScores, rules: readonly SegmentRule[]): SegmentKey | "others" {
  const rule = rules.find((r) => within(scores.r, r.r) && within(scores.f, r.f) && within(scores.m, r.m));
  return rule === undefined ? "others" : rule.key;
}

/**
 * Segments that no score combination can reach because earlier rules cover all of their
 * combinations (first match wins). Lets a manager be warned about an ordering that hides a segment.
 */
export function shadowedSegments(rules: readonly SegmentRule[]): SegmentKey[] {
  const reached = new Set<SegmentKey | "others">();
  for (let r = MIN_SEGMENT_SCORE; r <= MAX_SEGMENT_SCORE; r += 1) {
    for (let f = MIN_SEGMENT_SCORE; f <= MAX_SEGMENT_SCORE; f += 1) {
      for (let m = MIN_SEGMENT_SCORE; m <= MAX_SEGMENT_SCORE; m += 1)
        reached.add(matchSegment({ r, f, m }, rules));
    }
  }
  const shadowed: SegmentKey[] = [];
  for (const rule of rules) {
    if (!reached.has(rule.key) && !shadowed.includes(rule.key)) shadowed.push(rule.key);
  }
  return shadowed;
}
