import type { DoubleRequestContext } from "../core/context";
import { invalidArgument } from "../core/errors";
import { BagProxy } from "../core/bag";
import { DoubleCollection } from "../core/collection";
import { DoubleProxy } from "../core/proxy";
import { formatAddress, formatRange, parseRange } from "../model/address";
import { valueType } from "../model/cellInput";
import type { AxisModel, ChartModel, SeriesModel } from "../model/objects";
import type { SheetModel } from "../model/sheetModel";
import { ChartAxesProxy, ChartSeriesCollectionProxy, describe, rangeAddress } from "./chartParts";
import { RangeProxy } from "./range";

const CHART_TYPES: ReadonlySet<string> = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineMarkers",
  "LineStacked",
  "LineStacked100",
  "Pie",
  "PieExploded",
  "Doughnut",
  "Area",
  "AreaStacked",
  "XYScatter",
  "Radar",
  "Histogram",
  "Pareto",
  "Boxwhisker",
  "Treemap",
  "Sunburst",
  "Waterfall",
  "Funnel",
  "RegionMap",
]);

/** The 2016 chart family arrived in the API with ExcelApi 1.9. */
const NEWER_TYPES: ReadonlySet<string> = new Set([
  "Histogram",
  "Pareto",
  "Boxwhisker",
  "Treemap",
  "Sunburst",
  "Waterfall",
  "Funnel",
  "RegionMap",
]);

interface ChartEntity {
  readonly sheet: SheetModel;
  readonly chart: ChartModel;
}

function cellAddress(cell: unknown): string {
  if (typeof cell === "string") return formatRange(parseRange(cell));
  const address = rangeAddress(cell);
  return address.slice(address.lastIndexOf("!") + 1);
}

const newAxis = (): AxisModel => ({ title: "", reversePlotOrder: false });

/**
 * `worksheet.charts`. `add` makes one series per column of the source (the first column becomes
 * the categories when it holds text), as Excel's "Columns" layout does. Types the host's API sets
 * lack, or that a test marks as refused, fail with InvalidArgument.
 */
export class ChartCollectionProxy extends DoubleCollection<ChartProxy> {
  constructor(
    context: DoubleRequestContext,
    private readonly sheet: DoubleProxy<SheetModel>,
  ) {
    super(context, { path: `${sheet.path}.charts`, typeName: "ChartCollection", parent: sheet });
  }

  add(type: string, sourceData: unknown, seriesBy = "Auto"): ChartProxy {
    const id = this.context.model.newId("chart");
    this.queueCall(
      "add",
      [type, sourceData instanceof DoubleProxy ? sourceData.path : sourceData, seriesBy],
      () => {
        const host = this.context.host;
        if (
          !CHART_TYPES.has(type) ||
          host.config.refusedChartTypes.has(type) ||
          (NEWER_TYPES.has(type) && !host.isSetSupported("ExcelApi", "1.9"))
        ) {
          throw invalidArgument(`chart type ${type} is not available here`);
        }
        const sheet = this.requireSheet();
        if (!(sourceData instanceof RangeProxy)) throw invalidArgument("a chart needs a source range");
        const source = sourceData.resolveEntity();
        if (source === null) throw invalidArgument("the chart's source range does not exist");
        const byRows = seriesBy === "Rows";
        const count = byRows ? source.rect.rows : source.rect.columns;
        const textFirst =
          !byRows &&
          count > 1 &&
          valueType(source.sheet.values.get(source.rect.row, source.rect.column)) === "String";
        const column = (i: number) =>
          formatAddress(source.sheet.name, { ...source.rect, column: source.rect.column + i, columns: 1 });
        const row = (i: number) =>
          formatAddress(source.sheet.name, { ...source.rect, row: source.rect.row + i, rows: 1 });
        const series: SeriesModel[] = [];
        for (let i = textFirst ? 1 : 0; i < count; i++) {
          series.push({
            name: `Series${series.length + 1}`,
            values: byRows ? row(i) : column(i),
            xValues: textFirst ? column(0) : null,
          });
        }
        sheet.charts.push({
          id,
          name: `Chart ${sheet.charts.length + 1}`,
          type,
          title: "",
          position: null,
          series,
          legend: { visible: true, position: "Right" },
          categoryAxis: newAxis(),
          valueAxis: newAxis(),
        });
      },
    );
    return this.itemFor(id);
  }

