/**
 * The 校验报告 / Validation sheet (SPEC 9): a title, the counts, and one row per finding with a
 * link to the cell. Typed values are written back as plain strings, so `=1+1` stays text.
 */
import { formatDay, type DayNumber } from "../../engine/cells/calendar";
import { severityLabel, type Bilingual, type Lang } from "../../engine/labels";
import { SHEETS } from "../../engine/schema/fields";
import type { Finding } from "../../engine/validation/finding";
import type { OutCell, OwnedSheet } from "../../workbook/port";
import { linkCell } from "./cells";
import { findSheet } from "../../engine/schema/headers";

const TEXT = {
  title: { zh: "校验报告", en: "Validation report" },
  asOf: { zh: "截至", en: "as of" },
  errors: { zh: "错误", en: "Errors" },
  warnings: { zh: "警告", en: "Warnings" },
  none: { zh: "未发现问题。", en: "No problems found." },
} satisfies Record<string, Bilingual>;

export const REPORT_HEADERS: readonly Bilingual[] = [
  { zh: "工作表", en: "Sheet" },
  { zh: "行号", en: "Row" },
  { zh: "列", en: "Column" },
  { zh: "单元格值", en: "Value" },
  { zh: "规则", en: "Rule" },
  { zh: "级别", en: "Severity" },
  { zh: "说明", en: "Message" },
  { zh: "定位", en: "Go to" },
];

/** Excel row of the header; the rows above it (title, counts, a gap) stay frozen with it. */
export const REPORT_HEADER_ROW = 4;
const COLUMN_WIDTHS = [14, 8, 18, 24, 22, 10, 60, 10];

const TEMPLATE_SHEETS = Object.values(SHEETS);

/**
 * Ranks by sheet name, each name matched against the template once: the sort asks about every
 * pair of findings, and matching a name normalises it (a regex) every time it is asked.
 */
const sheetRanks = new Map<string, number>();

/** Template sheets first, in the template's order; any other sheet after them. */
function sheetRank(name: string): number {
  let rank = sheetRanks.get(name);
  if (rank === undefined) {
    const found = TEMPLATE_SHEETS.findIndex((def) => findSheet([name], def) !== null);
    rank = found === -1 ? TEMPLATE_SHEETS.length : found;
    sheetRanks.set(name, rank);
  }
  return rank;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By sheet, then row, then column (sheet- and row-level findings first), errors before warnings. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    sheetRank(a.sheet) - sheetRank(b.sheet) ||
    compareText(a.sheet, b.sheet) ||
    (a.row ?? 0) - (b.row ?? 0) ||
    (a.columnIndex ?? -1) - (b.columnIndex ?? -1) ||
    Number(a.severity === "warning") - Number(b.severity === "warning") ||
    compareText(a.rule, b.rule)
  );
}

/** The severity cell, one per language and severity for every finding (a full sheet has hundreds of thousands). */
const SEVERITY_CELLS: Readonly<Record<Lang, Readonly<Record<Finding["severity"], OutCell>>>> = {
  zh: {
    error: { value: severityLabel("error", "zh"), style: "bad" },
    warning: { value: severityLabel("warning", "zh"), style: "warn" },
  },
  en: {
    error: { value: severityLabel("error", "en"), style: "bad" },
    warning: { value: severityLabel("warning", "en"), style: "warn" },
  },
};

function findingRow(finding: Finding, lang: Lang): OutCell[] {
  const target = { sheet: finding.sheet, row: finding.row ?? 1, column: finding.columnIndex ?? 0 };
  return [
    finding.sheet,
    finding.row,
    finding.column === "" ? null : finding.column,
    finding.value === "" ? null : finding.value,
    finding.rule,
    SEVERITY_CELLS[lang][finding.severity],
    finding.message[lang],
    linkCell(target),
  ];
}

export function renderReportSheet(findings: readonly Finding[], lang: Lang, asOf: DayNumber): OwnedSheet {
  const errors = findings.filter((finding) => finding.severity === "error").length;
  const sorted = [...findings].sort(compareFindings);
  const rows: OutCell[][] = [
    [{ value: `${TEXT.title[lang]} · ${TEXT.asOf[lang]} ${formatDay(asOf)}`, style: "title" }],
    [
      TEXT.errors[lang],
      { value: errors, style: errors > 0 ? "bad" : "good" },
      TEXT.warnings[lang],
      { value: findings.length - errors, style: findings.length > errors ? "warn" : "good" },
    ],
    [],
    REPORT_HEADERS.map((header) => ({ value: header[lang], style: "header" })),
    ...sorted.map((finding) => findingRow(finding, lang)),
  ];
  if (sorted.length === 0) rows.push([{ value: TEXT.none[lang], style: "note" }]);
  return {
    name: SHEETS.report[lang],
    rows,
    columnWidths: COLUMN_WIDTHS,
    frozenRows: REPORT_HEADER_ROW,
  };
}
