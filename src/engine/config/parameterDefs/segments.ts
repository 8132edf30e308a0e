import { SEGMENT_LABELS, type Bilingual } from "../../labels";
import type { SegmentKey } from "../types";
import type { ParamKind, ParameterSpec } from "../parameterTypes";

/** Every segment rule, in the default first-match order of SPEC 7. */
export const SEGMENT_KEYS: readonly SegmentKey[] = [
  "champions",
  "loyal",
  "potential",
  "new",
  "promising",
  "need_attention",
  "about_to_sleep",
  "at_risk",
  "cant_lose",
  "lost",
];

/** Number of fixed cut-points per dimension: scores 1–5 need four. */
export const CUT_POINT_COUNT = 4;

const CUT_POINTS: ParamKind = { type: "numbers", count: CUT_POINT_COUNT };

const DIMENSIONS = [
  { field: "r", name: { zh: "R(距最近购买天数)", en: "R (days since last purchase)" } },
  { field: "f", name: { zh: "F(购买次数)", en: "F (purchase count)" } },
  { field: "m", name: { zh: "M(累计成交金额)", en: "M (total revenue)" } },
] as const;

const CUT_NOTES: Readonly<Record<"r" | "f" | "m", Bilingual>> = {
  r: {
    zh: "四个递增的天数,用、分隔:≤ 第1个得 5 分,≤ 第2个得 4 分……都大于得 1 分",
    en: "Four increasing day counts, separated by 、: ≤ the 1st scores 5, ≤ the 2nd scores 4, … above all scores 1",
  },
  f: {
    zh: "四个递增的次数,用、分隔:≥ 第1个得 2 分……≥ 第4个得 5 分",
    en: "Four increasing counts, separated by 、: ≥ the 1st scores 2, … ≥ the 4th scores 5",
  },
  m: {
    zh: "四个递增的金额(万元),用、分隔:≥ 第1个得 2 分……≥ 第4个得 5 分",
    en: "Four increasing amounts (10k CNY), separated by 、: ≥ the 1st scores 2, … ≥ the 4th scores 5",
  },
};

const RANGE_NOTE: Bilingual = {
  zh: "1–5 分,写作 4~5 或单个分数;各分群按表中顺序取首个匹配",
  en: "Scores 1–5, written 4~5 or a single score; segments are tried in sheet order, first match wins",
};

function segmentRanges(key: SegmentKey): ParameterSpec[] {
  const name = SEGMENT_LABELS[key];
  return DIMENSIONS.map(({ field }) => ({
    key: `segments.${key}.${field}`,
    group: "segments",
    label: {
      zh: `${name.zh}:${field.toUpperCase()} 分范围`,
      en: `${name.en}: ${field.toUpperCase()} score range`,
    },
    note: RANGE_NOTE,
    kind: { type: "scoreRange" },
    path: ["segments", "rules", { key }, field],
  }));
}

export const SEGMENT_PARAMETERS: readonly ParameterSpec[] = [
  {
    key: "segments.method",
    group: "segments",
    label: { zh: "评分方式", en: "Scoring method" },
    note: {
      zh: "五分位:按客户数据自动分档;固定切点:使用下面三行",
      en: "Quintiles: bands from the data; fixed cut-points: the three rows below",
    },
    kind: {
      type: "choice",
      options: [
        { value: "quintile", label: { zh: "五分位", en: "Quintiles" } },
        { value: "fixed", label: { zh: "固定切点", en: "Fixed cut-points" } },
      ],
    },
    path: ["segments", "method"],
  },
  ...DIMENSIONS.map(({ field, name }): ParameterSpec => ({
    key: `segments.fixed.${field}`,
    group: "segments",
    label: { zh: `固定切点:${name.zh}`, en: `Fixed cut-points: ${name.en}` },
    note: CUT_NOTES[field],
    kind: CUT_POINTS,
    path: ["segments", `fixed${field.toUpperCase()}`],
  })),
  ...SEGMENT_KEYS.flatMap(segmentRanges),
];
