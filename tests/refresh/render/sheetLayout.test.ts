import fc from "fast-check";
import { DEFAULT_LAYOUT, layoutSections, type Section } from "../../../src/refresh/render/sheetLayout";
import type { OutCell } from "../../../src/workbook/port";
import { cellsUnderCharts, overlappingCharts } from "./overlap";

function table(height: number, width: number): OutCell[][] {
  return Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => `${r}:${c}`));
}

function chartedSection(height: number, width: number): Section {
  return {
    rows: table(height, width),
    chart: {
      kind: "column",
      title: "t",
      firstRow: 1,
      lastRow: height - 1,
      categoryColumn: 0,
      series: [{ name: "s", column: width - 1 }],
    },
  };
}

describe("layoutSections", () => {
  it("stacks sections from A1 with a blank row between them", () => {
    const { rows, charts } = layoutSections([{ rows: table(2, 2) }, { rows: table(1, 3) }]);
    expect(rows).toEqual([["0:0", "0:1"], ["1:0", "1:1"], [], ["0:0", "0:1", "0:2"]]);
    expect(charts).toEqual([]);
  });

  it("anchors a chart beside its table and points its ranges at the section's rows", () => {
    const { rows, charts } = layoutSections([{ rows: table(3, 1) }, chartedSection(4, 3)]);
    expect(charts).toEqual([
      {
        kind: "column",
        title: "t",
        categories: { firstRow: 6, lastRow: 8, column: 0 },
        series: [{ name: "s", values: { firstRow: 6, lastRow: 8, column: 2 } }],
        anchor: { row: 5, column: 4, width: DEFAULT_LAYOUT.chartWidth, height: DEFAULT_LAYOUT.chartHeight },
      },
    ]);
    expect(rows).toHaveLength(4 + DEFAULT_LAYOUT.chartHeight);
  });

  it("starts the next section below a chart taller than its table", () => {
    const options = { chartWidth: 2, chartHeight: 5, gapRows: 1, gapColumns: 1 };
    const { rows } = layoutSections([chartedSection(2, 1), { rows: [["next"]] }], options);
    expect(rows.findIndex((row) => row[0] === "next") + 1).toBe(5 + 1 + 1);
  });

  it("starts the next section below a table taller than its chart", () => {
    const options = { chartWidth: 2, chartHeight: 2, gapRows: 1, gapColumns: 1 };
    const { rows } = layoutSections([chartedSection(6, 1), { rows: [["next"]] }], options);
    expect(rows.findIndex((row) => row[0] === "next") + 1).toBe(6 + 1 + 1);
  });

  it("leaves out a chart with no data row", () => {
    const { charts } = layoutSections([chartedSection(1, 2)]);
    expect(charts).toEqual([]);
  });

  it("never puts a chart over a filled cell or another chart (property)", () => {
    const section = fc.record({
      height: fc.integer({ min: 1, max: 30 }),
      width: fc.integer({ min: 1, max: 12 }),
      charted: fc.boolean(),
    });
    const options = fc.record({
      chartWidth: fc.integer({ min: 1, max: 10 }),
      chartHeight: fc.integer({ min: 1, max: 25 }),
      gapRows: fc.integer({ min: 0, max: 2 }),
      gapColumns: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(fc.array(section, { maxLength: 10 }), options, (specs, layout) => {
        const sections = specs.map(({ height, width, charted }) =>
          charted ? chartedSection(height, width) : { rows: table(height, width) },
        );
        const { rows, charts } = layoutSections(sections, layout);
        expect(cellsUnderCharts(rows, charts)).toEqual([]);
        expect(overlappingCharts(charts)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
