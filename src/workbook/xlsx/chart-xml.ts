import type { ChartSeries, ChartSpec, OutCell, OwnedSheet, RangeRef } from "../port";
import { absoluteAddress, quoteSheetName } from "./cell-ref";
import { RELATIONSHIPS_NAMESPACE } from "./rels";
import { escapeXmlText } from "./xml-text";

/**
 * A DrawingML chart part for a ChartSpec. Series point at ranges of the owned sheet and carry
 * cached values, so the chart renders before (or without) any recalculation. A `funnel` is a
 * horizontal bar chart with its categories reversed, the widest stage on top: chartex funnels
 * only render in recent desktop Excel.
 */

const CHART_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const DRAWING_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/main";
/** Any two ids unique within the chart part. */
const CATEGORY_AXIS_ID = 510_000_001;
const VALUE_AXIS_ID = 510_000_002;
const TITLE_SIZE = 1400;
const FUNNEL_GAP_WIDTH = 30;
const BAR_GAP_WIDTH = 80;
const LINE_WIDTH_EMU = 28_575;
/**
 * Series (and pie slice) colours, Office's default accents. Written out rather than left to the
 * theme: a workbook saved without a theme part (LibreOffice writes none) would draw them blank.
 */
const PALETTE = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E"];

function fill(index: number): string {
  return `<a:solidFill><a:srgbClr val="${PALETTE[index % PALETTE.length]}"/></a:solidFill>`;
}

/** One colour per slice, since a pie varies its colours by point. */
function pieSlices(count: number): string {
  return Array.from(
    { length: count },
    (_, i) => `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/><c:spPr>${fill(i)}</c:spPr></c:dPt>`,
  ).join("");
}

function cellValue(cell: OutCell | undefined): string | number | boolean | null {
  if (cell === undefined || cell === null) return null;
  return typeof cell === "object" ? cell.value : cell;
}

function cellFormat(cell: OutCell | undefined): string | undefined {
  return typeof cell === "object" && cell !== null ? cell.format : undefined;
}

function cellsOf(sheet: OwnedSheet, range: RangeRef): (OutCell | undefined)[] {
  const cells: (OutCell | undefined)[] = [];
  for (let row = range.firstRow; row <= range.lastRow; row++) cells.push(sheet.rows[row - 1]?.[range.column]);
  return cells;
}

function rangeFormula(sheetName: string, range: RangeRef): string {
  const first = absoluteAddress(range.firstRow, range.column);
  const last = absoluteAddress(range.lastRow, range.column);
  return escapeXmlText(`${quoteSheetName(sheetName)}!${first}:${last}`);
}

function pointCount(range: RangeRef): number {
  return Math.max(0, range.lastRow - range.firstRow + 1);
}

function categoryXml(sheet: OwnedSheet, range: RangeRef): string {
  const points = cellsOf(sheet, range)
    .map((cell, i) => {
      const value = cellValue(cell);
      if (value === null) return "";
      const text = typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
      return `<c:pt idx="${i}"><c:v>${escapeXmlText(text)}</c:v></c:pt>`;
    })
    .join("");
  return (
    `<c:cat><c:strRef><c:f>${rangeFormula(sheet.name, range)}</c:f>` +
    `<c:strCache><c:ptCount val="${pointCount(range)}"/>${points}</c:strCache></c:strRef></c:cat>`
  );
}

function valuesXml(sheet: OwnedSheet, range: RangeRef): string {
  const cells = cellsOf(sheet, range);
  const format = cells.map(cellFormat).find((f) => f !== undefined) ?? "General";
  const points = cells
    .map((cell, i) => {
      const value = cellValue(cell);
      return typeof value === "number" && Number.isFinite(value)
        ? `<c:pt idx="${i}"><c:v>${value}</c:v></c:pt>`
        : "";
    })
    .join("");
  return (
    `<c:val><c:numRef><c:f>${rangeFormula(sheet.name, range)}</c:f>` +
    `<c:numCache><c:formatCode>${escapeXmlText(format)}</c:formatCode><c:ptCount val="${pointCount(range)}"/>${points}</c:numCache>` +
    `</c:numRef></c:val>`
  );
}