  getItem(name: string): ChartProxy {
    return new ChartProxy(this.context, this, name, false);
  }

  getItemOrNullObject(name: string): ChartProxy {
    return new ChartProxy(this.context, this, name, true);
  }

  getItemAt(index: number): ChartProxy {
    return new ChartProxy(this.context, this, { index }, false);
  }

  requireSheet(): SheetModel {
    const sheet = this.sheet.resolveEntity();
    if (sheet === null) throw invalidArgument("the chart's sheet does not exist");
    return sheet;
  }

  findChart(key: string | { index: number }): ChartEntity | null {
    const sheet = this.sheet.resolveEntity();
    if (sheet === null) return null;
    const chart =
      typeof key === "string"
        ? sheet.charts.find((c) => c.id === key || c.name === key)
        : sheet.charts[key.index];
    return chart ? { sheet, chart } : null;
  }

  protected keys(): readonly string[] | null {
    return this.sheet.resolveEntity()?.charts.map((chart) => chart.id) ?? null;
  }

  protected makeItem(id: string): ChartProxy {
    return new ChartProxy(this.context, this, id, false);
  }
}

export class ChartProxy extends DoubleProxy<ChartEntity> {
  readonly title: BagProxy<ChartModel>;
  readonly legend: BagProxy<ChartModel>;
  readonly axes: ChartAxesProxy;
  readonly series: ChartSeriesCollectionProxy;

  constructor(
    context: DoubleRequestContext,
    private readonly charts: ChartCollectionProxy,
    private readonly key: string | { index: number },
    orNull: boolean,
  ) {
    super(context, {
      path: `${charts.path}[${JSON.stringify(key)}]`,
      typeName: "Chart",
      parent: charts,
      orNull,
      requires: orNull ? "1.4" : undefined,
      navigations: ["title", "legend", "axes", "series"],
      scalars: {
        id: { get: (e) => e.chart.id },
        name: { get: (e) => e.chart.name, set: (e, v) => void (e.chart.name = String(v)) },
        chartType: {
          get: (e) => e.chart.type,
          set: (e, v) => void (e.chart.type = String(v)),
          requires: "1.7",
        },
      },
    });
    const chart = () => this.resolveEntity()?.chart ?? null;
    this.title = new BagProxy(
      context,
      {
        path: `${this.path}.title`,
        typeName: "ChartTitle",
        parent: this,
        scalars: {
          text: { get: (c) => c.title, set: (c, v) => void (c.title = String(v)) },
          visible: { get: (c) => c.title !== "" },
        },
      },
      chart,
    );
    this.legend = new BagProxy(
      context,
      {
        path: `${this.path}.legend`,
        typeName: "ChartLegend",
        parent: this,
        scalars: {
          visible: { get: (c) => c.legend.visible, set: (c, v) => void (c.legend.visible = v === true) },
          position: { get: (c) => c.legend.position, set: (c, v) => void (c.legend.position = String(v)) },
        },
      },
      chart,
    );
    this.axes = new ChartAxesProxy(context, this, chart);
    this.series = new ChartSeriesCollectionProxy(context, this, chart);
  }

  protected locate(): ChartEntity | null {
    return this.charts.findChart(this.key);
  }

  setPosition(startCell: unknown, endCell?: unknown): void {
    this.queueCall("setPosition", [describe(startCell), describe(endCell)], (e) => {
      const from = cellAddress(startCell);
      e.chart.position = { from, to: endCell === undefined ? from : cellAddress(endCell) };
    });
  }

  delete(): void {
    this.queueCall("delete", [], (e) => {
      e.sheet.charts = e.sheet.charts.filter((c) => c !== e.chart);
    });
  }
}
