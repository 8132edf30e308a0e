import type { ChartSpec } from "../../../src/workbook/port";
import { drawingXml } from "../../../src/workbook/xlsx/drawing-xml";
import { scanElements } from "../../../src/workbook/xlsx/xml-elements";

const chart = (row: number, column: number, width: number, height: number): ChartSpec => ({
  kind: "bar",
  title: "图",
  categories: { firstRow: 1, lastRow: 2, column: 0 },
  series: [{ name: "s", values: { firstRow: 1, lastRow: 2, column: 1 } }],
  anchor: { row, column, width, height },
});

describe("drawing part", () => {
  it("anchors each chart by its cells (rows from 0) and points at it by relationship id", () => {
    const xml = drawingXml([chart(2, 4, 6, 12), chart(20, 0, 4, 8)], ["rId1", "rId2"]);
    const elements = scanElements(xml, "drawing");
    const numbers = (local: string) =>
      elements.filter((e) => e.local === local).map((e) => Number(xml.slice(e.openEnd, e.closeStart)));
    expect(numbers("col")).toEqual([4, 10, 0, 4]);
    expect(numbers("row")).toEqual([1, 13, 19, 27]);
    expect(elements.filter((e) => e.local === "chart").map((e) => e.attributes["r:id"])).toEqual([
      "rId1",
      "rId2",
    ]);
    expect(new Set(elements.filter((e) => e.local === "cNvPr").map((e) => e.attributes.id)).size).toBe(2);
  });
});
