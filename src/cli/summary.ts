import { formatDay } from "../engine/cells/calendar";
import type { RefreshOutcome } from "../refresh/pipeline";

/** What the command line prints after a refresh or validate: a few lines a manager can read. */
export function summaryLines(outcome: RefreshOutcome, writtenTo: string | null): string[] {
  const { analysis, lang } = outcome;
  const { counts } = analysis.summaries;
  const rows = analysis.records.length;
  const valid = analysis.scored.length;
  const errors = analysis.findings.filter((f) => f.severity === "error").length;
  const warnings = analysis.findings.length - errors;
  const p = counts.priority;
  if (lang === "en") {
    return [
      `Sales Radar · as of ${formatDay(analysis.asOf)} · sheet ${outcome.ledgerSheet}`,
      `Customers: ${rows} rows, ${valid} scored, ${rows - valid} with errors · findings: ${errors} errors, ${warnings} warnings`,
      `Priority: high ${p.high} · medium ${p.medium} · low ${p.low} · lost ${p.lost}`,
      `Follow-ups overdue ${counts.overdueFollowUps} · due soon ${counts.dueSoonFollowUps} · churn risk high ${counts.churn.high} / medium ${counts.churn.medium}`,
      writtenTo ? `Written to ${writtenTo}` : "Nothing written (validate only).",
    ];
  }
  return [
    `销售雷达 · 截至 ${formatDay(analysis.asOf)} · 工作表 ${outcome.ledgerSheet}`,
    `客户 ${rows} 行:已评分 ${valid},有错误 ${rows - valid} · 问题:错误 ${errors},警告 ${warnings}`,
    `优先级:高 ${p.high} · 中 ${p.medium} · 低 ${p.low} · 流失 ${p.lost}`,
    `跟进已逾期 ${counts.overdueFollowUps} · 即将到期 ${counts.dueSoonFollowUps} · 流失预警 高 ${counts.churn.high} / 中 ${counts.churn.medium}`,
    writtenTo ? `已写入 ${writtenTo}` : "仅校验,未写入任何文件。",
  ];
}
