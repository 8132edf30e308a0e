import type { Severity } from "../../engine/schema/fields";
import type { Finding } from "../../engine/validation/finding";

export type SeverityFilter = "all" | Severity;

export interface IssueGroup {
  readonly rule: string;
  readonly errors: number;
  readonly warnings: number;
  /** In sheet order: sheet (as first met), row, column. */
  readonly items: readonly Finding[];
}

export interface IssueCounts {
  readonly all: number;
  readonly error: number;
  readonly warning: number;
}

export function countIssues(findings: readonly Finding[]): IssueCounts {
  const error = findings.filter((finding) => finding.severity === "error").length;
  return { all: findings.length, error, warning: findings.length - error };
}

function bySheetThenCell(sheetRank: ReadonlyMap<string, number>) {
  return (a: Finding, b: Finding): number =>
    (sheetRank.get(a.sheet) ?? 0) - (sheetRank.get(b.sheet) ?? 0) ||
    (a.row ?? 0) - (b.row ?? 0) ||
    (a.columnIndex ?? -1) - (b.columnIndex ?? -1);
}

/**
 * Findings grouped by rule: groups holding errors first (they stop rows from being scored),
 * then the larger groups, each group's items in sheet order.
 */
export function groupIssues(findings: readonly Finding[], filter: SeverityFilter): IssueGroup[] {
  const sheetRank = new Map<string, number>();
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!sheetRank.has(finding.sheet)) sheetRank.set(finding.sheet, sheetRank.size);
    if (filter !== "all" && finding.severity !== filter) continue;
    const items = byRule.get(finding.rule);
    if (items === undefined) byRule.set(finding.rule, [finding]);
    else items.push(finding);
  }
  const compare = bySheetThenCell(sheetRank);
  const groups = Array.from(byRule, ([rule, items]): IssueGroup => {
    const errors = items.filter((item) => item.severity === "error").length;
    return { rule, errors, warnings: items.length - errors, items: items.sort(compare) };
  });
  return groups.sort(
    (a, b) =>
      Number(b.errors > 0) - Number(a.errors > 0) ||
      b.items.length - a.items.length ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}
