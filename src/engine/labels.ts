/**
 * Display names of everything the engine classifies, in the two languages a workbook can use.
 * Pure data plus tiny formatters: renderers and the task pane read these, rules never do.
 */
import { STAGE_LABELS, type Stage } from "./config/stages";
import type { SegmentKey } from "./config/types";
import type { Severity } from "./schema/fields";
import type { Cadence, ChurnRisk, ChurnSignal, IcpFit, ProfileHealth, Tier } from "./scoring/types";

export type Lang = "zh" | "en";

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export type SegmentLabelKey = SegmentKey | "others";
export type ChurnLevel = NonNullable<ChurnRisk["level"]>;
export type IcpStatus = IcpFit["status"];
export type IcpCriterion = IcpFit["unmet"][number];
export type CadenceStatus = Cadence["status"];
export type ProfileStatus = "ok" | "stale" | "incomplete";
export type CheckStatus = "ok" | "warning" | "error";

export const TIER_LABELS: Readonly<Record<Tier, Bilingual>> = {
  high: { zh: "高", en: "High" },
  medium: { zh: "中", en: "Medium" },
  low: { zh: "低", en: "Low" },
};

export const SEGMENT_LABELS: Readonly<Record<SegmentLabelKey, Bilingual>> = {
  champions: { zh: "重要价值", en: "Champions" },
  loyal: { zh: "忠诚客户", en: "Loyal" },
  potential: { zh: "潜力客户", en: "Potential Loyalist" },
  new: { zh: "新客户", en: "New" },
  promising: { zh: "有希望", en: "Promising" },
  need_attention: { zh: "需要关注", en: "Need Attention" },
  about_to_sleep: { zh: "即将沉睡", en: "About to Sleep" },
  at_risk: { zh: "流失风险", en: "At Risk" },
  cant_lose: { zh: "不能失去", en: "Can't Lose Them" },
  lost: { zh: "已流失", en: "Lost" },
  others: { zh: "其他", en: "Others" },
};

/** Display order of segments: the order of SPEC 7, "others" last. */
export const SEGMENT_ORDER: readonly SegmentLabelKey[] = Object.keys(SEGMENT_LABELS) as SegmentLabelKey[];

export const CHURN_LEVEL_LABELS: Readonly<Record<ChurnLevel, Bilingual>> = {
  high: { zh: "高", en: "High" },
  medium: { zh: "中", en: "Medium" },
};

export const CHURN_SIGNAL_LABELS: Readonly<Record<ChurnSignal, Bilingual>> = {
  "purchase-gap": { zh: "久未购买", en: "no recent purchase" },
  "contact-gap": { zh: "久未跟进", en: "no recent contact" },
  "low-satisfaction": { zh: "满意度低", en: "low satisfaction" },
  complaints: { zh: "投诉多", en: "repeated complaints" },
};

export const CADENCE_STATUS_LABELS: Readonly<Record<CadenceStatus, Bilingual>> = {
  ok: { zh: "正常", en: "OK" },
  "due-soon": { zh: "即将到期", en: "Due soon" },
  overdue: { zh: "已逾期", en: "Overdue" },
};

export const ICP_STATUS_LABELS: Readonly<Record<IcpStatus, Bilingual>> = {
  fit: { zh: "符合", en: "Fit" },
  partial: { zh: "部分符合", en: "Partial fit" },
  none: { zh: "不符合", en: "No fit" },
  unset: { zh: "未设置", en: "Not set" },
};

export const ICP_CRITERION_LABELS: Readonly<Record<IcpCriterion, Bilingual>> = {
  industry: { zh: "行业", en: "industry" },
  employees: { zh: "员工人数", en: "employees" },
  revenue: { zh: "年营收", en: "revenue" },
  region: { zh: "区域", en: "region" },
};

export const PROFILE_STATUS_LABELS: Readonly<Record<ProfileStatus, Bilingual>> = {
  ok: { zh: "正常", en: "OK" },
  stale: { zh: "过期", en: "Stale" },
  incomplete: { zh: "不完整", en: "Incomplete" },
};

export const CHECK_STATUS_LABELS: Readonly<Record<CheckStatus, Bilingual>> = {
  ok: { zh: "正常", en: "OK" },
  warning: { zh: "警告", en: "Warnings" },
  error: { zh: "错误", en: "Error" },
};

export const SEVERITY_LABELS: Readonly<Record<Severity, Bilingual>> = {
  error: { zh: "错误", en: "Error" },
  warning: { zh: "警告", en: "Warning" },
};

