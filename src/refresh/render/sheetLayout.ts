/**
 * Stacks a dashboard's sections down from A1 and puts each section's chart beside its table.
 * A section (table plus chart) owns the rows from its top to the lower of the table's and the
 * chart's bottom, and the next section starts below that, so no chart can cover a table or
 * another chart whatever the sizes.
 */
import type { ChartSpec, OutCell, RangeRef } from "../../workbook/port";

/** A chart over the section's own cells; rows and columns are relative to the section. */
export interface ChartRequest {
  readonly kind: ChartSpec["kind"];
  readonly title: string;
  /** First and last data row (0 = the section's first row). */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly categoryColumn: number;
  readonly series: readonly { readonly name: string; readonly column: number }[];
}

export interface Section {
  readonly rows: readonly (readonly OutCell[])[];
  readonly chart?: ChartRequest;
}

export interface LayoutOptions {
  /** Chart size in cells. */
  readonly chartWidth: number;
  readonly chartHeight: number;
  /** Blank rows between sections, blank columns between a table and its chart. */
  readonly gapRows: number;
  readonly gapColumns: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { chartWidth: 7, chartHeight: 15, gapRows: 1, gapColumns: 1 };

export interface Layout {
  readonly rows: OutCell[][];
  readonly charts: ChartSpec[];
}

function widthOf(rows: readonly (readonly OutCell[])[]): number {
  return rows.reduce((width, row) => Math.max(width, row.length), 0);
}

function placeChart(request: ChartRequest, top: number, column: number, options: LayoutOptions): ChartSpec {
  const range = (relativeColumn: number): RangeRef => ({
    firstRow: top + request.firstRow,
    lastRow: top + request.lastRow,
    column: relativeColumn,
  });
  return {
    kind: request.kind,
    title: request.title,
    categories: range(request.categoryColumn),
    series: request.series.map((series) => ({ name: series.name, values: range(series.column) })),
    anchor: { row: top, column, width: options.chartWidth, height: options.chartHeight },
  };
}

/** A chart with no data row is left out rather than drawn empty. */
function hasData(chart: ChartRequest | undefined): chart is ChartRequest {
  return chart !== undefined && chart.lastRow >= chart.firstRow;
}

export function layoutSections(
  sections: readonly Section[],
  options: LayoutOptions = DEFAULT_LAYOUT,
): Layout {
  const rows: OutCell[][] = [];
  const charts: ChartSpec[] = [];
  for (const section of sections) {
    if (rows.length > 0) for (let gap = 0; gap < options.gapRows; gap += 1) rows.push([]);
    const top = rows.length + 1;
    rows.push(...section.rows.map((row) => [...row]));
    if (!hasData(section.chart)) continue;
    charts.push(placeChart(section.chart, top, widthOf(section.rows) + options.gapColumns, options));
    // Rows beside the chart stay blank so the next section starts below it.
    while (rows.length < top - 1 + options.chartHeight) rows.push([]);
  }
  return { rows, charts };
}
