/** fast-check generators of valid configurations, shared by the config tests. */
import fc from "fast-check";
import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import { SEGMENT_KEYS } from "../../../src/engine/config/parameterDefs/segments";
import { STAGE_LABELS } from "../../../src/engine/config/stages";
import type { CodesConfig, EngineConfig, NumberRange, SegmentRule } from "../../../src/engine/config/types";

/** Characters that survive normalisation and never form a separator, a section title or a number. */
const WORD_CHARS = [..."标杆区域龙头潜力普通制造医疗金融北京上海广州深圳ABCxyz"];

export const word = fc.string({ unit: fc.constantFrom(...WORD_CHARS), minLength: 1, maxLength: 6 });

/** Free text as it reads back: no leading, trailing or doubled spaces, no full-width forms. */
const text = fc
  .array(word, { minLength: 1, maxLength: 4 })
  .chain((words) => fc.constantFrom(words.join(" "), words.join(","), words.join("/")));

const code = fc
  .tuple(fc.integer({ min: 65, max: 90 }), fc.integer({ min: 65, max: 90 }))
  .map(([a, b]) => String.fromCharCode(a, b));

function sortedUnique(
  arb: fc.Arbitrary<number>,
  length: number,
  order: "asc" | "desc",
): fc.Arbitrary<number[]> {
  return fc
    .uniqueArray(arb, { minLength: length, maxLength: length })
    .map((items) => [...items].sort((a, b) => (order === "asc" ? a - b : b - a)));
}

/** Amounts in 万元 with up to two decimals. */
const amount = fc.integer({ min: 0, max: 1_000_000 }).map((cents) => cents / 100);
const points = fc.integer({ min: 0, max: 100 }).map((halves) => halves / 2);
const factorPoints = fc.integer({ min: 1, max: 5 });
const tiers = sortedUnique(fc.integer({ min: 0, max: 100 }), 2, "asc").map(([medium, high]) => ({
  high,
  medium,
}));

function range(bound: fc.Arbitrary<number>): fc.Arbitrary<NumberRange | null> {
  const both = fc
    .tuple(fc.option(bound), fc.option(bound))
    .filter(([min, max]) => min !== null || max !== null)
    .map(([min, max]) => (min !== null && max !== null && min > max ? { min: max, max: min } : { min, max }));
  return fc.option(both);
}

/** Five whole-percent weights adding up to 100: the gaps between four cuts of 0–100. */
const weights = fc
  .array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 })
  .map((cuts) => {
    const sorted = [0, ...[...cuts].sort((a, b) => a - b), 100];
    return sorted.slice(1).map((cut, i) => cut - sorted[i]);
  })
  .map(([amount, probability, strategic, cost, payment]) => ({
    amount,
    probability,
    strategic,
    cost,
    payment,
  }));

const pointsMap = (value: fc.Arbitrary<number>) => fc.dictionary(word, value, { minKeys: 1, maxKeys: 4 });

const scorePair = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));

const segmentRules: fc.Arbitrary<SegmentRule[]> = fc.tuple(
  ...SEGMENT_KEYS.map((key) =>
    fc.record({ r: scorePair, f: scorePair, m: scorePair }).map((ranges) => ({ key, ...ranges })),
  ),
);

const cutPoints = sortedUnique(
  fc.integer({ min: 0, max: 100_000 }).map((n) => n / 10),
  4,
  "asc",
);

const crossFields = ["region", "size", "industry", "stage", "owner", "source", "lifecycle"];

