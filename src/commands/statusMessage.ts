import type { Lang } from "../engine/labels";
import type { PaneError } from "../taskpane/state/paneError";
import type { RefreshResult } from "../taskpane/state/result";

/**
 * Chinese for a Chinese display language (or none), English otherwise; the same rule the task
 * pane uses, so a ribbon refresh and the pane speak one language.
 */
export function languageOfDisplay(displayLanguage: string | null | undefined): Lang {
  const tag = (displayLanguage ?? "").trim().toLowerCase();
  return tag === "" || tag.startsWith("zh") ? "zh" : "en";
}

/** One line saying what a finished refresh found. */
export function successMessage(result: RefreshResult, lang: Lang): string {
  const { summary: s, ledgerSheet, asOf } = result;
  if (lang === "en") {
    return (
      `Refreshed "${ledgerSheet}" as of ${asOf}: ${count(s.customers, "customer")} scored, ${s.high} high priority, ` +
      `${count(s.overdueFollowUps, "follow-up")} overdue; issues: ${count(s.errors, "error")}, ${count(s.warnings, "warning")}.`
    );
  }
  return (
    `已刷新「${ledgerSheet}」(截至 ${asOf}):评分 ${s.customers} 位客户,高优先级 ${s.high},` +
    `跟进逾期 ${s.overdueFollowUps};问题:错误 ${s.errors},警告 ${s.warnings}。`
  );
}

/** One line saying why a refresh stopped, and whether the workbook is as it was. */
export function failureMessage(error: PaneError, lang: Lang): string {
  const why = error.reason?.[lang] ?? error.detail;
  const unchanged = error.unchanged
    ? lang === "en"
      ? " The workbook was not changed."
      : "工作簿未做任何更改。"
    : "";
  if (lang === "en") return `Refresh did not finish: ${why ?? "an unexpected error."}${unchanged}`;
  return `刷新未完成:${why ?? "发生了意外错误。"}${unchanged}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
