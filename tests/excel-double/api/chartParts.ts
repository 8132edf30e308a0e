import { BagProxy } from "../core/bag";
import { DoubleCollection } from "../core/collection";
import type { DoubleRequestContext } from "../core/context";
import { invalidArgument } from "../core/errors";
import { DoubleProxy, type ProxyNode } from "../core/proxy";
import { formatAddress } from "../model/address";
import type { AxisModel, ChartModel, SeriesModel } from "../model/objects";
import { RangeProxy } from "./range";

/** A chart's axes and series (see charts.ts for the chart itself). */

export function rangeAddress(range: unknown): string {
  if (!(range instanceof RangeProxy)) throw invalidArgument("expected a Range");
  const entity = range.resolveEntity();
  if (entity === null) throw invalidArgument("the range does not exist");
  return formatAddress(entity.sheet.name, entity.rect);
}

export function describe(value: unknown): unknown {
  return value instanceof DoubleProxy ? value.path : value;
}

export class ChartAxesProxy extends BagProxy<ChartModel> {
  readonly categoryAxis: BagProxy<AxisModel>;
  readonly valueAxis: BagProxy<AxisModel>;

  constructor(context: DoubleRequestContext, parent: ProxyNode, chart: () => ChartModel | null) {
    super(
      context,
      {
        path: `${parent.path}.axes`,
        typeName: "ChartAxes",
        parent,
        navigations: ["categoryAxis", "valueAxis"],
      },
      chart,
    );
    this.categoryAxis = axis(context, this, "categoryAxis", () => chart()?.categoryAxis ?? null);
    this.valueAxis = axis(context, this, "valueAxis", () => chart()?.valueAxis ?? null);
  }
}

function axis(
  context: DoubleRequestContext,
  parent: ProxyNode,
  name: string,
  find: () => AxisModel | null,
): BagProxy<AxisModel> {
  return new BagProxy(
    context,
    {
      path: `${parent.path}.${name}`,
      typeName: "ChartAxis",
      parent,
      scalars: {
        reversePlotOrder: {
          get: (a) => a.reversePlotOrder,
          set: (a, v) => void (a.reversePlotOrder = v === true),
          requires: "1.7",
        },
      },
    },
    find,
  );
}

/** `chart.series`; items are addressed by position. */
export class ChartSeriesCollectionProxy extends DoubleCollection<ChartSeriesProxy> {
  constructor(
    context: DoubleRequestContext,
    parent: ProxyNode,
    private readonly chart: () => ChartModel | null,
  ) {
    super(context, { path: `${parent.path}.series`, typeName: "ChartSeriesCollection", parent });
  }

  getItemAt(index: number): ChartSeriesProxy {
    return this.itemFor(String(index));
  }

  add(name?: string, index?: number): ChartSeriesProxy {
    let added: SeriesModel | null = null;
    this.queueCall(
      "add",
      [name, index],
      () => {
        const chart = this.chart();
        if (chart === null) throw invalidArgument("the chart does not exist");
        added = { name: name ?? `Series${chart.series.length + 1}`, values: null, xValues: null };
        chart.series.splice(index ?? chart.series.length, 0, added);
      },
      { requires: "1.7" },
    );
    return new ChartSeriesProxy(this.context, this, () => added);
  }

  protected keys(): readonly string[] | null {
    return this.chart()?.series.map((_, i) => String(i)) ?? null;
  }

  protected makeItem(key: string): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, this, () => this.chart()?.series[Number(key)] ?? null);
  }
}

export class ChartSeriesProxy extends BagProxy<SeriesModel> {
  constructor(
    context: DoubleRequestContext,
    parent: ChartSeriesCollectionProxy,
    find: () => SeriesModel | null,
  ) {
    super(
      context,
      {
        path: `${parent.path}.item`,
        typeName: "ChartSeries",
        parent,
        scalars: { name: { get: (s) => s.name, set: (s, v) => void (s.name = String(v)) } },
      },
      find,
    );
  }

  setValues(source: unknown): void {
    this.queueCall("setValues", [describe(source)], (s) => void (s.values = rangeAddress(source)), {
      requires: "1.7",
    });
  }

  setXAxisValues(source: unknown): void {
    this.queueCall("setXAxisValues", [describe(source)], (s) => void (s.xValues = rangeAddress(source)), {
      requires: "1.7",
    });
  }
}
