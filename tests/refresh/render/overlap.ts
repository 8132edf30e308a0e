/** Geometry checks shared by the layout tests: charts against tables and against each other. */
import type { ChartSpec, OutCell } from "../../../src/workbook/port";

interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function boxOf(chart: ChartSpec): Box {
  const { row, column, width, height } = chart.anchor;
  return { top: row, left: column, bottom: row + height - 1, right: column + width - 1 };
}

function intersects(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Sheet cells (1-based row, 0-based column) that hold something and sit under a chart. */
export function cellsUnderCharts(
  rows: readonly (readonly OutCell[])[],
  charts: readonly ChartSpec[],
): string[] {
  const covered: string[] = [];
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === null) return;
      const point = { top: r + 1, left: c, bottom: r + 1, right: c };
      charts.forEach((chart, i) => {
        if (intersects(boxOf(chart), point)) covered.push(`chart ${i} covers row ${r + 1} column ${c}`);
      });
    }),
  );
  return covered;
}

export function overlappingCharts(charts: readonly ChartSpec[]): string[] {
  const overlaps: string[] = [];
  charts.forEach((a, i) =>
    charts.slice(i + 1).forEach((b, j) => {
      if (intersects(boxOf(a), boxOf(b))) overlaps.push(`charts ${i} and ${i + 1 + j}`);
    }),
  );
  return overlaps;
}
