import type { Finding } from "../../engine/validation/finding";
import { runBlocks } from "./blocks";
import type { HostCapabilities } from "./capabilities";
import type { RequestLimits } from "./limits";
import { rangeAddress } from "./reader";

/**
 * Highlights are conditional formats the add-in owns: a formula that is always true
 * (N("…") is 0) over exactly the cells behind findings, with Excel's Bad or Neutral fill. The
 * text inside the formula marks them as ours, so clearing removes only these and never a rule
 * the user made; the sheets that carry them are remembered in the workbook's settings.
 */
const MARKER = "SalesRadar";
const SETTING = "salesRadar.highlightedSheets";
const RULES = {
  error: { formula: `=N("${MARKER}:error")=0`, fill: "#FFC7CE" },
  warning: { formula: `=N("${MARKER}:warning")=0`, fill: "#FFEB9C" },
} as const;

/** Rule objects per request: each is a few small commands. */
const RULE_BYTES = 900;

interface Run {
  readonly sheet: string;
  readonly severity: keyof typeof RULES;
  /** 1-based rows, 0-based column. */
  readonly firstRow: number;
  readonly rows: number;
  readonly column: number;
}

/** Cells behind findings, grouped into runs down each column; an error outranks a warning. */
export function highlightRuns(findings: readonly Finding[]): Run[] {
  const cells = new Map<
    string,
    { sheet: string; row: number; column: number; severity: keyof typeof RULES }
  >();
  for (const finding of findings) {
    if (finding.row === null || finding.columnIndex === null) continue;
    const key = `${finding.sheet}\u0000${finding.columnIndex}\u0000${finding.row}`;
    if (cells.get(key)?.severity === "error") continue;
    cells.set(key, {
      sheet: finding.sheet,
      row: finding.row,
      column: finding.columnIndex,
      severity: finding.severity,
    });
  }
  const sorted = [...cells.values()].sort(
    (a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) || a.column - b.column || a.row - b.row,
  );
  const runs: Run[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    const continues =
      last &&
      last.sheet === cell.sheet &&
      last.column === cell.column &&
      last.severity === cell.severity &&
      last.firstRow + last.rows === cell.row;
    if (continues) runs[runs.length - 1] = { ...last, rows: last.rows + 1 };
    else
      runs.push({
        sheet: cell.sheet,
        severity: cell.severity,
        firstRow: cell.row,
        rows: 1,
        column: cell.column,
      });
  }
  return runs;
}

function isOurs(format: Excel.ConditionalFormat): boolean {
  const custom = format.customOrNullObject;
  return format.type === "Custom" && !custom.isNullObject && custom.rule.formula.includes(MARKER);
}

/** Removes the add-in's highlight rules; returns how many there were. */
export async function clearHighlights(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
): Promise<number> {
  if (!capabilities.conditionalFormats) return 0;
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const recorded = capabilities.settings ? context.workbook.settings.getItemOrNullObject(SETTING) : null;
  recorded?.load("value");
  await context.sync();

  const existing = worksheets.items.map((sheet) => sheet.name);
  const remembered: unknown = recorded && !recorded.isNullObject ? recorded.value : null;
  // Without a record (older settings, or none at all) every sheet is looked at.
  const sheets = Array.isArray(remembered) ? existing.filter((name) => remembered.includes(name)) : existing;
  const collections = sheets.map((name) => {
    const formats = context.workbook.worksheets.getItem(name).getRange().conditionalFormats;
    formats.load("items/type, items/customOrNullObject/rule/formula");
    return formats;
  });
  await context.sync();

  const ours = collections.flatMap((formats) => formats.items.filter(isOurs));
  ours.forEach((format) => format.delete());
  if (recorded) context.workbook.settings.getItemOrNullObject(SETTING).delete();
  await context.sync();
  return ours.length;
}

/** Replaces the add-in's highlights with rules over the cells behind `findings`; returns how many rules. */
export async function applyHighlights(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  capabilities: HostCapabilities,
  limits: RequestLimits,
): Promise<number> {
  if (!capabilities.conditionalFormats) return 0;
  await clearHighlights(context, capabilities);
  const runs = highlightRuns(findings);
  if (runs.length === 0) return 0;
  const perRequest = Math.max(1, Math.floor(limits.maxBytes / RULE_BYTES));
  await runBlocks(context, {
    total: runs.length,
    sizeAt: () => perRequest,
    queue: (start, end) => {
      for (const run of runs.slice(start, end)) {
        const cells = context.workbook.worksheets
          .getItem(run.sheet)
          .getRange(rangeAddress(run.firstRow, run.column, run.rows, 1));
        const format = cells.conditionalFormats.add("Custom");
        format.custom.rule.formula = RULES[run.severity].formula;
        format.custom.format.fill.color = RULES[run.severity].fill;
        cells.untrack();
      }
      return () => undefined;
    },
  });
  if (capabilities.settings) {
    context.workbook.settings.add(SETTING, [...new Set(runs.map((run) => run.sheet))]);
    await context.sync();
  }
  return runs.length;
}