function dataLabels(show: { value?: boolean; percent?: boolean; category?: boolean }): string {
  const flag = (name: string, on: boolean | undefined): string => `<c:${name} val="${on ? 1 : 0}"/>`;
  return (
    `<c:dLbls>${flag("showLegendKey", false)}${flag("showVal", show.value)}${flag("showCatName", show.category)}` +
    `${flag("showSerName", false)}${flag("showPercent", show.percent)}${flag("showBubbleSize", false)}</c:dLbls>`
  );
}

function seriesXml(spec: ChartSpec, sheet: OwnedSheet, series: ChartSeries, index: number): string {
  const head = `<c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXmlText(series.name)}</c:v></c:tx>`;
  const data = categoryXml(sheet, spec.categories) + valuesXml(sheet, series.values);
  switch (spec.kind) {
    case "line": {
      const line = `<c:spPr><a:ln w="${LINE_WIDTH_EMU}">${fill(index)}</a:ln></c:spPr>`;
      const marker = `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${fill(index)}</c:spPr></c:marker>`;
      return `<c:ser>${head}${line}${marker}${data}<c:smooth val="0"/></c:ser>`;
    }
    case "pie":
      return `<c:ser>${head}${pieSlices(pointCount(spec.categories))}${data}</c:ser>`;
    default:
      return `<c:ser>${head}<c:spPr>${fill(index)}</c:spPr><c:invertIfNegative val="0"/>${data}</c:ser>`;
  }
}

function axesXml(kind: ChartSpec["kind"]): string {
  const horizontal = kind === "bar" || kind === "funnel";
  const funnel = kind === "funnel";
  const categoryAxis =
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/>` +
    `<c:scaling><c:orientation val="${funnel ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${VALUE_AXIS_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  // A funnel's numbers are on its bars; its value axis sits at the bottom (the last category) and is hidden.
  const valueAxis =
    `<c:valAx><c:axId val="${VALUE_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="${funnel ? 1 : 0}"/><c:axPos val="${horizontal ? "b" : "l"}"/>` +
    (funnel ? "" : "<c:majorGridlines/>") +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${CATEGORY_AXIS_ID}"/><c:crosses val="${funnel ? "max" : "autoZero"}"/>` +
    `<c:crossBetween val="between"/></c:valAx>`;
  return categoryAxis + valueAxis;
}

function plotXml(spec: ChartSpec, sheet: OwnedSheet): string {
  const series = spec.series.map((s, i) => seriesXml(spec, sheet, s, i)).join("");
  const axisIds = `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>`;
  switch (spec.kind) {
    case "pie":
      return `<c:pieChart><c:varyColors val="1"/>${series}${dataLabels({ percent: true })}<c:firstSliceAng val="0"/></c:pieChart>`;
    case "line":
      return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axisIds}</c:lineChart>${axesXml(spec.kind)}`;
    case "funnel":
      return (
        `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
        `${dataLabels({ value: true })}<c:gapWidth val="${FUNNEL_GAP_WIDTH}"/>${axisIds}</c:barChart>${axesXml(spec.kind)}`
      );
    default:
      return (
        `<c:barChart><c:barDir val="${spec.kind === "bar" ? "bar" : "col"}"/><c:grouping val="clustered"/>` +
        `<c:varyColors val="0"/>${series}<c:gapWidth val="${BAR_GAP_WIDTH}"/>${axisIds}</c:barChart>${axesXml(spec.kind)}`
      );
  }
}

function titleXml(title: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${TITLE_SIZE}" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="${TITLE_SIZE}" b="1"/><a:t>${escapeXmlText(title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
  );
}

function legendXml(spec: ChartSpec): string {
  if (spec.kind === "pie") return '<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>';
  if (spec.series.length > 1) return '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>';
  return "";
}

/** The chart part for `spec`, drawn from the cells of `sheet`. */
export function chartXml(spec: ChartSpec, sheet: OwnedSheet): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${CHART_NAMESPACE}" xmlns:a="${DRAWING_NAMESPACE}" xmlns:r="${RELATIONSHIPS_NAMESPACE}">` +
    `<c:roundedCorners val="0"/><c:chart>${titleXml(spec.title)}` +
    `<c:plotArea><c:layout/>${plotXml(spec, sheet)}</c:plotArea>${legendXml(spec)}` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}
