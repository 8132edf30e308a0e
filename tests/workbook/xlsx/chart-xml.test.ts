import type { ChartSpec, OwnedSheet } from "../../../src/workbook/port";
import { chartXml } from "../../../src/workbook/xlsx/chart-xml";
import { scanElements, type XmlElement } from "../../../src/workbook/xlsx/xml-elements";

const SHEET: OwnedSheet = {
  name: "销售'漏斗",
  rows: [
    ["阶段", "到达", "转化率"],
    ["潜在客户", 100, { value: 1, format: "0.0%" }],
    ["意向客户", 60, { value: 0.6, format: "0.0%" }],
    ["商机客户", { value: 35 }, { value: 0.583, format: "0.0%" }],
    ["谈判阶段", null, "n/a"],
  ],
};

const spec = (kind: ChartSpec["kind"], series = 1): ChartSpec => ({
  kind,
  title: "漏斗 & 转化",
  categories: { firstRow: 2, lastRow: 5, column: 0 },
  series: [
    { name: "到达", values: { firstRow: 2, lastRow: 5, column: 1 } },
    { name: "转化率", values: { firstRow: 2, lastRow: 5, column: 2 } },
  ].slice(0, series),
  anchor: { row: 2, column: 4, width: 6, height: 12 },
});

function parse(kind: ChartSpec["kind"], series = 1): { xml: string; elements: XmlElement[] } {
  const xml = chartXml(spec(kind, series), SHEET);
  return { xml, elements: scanElements(xml, "chart") };
}

const find = (elements: XmlElement[], local: string) => elements.filter((e) => e.local === local);

describe("chart parts", () => {
  it("colours every series itself, so charts draw in workbooks without a theme", () => {
    const { xml } = parse("column", 2);
    expect(xml.match(/<a:srgbClr val="(\w+)"\/>/g)).toEqual([
      '<a:srgbClr val="4472C4"/>',
      '<a:srgbClr val="ED7D31"/>',
    ]);
    expect(parse("line").xml).toContain('<a:ln w="28575"><a:solidFill><a:srgbClr val="4472C4"/>');
  });

  it("draws a funnel as horizontal bars, categories reversed so the first stage is on top, values on the bars", () => {
    const { elements } = parse("funnel");
    expect(find(elements, "barDir")[0].attributes.val).toBe("bar");
    const catAx = elements.find((e) => e.local === "catAx")!;
    const orientation = elements.filter((e) => e.local === "orientation");
    expect(orientation.map((e) => e.attributes.val)).toEqual(["maxMin", "minMax"]);
    expect(elements.indexOf(orientation[0])).toBeGreaterThan(elements.indexOf(catAx));
    expect(find(elements, "showVal")[0].attributes.val).toBe("1");
    expect(find(elements, "legend")).toHaveLength(0);
  });

  it("references the owned sheet's ranges, quoted, and caches their values", () => {
    const { xml, elements } = parse("column", 2);
    expect(find(elements, "f").map((e) => xml.slice(e.openEnd, e.closeStart))).toEqual([
      "'销售''漏斗'!$A$2:$A$5",
      "'销售''漏斗'!$B$2:$B$5",
      "'销售''漏斗'!$A$2:$A$5",
      "'销售''漏斗'!$C$2:$C$5",
    ]);
    const caches = find(elements, "numCache").map((cache) => {
      const index = elements.indexOf(cache);
      return elements
        .filter((e) => e.local === "v" && elements[e.parent].parent === index)
        .map((e) => xml.slice(e.openEnd, e.closeStart));
    });
    expect(caches).toEqual([
      ["100", "60", "35"],
      ["1", "0.6", "0.583"],
    ]);
    expect(find(elements, "ptCount").map((e) => e.attributes.val)).toEqual(["4", "4", "4", "4"]);
    expect(xml).toContain("<c:formatCode>0.0%</c:formatCode>");
    expect(find(elements, "legend")).toHaveLength(1);
    expect(xml).toContain("漏斗 &amp; 转化");
  });

  it("writes bar, line and pie charts with the parts each needs", () => {
    expect(find(parse("bar").elements, "barDir")[0].attributes.val).toBe("bar");
    expect(find(parse("column").elements, "barDir")[0].attributes.val).toBe("col");
    const line = parse("line").elements;
    expect(find(line, "lineChart")).toHaveLength(1);
    expect(find(line, "valAx")).toHaveLength(1);
    const pie = parse("pie").elements;
    expect(find(pie, "pieChart")).toHaveLength(1);
    expect(find(pie, "catAx")).toHaveLength(0);
    expect(find(pie, "varyColors")[0].attributes.val).toBe("1");
    expect(find(pie, "dPt")).toHaveLength(4);
  });

  it("keeps CT_BarSer's element order (Excel refuses charts whose elements are out of order)", () => {
    const { elements } = parse("column");
    const ser = elements.findIndex((e) => e.local === "ser");
    expect(elements.filter((e) => e.parent === ser).map((e) => e.local)).toEqual([
      "idx",
      "order",
      "tx",
      "spPr",
      "invertIfNegative",
      "cat",
      "val",
    ]);
  });
});
