import { a1 } from "../cellRef";
import type { ChartSpec, OwnedSheet, RangeRef } from "../port";
import { noticeFor, type HostCapabilities, type Notice } from "./capabilities";
import { officeErrorCode } from "./officeErrors";
import { rangeAddress } from "./reader";

/** Names the add-in gives its charts, so a failed attempt can be cleaned up by name. */
function chartName(sheetIndex: number, chartIndex: number): string {
  return `SalesRadar ${sheetIndex + 1}.${chartIndex + 1}`;
}

type ChartKind = "Funnel" | "BarClustered" | "ColumnClustered" | "Line" | "Pie";

function chartType(kind: ChartSpec["kind"], funnel: boolean): ChartKind {
  switch (kind) {
    case "funnel":
      return funnel ? "Funnel" : "BarClustered";
    case "bar":
      return "BarClustered";
    case "column":
      return "ColumnClustered";
    case "line":
      return "Line";
    case "pie":
      return "Pie";
  }
}

function columnRange(sheet: Excel.Worksheet, ref: RangeRef): Excel.Range {
  return sheet.getRange(rangeAddress(ref.firstRow, ref.column, ref.lastRow - ref.firstRow + 1, 1));
}

/**
 * One chart from its spec, setting only what every platform with ExcelApi 1.7 supports: the
 * first series from `charts.add`, its categories, further series added one by one, title,
 * legend and position.
 */
function queueChart(sheet: Excel.Worksheet, spec: ChartSpec, name: string, funnel: boolean): void {
  const [first, ...rest] = spec.series;
  if (!first) return;
  const categories = columnRange(sheet, spec.categories);
  const chart = sheet.charts.add(chartType(spec.kind, funnel), columnRange(sheet, first.values), "Columns");
  chart.name = name;
  chart.title.text = spec.title;
  const head = chart.series.getItemAt(0);
  head.name = first.name;
  head.setXAxisValues(categories);
  for (const more of rest) {
    const series = chart.series.add(more.name);
    series.setValues(columnRange(sheet, more.values));
    series.setXAxisValues(categories);
  }
  chart.legend.visible = spec.series.length > 1 || spec.kind === "pie";
  // A bar chart lists its first category at the bottom; reversed, the stand-in reads top-down like a funnel.
  if (spec.kind === "funnel" && !funnel) chart.axes.categoryAxis.reversePlotOrder = true;
  const { row, column, width, height } = spec.anchor;
  chart.setPosition(a1(row, column), a1(row + height - 1, column + width - 1));
}

interface Placed {
  readonly sheet: string;
  readonly name: string;
  readonly spec: ChartSpec;
}

function placedCharts(sheets: readonly OwnedSheet[]): Placed[] {
  return sheets.flatMap((owned, s) =>
    (owned.charts ?? []).map((spec, c) => ({ sheet: owned.name, name: chartName(s, c), spec })),
  );
}

async function attempt(
  context: Excel.RequestContext,
  charts: readonly Placed[],
  funnel: boolean,
): Promise<boolean> {
  for (const placed of charts)
    queueChart(context.workbook.worksheets.getItem(placed.sheet), placed.spec, placed.name, funnel);
  try {
    await context.sync();
    return true;
  } catch (error) {
    if (officeErrorCode(error) === null) throw error;
    return false;
  }
}

/** Removes whatever a failed attempt left behind (commands before the failing one did run). */
async function removeCharts(context: Excel.RequestContext, charts: readonly Placed[]): Promise<void> {
  for (const placed of charts)
    context.workbook.worksheets.getItem(placed.sheet).charts.getItemOrNullObject(placed.name).delete();
  await context.sync();
}

/**
 * Draws every owned sheet's charts in one request. A host that refuses the funnel chart gets the
 * bar-chart stand-in; if charts still fail, the tables stay and the pane is told, because charts
 * never justify failing a refresh whose numbers are already written.
 */
export async function drawCharts(
  context: Excel.RequestContext,
  sheets: readonly OwnedSheet[],
  capabilities: HostCapabilities,
): Promise<Notice[]> {
  const charts = placedCharts(sheets);
  if (charts.length === 0) return [];
  if (!capabilities.charts) return [noticeFor("charts")];
  const hasFunnel = charts.some((placed) => placed.spec.kind === "funnel");
  if (await attempt(context, charts, capabilities.funnelChart)) return [];
  await removeCharts(context, charts);
  if (capabilities.funnelChart && hasFunnel && (await attempt(context, charts, false)))
    return [noticeFor("funnelChart")];
  await removeCharts(context, charts);
  return [noticeFor("charts")];
}