/** Shown for a blank grouping key (an empty region, industry, owner, …). */
export const BLANK_KEY_LABEL: Bilingual = { zh: "(未填写)", en: "(blank)" };

/** List separator and "unmet" wording differ between the languages. */
const LIST_SEPARATOR: Bilingual = { zh: "、", en: ", " };

export function tierLabel(tier: Tier, lang: Lang): string {
  return TIER_LABELS[tier][lang];
}

export function segmentLabel(segment: SegmentLabelKey, lang: Lang): string {
  return SEGMENT_LABELS[segment][lang];
}

export function stageLabel(stage: Stage, lang: Lang): string {
  return STAGE_LABELS[stage][lang];
}

export function severityLabel(severity: Severity, lang: Lang): string {
  return SEVERITY_LABELS[severity][lang];
}

/** A grouping key as shown in a table: the key itself, or "(未填写)" when blank. */
export function groupKeyLabel(key: string | null, lang: Lang): string {
  return key === null || key.trim() === "" ? BLANK_KEY_LABEL[lang] : key;
}

/** `N 天` / `N days` (`1 day`). */
export function daysLabel(days: number, lang: Lang): string {
  if (lang === "zh") return `${days} 天`;
  return days === 1 ? "1 day" : `${days} days`;
}

/** 正常 / 即将到期 / 已逾期 5 天. */
export function cadenceLabel(cadence: Pick<Cadence, "status" | "daysOverdue">, lang: Lang): string {
  const name = CADENCE_STATUS_LABELS[cadence.status][lang];
  return cadence.status === "overdue" ? `${name} ${daysLabel(cadence.daysOverdue, lang)}` : name;
}

/** 符合 / 部分符合 (未满足: 行业、区域) / 不符合 (…) / 未设置. */
export function icpLabel(icp: IcpFit, lang: Lang): string {
  const name = ICP_STATUS_LABELS[icp.status][lang];
  if (icp.unmet.length === 0 || icp.status === "unset" || icp.status === "fit") return name;
  const unmet = icp.unmet
    .map((criterion) => ICP_CRITERION_LABELS[criterion][lang])
    .join(LIST_SEPARATOR[lang]);
  return lang === "zh" ? `${name} (未满足: ${unmet})` : `${name} (unmet: ${unmet})`;
}

/** 高 (久未购买、满意度低) / 中 (…); null when there is no signal. */
export function churnLabel(churn: ChurnRisk, lang: Lang): string | null {
  if (churn.level === null) return null;
  const level = CHURN_LEVEL_LABELS[churn.level][lang];
  if (churn.signals.length === 0) return level;
  const signals = churn.signals.map((signal) => CHURN_SIGNAL_LABELS[signal][lang]).join(LIST_SEPARATOR[lang]);
  return `${level} (${signals})`;
}

/** 正常 / 过期 45 天 / 不完整 / 过期 45 天, 不完整 — the age is days since the last profile update. */
export function profileLabel(
  profile: Pick<ProfileHealth, "stale" | "ageDays" | "incomplete">,
  lang: Lang,
): string {
  const parts: string[] = [];
  if (profile.stale) {
    const stale = PROFILE_STATUS_LABELS.stale[lang];
    parts.push(profile.ageDays === null ? stale : `${stale} ${daysLabel(profile.ageDays, lang)}`);
  }
  if (profile.incomplete) parts.push(PROFILE_STATUS_LABELS.incomplete[lang]);
  return parts.length === 0 ? PROFILE_STATUS_LABELS.ok[lang] : parts.join(LIST_SEPARATOR[lang]);
}

/** 正常 / 警告 2 (2 warnings) / 错误: <message> (+1) — the check cell of one ledger row. */
export function checkLabel(
  check:
    | { readonly status: "ok" }
    | { readonly status: "warning"; readonly warnings: number }
    | { readonly status: "error"; readonly message: string | null; readonly moreErrors: number },
  lang: Lang,
): string {
  const name = CHECK_STATUS_LABELS[check.status][lang];
  switch (check.status) {
    case "ok":
      return name;
    case "warning":
      if (lang === "zh") return `${name} ${check.warnings}`;
      return check.warnings === 1 ? "1 warning" : `${check.warnings} warnings`;
    case "error": {
      const message = check.message === null || check.message === "" ? name : `${name}: ${check.message}`;
      return check.moreErrors > 0 ? `${message} (+${check.moreErrors})` : message;
    }
  }
}
