import type { ChartSpec } from "../port";
import { RELATIONSHIPS_NAMESPACE } from "./rels";
import { escapeXmlAttribute } from "./xml-text";

/** The drawing part that places an owned sheet's charts on its grid, one anchor per chart. */

const SPREADSHEET_DRAWING_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const DRAWING_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/main";
const CHART_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/chart";

function marker(tag: "from" | "to", column: number, row: number): string {
  return (
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

/** `chartRelIds[i]` is the relationship id, in the drawing's rels, of the i-th chart's part. */
export function drawingXml(charts: readonly ChartSpec[], chartRelIds: readonly string[]): string {
  const anchors = charts.map((chart, i) => {
    const { row, column, width, height } = chart.anchor;
    // The port's anchor row is 1-based; drawing markers count rows and columns from 0.
    const top = row - 1;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker("from", column, top)}${marker("to", column + width, top + height)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
      `<xdr:cNvPr id="${i + 2}" name="${escapeXmlAttribute(`Chart ${i + 1}`)}" descr="${escapeXmlAttribute(chart.title)}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${CHART_NAMESPACE}">` +
      `<c:chart xmlns:c="${CHART_NAMESPACE}" r:id="${chartRelIds[i]}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING_NAMESPACE}" xmlns:a="${DRAWING_NAMESPACE}" xmlns:r="${RELATIONSHIPS_NAMESPACE}">` +
    `${anchors.join("")}</xdr:wsDr>`
  );
}
