import type { Finding } from "../../src/engine/validation/finding";
import { GridStore } from "../../src/demo/gridStore";

const at = (row: number, columnIndex: number, severity: Finding["severity"]) =>
  ({ sheet: "客户台账", row, columnIndex, severity }) as Finding;

test("the demo grid marks problem cells in its view state, an error outranking a warning, and clears them", () => {
  const grid = new GridStore("客户台账");
  grid.highlight([
    at(2, 3, "warning"),
    at(2, 3, "error"),
    at(4, 1, "warning"),
    { ...at(5, 0, "error"), row: null },
  ]);
  expect([...grid.marksOf("客户台账")]).toEqual([
    ["2:3", "error"],
    ["4:1", "warning"],
  ]);
  grid.clearHighlights();
  expect(grid.marksOf("客户台账").size).toBe(0);
});
