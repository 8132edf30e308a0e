import type { Bilingual } from "../../labels";
import type { ParamKind, ParameterSpec } from "../parameterTypes";
import { AMOUNT, MONTHS, POINTS, SCORE_0_100 } from "./kinds";

/** How many bands each RFM rule has in the sheet; the config schema holds the config to these. */
export const PRIORITY_BAND_COUNTS = { recency: 2, frequency: 2, monetary: 2 } as const;

type BandRule = keyof typeof PRIORITY_BAND_COUNTS;

interface BandFamily {
  readonly rule: BandRule;
  /** The threshold's property in the band object. */
  readonly field: "months" | "min";
  readonly kind: ParamKind;
  readonly factor: string;
  readonly threshold: (band: number) => Bilingual;
  readonly thresholdNote: Bilingual;
  readonly otherwiseNote: Bilingual;
}

const FAMILIES: readonly BandFamily[] = [
  {
    rule: "recency",
    field: "months",
    kind: MONTHS,
    factor: "R",
    threshold: (band) => ({
      zh: `R 第${band}档:最近跟进在几个月内`,
      en: `R band ${band}: last contact within (months)`,
    }),
    thresholdNote: {
      zh: "最近一次跟进不早于 T 往前这么多个自然月,得本档分数;各档月数须逐档增大",
      en: "Last contact on or after T minus this many calendar months earns this band; months must increase band by band",
    },
    otherwiseNote: { zh: "更早或从未跟进", en: "Older contact or never contacted" },
  },
  {
    rule: "frequency",
    field: "min",
    kind: { type: "number", min: 0 },
    factor: "F",
    threshold: (band) => ({ zh: `F 第${band}档:月均跟进次数 ≥`, en: `F band ${band}: contacts per month ≥` }),
    thresholdNote: {
      zh: "统计窗口内跟进次数 ÷ 窗口月数;各档下限须逐档减小",
      en: "Contacts within the window ÷ window months; thresholds must decrease band by band",
    },
    otherwiseNote: { zh: "低于所有档", en: "Below every band" },
  },
  {
    rule: "monetary",
    field: "min",
    kind: AMOUNT,
    factor: "M",
    threshold: (band) => ({
      zh: `M 第${band}档:预估采购金额 ≥(万元)`,
      en: `M band ${band}: est. purchase ≥ (10k CNY)`,
    }),
    thresholdNote: {
      zh: "单位万元;各档下限须逐档减小",
      en: "In 10k CNY; thresholds must decrease band by band",
    },
    otherwiseNote: { zh: "低于所有档或未填写", en: "Below every band, or blank" },
  },
];

const POINTS_NOTE: Bilingual = { zh: "分", en: "Points" };

function familyParameters(family: BandFamily): ParameterSpec[] {
  const { rule, field, factor } = family;
  const bands = Array.from({ length: PRIORITY_BAND_COUNTS[rule] }, (_, index) => {
    const band = index + 1;
    const threshold: ParameterSpec = {
      key: `priority.${rule}.${band}.${field}`,
      group: "priority",
      label: family.threshold(band),
      note: family.thresholdNote,
      kind: family.kind,
      path: ["priority", rule, index, field],
    };
    const points: ParameterSpec = {
      key: `priority.${rule}.${band}.points`,
      group: "priority",
      label: { zh: `${factor} 第${band}档:得分`, en: `${factor} band ${band}: points` },
      note: POINTS_NOTE,
      kind: POINTS,
      path: ["priority", rule, index, "points"],
    };
    return [threshold, points];
  });
  const otherwise: ParameterSpec = {
    key: `priority.${rule}.otherwise`,
    group: "priority",
    label: { zh: `${factor} 其他:得分`, en: `${factor} otherwise: points` },
    note: family.otherwiseNote,
    kind: POINTS,
    path: ["priority", `${rule}Otherwise`],
  };
  return [...bands.flat(), otherwise];
}

const [RECENCY, FREQUENCY, MONETARY] = FAMILIES.map(familyParameters);

export const PRIORITY_PARAMETERS: readonly ParameterSpec[] = [
  ...RECENCY,
  {
    key: "priority.frequency.windowMonths",
    group: "priority",
    label: { zh: "F 统计窗口(月)", en: "F window (months)" },
    note: {
      zh: "统计 [T − 窗口, T] 内的跟进次数,再除以窗口月数",
      en: "Contacts dated within [T − window, T], divided by the window's months",
    },
    kind: MONTHS,
    path: ["priority", "frequencyWindowMonths"],
  },
  ...FREQUENCY,
  ...MONETARY,
  {
    key: "priority.strategic",
    group: "priority",
    label: { zh: "V 战略价值:得分", en: "V strategic value: points" },
    note: {
      zh: "写作 标签=分数,用、分隔,如 行业标杆=10、区域龙头=5",
      en: "Written label=points, separated by 、 or commas, e.g. 行业标杆=10、区域龙头=5",
    },
    kind: { type: "pointsMap", min: 0, max: 100 },
    path: ["priority", "strategic"],
  },
  {
    key: "priority.strategic.otherwise",
    group: "priority",
    label: { zh: "V 其他:得分", en: "V otherwise: points" },
    note: { zh: "未列出的战略价值或未填写", en: "A strategic value not listed, or blank" },
    kind: POINTS,
    path: ["priority", "strategicOtherwise"],
  },
  {
    key: "priority.tiers.high",
    group: "priority",
    label: { zh: "高优先级:总分 ≥", en: "Priority High: score ≥" },
    note: { zh: "R+F+M+V 总分,0–100;须大于「中」", en: "Total of R+F+M+V, 0–100; must exceed Medium" },
    kind: SCORE_0_100,
    path: ["priority", "tiers", "high"],
  },
  {
    key: "priority.tiers.medium",
    group: "priority",
    label: { zh: "中优先级:总分 ≥", en: "Priority Medium: score ≥" },
    note: { zh: "低于此分为「低」", en: "Below this the tier is Low" },
    kind: SCORE_0_100,
    path: ["priority", "tiers", "medium"],
  },
];