/** Any valid EngineConfig whose codes are the defaults (the rules sheet does not carry codes). */
export const validConfig: fc.Arbitrary<EngineConfig> = fc
  .record({
    placeholders: fc.array(word, { minLength: 1, maxLength: 5 }),
    idPattern: fc.constantFrom("^[A-Z]{2}-\\d{4}$", "^C\\d+$", "^[A-Z]{2} \\d{3,}$", "(a|b){2,3}"),
    recency: sortedUnique(fc.integer({ min: 1, max: 36 }), 2, "asc"),
    recencyPoints: fc.array(points, { minLength: 3, maxLength: 3 }),
    window: fc.integer({ min: 1, max: 12 }),
    frequency: sortedUnique(
      fc.integer({ min: 0, max: 200 }).map((n) => n / 10),
      2,
      "desc",
    ),
    frequencyPoints: fc.array(points, { minLength: 3, maxLength: 3 }),
    monetary: sortedUnique(amount, 2, "desc"),
    monetaryPoints: fc.array(points, { minLength: 3, maxLength: 3 }),
    strategic: pointsMap(fc.integer({ min: 0, max: 100 })),
    strategicOtherwise: points,
    priorityTiers: tiers,
    industries: fc.array(word, { maxLength: 3 }),
    employees: range(fc.integer({ min: 0, max: 100_000 })),
    revenue: range(amount),
    regions: fc.array(word, { maxLength: 3 }),
    cadence: fc.array(fc.integer({ min: 1, max: 90 }), { minLength: 7, maxLength: 7 }),
    dueSoonDays: fc.integer({ min: 0, max: 10 }),
    recommendations: fc.array(text, { minLength: 6, maxLength: 6 }),
    weights,
    amountBands: sortedUnique(amount, 4, "desc"),
    probabilityBands: sortedUnique(fc.integer({ min: 0, max: 1000 }), 4, "desc").map((ks) =>
      ks.map((k) => k / 1000),
    ),
    strategicPoints: pointsMap(factorPoints),
    costPoints: pointsMap(factorPoints),
    factorOthers: fc.array(factorPoints, { minLength: 5, maxLength: 5 }),
    payment: sortedUnique(fc.integer({ min: 0, max: 365 }), 2, "asc"),
    opportunityTiers: tiers,
    method: fc.constantFrom("quintile" as const, "fixed" as const),
    fixed: fc.tuple(cutPoints, cutPoints, cutPoints),
    rules: segmentRules,
    churn: fc.tuple(
      fc.integer({ min: 1, max: 365 }),
      fc.integer({ min: 1, max: 10 }),
      fc.integer({ min: 1, max: 365 }),
      fc.integer({ min: 2, max: 10 }).map((n) => n / 2),
      fc.integer({ min: 1, max: 10 }),
      fc.integer({ min: 1, max: 4 }),
    ),
    period: fc.constantFrom("all" as const, "month" as const, "quarter" as const),
    cross: fc.uniqueArray(fc.constantFrom(...crossFields), { minLength: 2, maxLength: 2 }),
    trendMonths: fc.integer({ min: 1, max: 36 }),
    topLossReasons: fc.integer({ min: 1, max: 10 }),
  })
  .map((g): EngineConfig => ({
    placeholders: g.placeholders,
    idPattern: g.idPattern,
    priority: {
      recency: g.recency.map((months, i) => ({ months, points: g.recencyPoints[i] })),
      recencyOtherwise: g.recencyPoints[2],
      frequencyWindowMonths: g.window,
      frequency: g.frequency.map((min, i) => ({ min, points: g.frequencyPoints[i] })),
      frequencyOtherwise: g.frequencyPoints[2],
      monetary: g.monetary.map((min, i) => ({ min, points: g.monetaryPoints[i] })),
      monetaryOtherwise: g.monetaryPoints[2],
      strategic: g.strategic,
      strategicOtherwise: g.strategicOtherwise,
      tiers: g.priorityTiers,
    },
    icp: { industries: g.industries, employees: g.employees, revenue: g.revenue, regions: g.regions },
    cadence: {
      high: g.cadence[0],
      medium: g.cadence[1],
      low: g.cadence[2],
      aClassMax: g.cadence[3],
      dueSoonDays: g.dueSoonDays,
      staleDays: g.cadence[4],
      staleDaysAClass: g.cadence[5],
      staleDaysWon: g.cadence[6],
    },
    recommendations: {
      high: g.recommendations[0],
      medium: g.recommendations[1],
      low: g.recommendations[2],
      prospect: g.recommendations[3],
      opportunity: g.recommendations[4],
      negotiation: g.recommendations[5],
    },
    opportunity: {
      weights: g.weights,
      amountBands: [g.amountBands[0], g.amountBands[1], g.amountBands[2], g.amountBands[3]],
      probabilityBands: [
        g.probabilityBands[0],
        g.probabilityBands[1],
        g.probabilityBands[2],
        g.probabilityBands[3],
      ],
      strategicPoints: g.strategicPoints,
      strategicOtherwise: g.factorOthers[0],
      costPoints: g.costPoints,
      costBlank: g.factorOthers[1],
      paymentFastDays: g.payment[0],
      paymentSlowDays: g.payment[1],
      paymentPoints: { fast: g.factorOthers[2], mid: g.factorOthers[3], slow: g.factorOthers[4] },
      tiers: g.opportunityTiers,
    },
    segments: {
      method: g.method,
      fixedR: g.fixed[0],
      fixedF: g.fixed[1],
      fixedM: g.fixed[2],
      rules: g.rules,
    },
    churn: {
      purchaseGapDays: g.churn[0],
      purchaseGapMinPurchases: g.churn[1],
      wonContactGapDays: g.churn[2],
      satisfactionAtMost: g.churn[3],
      complaintsAtLeast: g.churn[4],
      highSignals: g.churn[5],
    },
    funnel: {
      period: g.period,
      crossRows: g.cross[0],
      crossColumns: g.cross[1],
      trendMonths: g.trendMonths,
      topLossReasons: g.topLossReasons,
    },
    codes: DEFAULT_CONFIG.codes,
  }));

function codeTable(minLength: number, maxLength: number): fc.Arbitrary<Record<string, string>> {
  return fc
    .uniqueArray(fc.tuple(word, code), {
      minLength,
      maxLength,
      comparator: (a, b) => a[0] === b[0] || a[1] === b[1],
    })
    .map((entries) => Object.fromEntries(entries));
}

const STAGE_NAMES = Object.values(STAGE_LABELS).map((label) => label.zh);

/** Valid code tables and lists over the default list keys. */
export const validCodes: fc.Arbitrary<CodesConfig> = fc.record({
  industry: codeTable(1, 8),
  size: codeTable(1, 5),
  stage: fc
    .uniqueArray(code, { minLength: STAGE_NAMES.length, maxLength: STAGE_NAMES.length })
    .map((codes) => Object.fromEntries(STAGE_NAMES.map((name, i) => [name, codes[i]]))),
  lists: fc.record(
    Object.fromEntries(
      Object.keys(DEFAULT_CONFIG.codes.lists).map((key) => [
        key,
        fc.uniqueArray(word, { minLength: 1, maxLength: 6 }),
      ]),
    ),
  ),
});
