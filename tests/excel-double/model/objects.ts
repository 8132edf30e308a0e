/** The things a sheet holds besides cell values: formats, links, charts, rules, tables. */
import type { Rect } from "./address";

/** Cell formatting the add-in may touch; one shared object per distinct look (see `internFormat`). */
export interface CellFormat {
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: string;
  readonly fontSize?: number;
  readonly wrapText?: boolean;
  readonly horizontalAlignment?: string;
  readonly bottomBorder?: { readonly style: string; readonly color: string };
}

const FORMATS = new Map<string, CellFormat>();

/** Cells with the same look share one object, so formatting 4 million cells costs little memory. */
export function internFormat(format: CellFormat): CellFormat | undefined {
  const entries = Object.entries(format).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return undefined;
  const key = JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
  let shared = FORMATS.get(key);
  if (!shared) {
    shared = Object.freeze(Object.fromEntries(entries)) as CellFormat;
    FORMATS.set(key, shared);
  }
  return shared;
}

export interface HyperlinkModel {
  readonly address?: string;
  readonly documentReference?: string;
  readonly textToDisplay?: string;
  readonly screenTip?: string;
}

export interface SeriesModel {
  name: string;
  /** Sheet-qualified addresses of the values and the category (X) values. */
  values: string | null;
  xValues: string | null;
}

export interface AxisModel {
  title: string;
  reversePlotOrder: boolean;
}

export interface ChartModel {
  readonly id: string;
  name: string;
  type: string;
  title: string;
  /** Top-left and bottom-right cells the chart covers, as given to `setPosition`. */
  position: { from: string; to: string } | null;
  series: SeriesModel[];
  legend: { visible: boolean; position: string };
  categoryAxis: AxisModel;
  valueAxis: AxisModel;
}

export interface ConditionalFormatModel {
  readonly id: string;
  rect: Rect;
  readonly type: string;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  priority: number;
  stopIfTrue: boolean;
}

export interface TableModel {
  readonly id: string;
  name: string;
  rect: Rect;
  showHeaders: boolean;
}

export interface ValidationModel {
  rect: Rect;
  rule: unknown;
}

/** Moves a rectangle as Excel does when `count` rows are inserted at `at`. */
export function shiftRect(rect: Rect, at: number, count: number): Rect {
  if (rect.row >= at) return { ...rect, row: rect.row + count };
  if (rect.row + rect.rows > at) return { ...rect, rows: rect.rows + count };
  return rect;
}
