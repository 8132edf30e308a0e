import {
  areaAddresses,
  columnRuns,
  MAX_AREAS_ADDRESS,
  mergeAcross,
  type Area,
} from "../../../src/workbook/office/areas";
import { chooseBases } from "../../../src/workbook/office/formatPlan";

const area = (row: number, column: number, rows = 1, columns = 1): Area => ({ row, column, rows, columns });

describe("areas", () => {
  it("finds the runs of a column, skipping cells that need nothing", () => {
    const keys = ["a", "a", null, "b", "a", "a", "a"];
    expect(columnRuns(2, 0, keys.length, (r) => keys[r])).toEqual([
      { key: "a", area: area(0, 2, 2) },
      { key: "b", area: area(3, 2) },
      { key: "a", area: area(4, 2, 3) },
    ]);
    expect(columnRuns(0, 4, 6, (r) => keys[r]).map((run) => run.area)).toEqual([area(4, 0, 2)]);
  });

  it("joins runs over the same rows in adjacent columns, and only those", () => {
    const merged = mergeAcross([area(0, 0, 2), area(5, 0), area(0, 1, 2), area(5, 1, 2), area(0, 3, 2)]);
    expect(new Set(merged.map((a) => JSON.stringify(a)))).toEqual(
      new Set([area(0, 0, 2, 2), area(5, 0), area(5, 1, 2), area(0, 3, 2)].map((a) => JSON.stringify(a))),
    );
  });

  it("writes short addresses and splits long lists below the limit", () => {
    expect(areaAddresses([area(0, 0), area(2, 1, 3, 2)], 5, 26)).toEqual(["AA5,AB7:AC9"]);
    const many = Array.from({ length: 2_000 }, (_, i) => area(2 * i, 0));
    const lists = areaAddresses(many, 1, 37);
    expect(lists.length).toBeGreaterThan(1);
    expect(lists.every((list) => list.length <= MAX_AREAS_ADDRESS)).toBe(true);
    expect(lists.join(",").split(",")).toHaveLength(2_000);
  });
});

describe("choosing a column's base format", () => {
  it("sets the column's usual format once where that saves commands, and none where it does not", () => {
    const rows = Array.from({ length: 200 }, (_, i) => [
      i % 2 === 0 ? "@" : "General", // text between blanks: "@" over all, blanks cleared
      "General", // numbers: nothing to set
      i === 7 ? "0.0%" : "General", // one odd cell: one command of its own
      i % 3 === 0 ? "yyyy-mm-dd" : i % 3 === 1 ? "@" : "General",
    ]);
    const bases = chooseBases(rows, 4);
    expect(bases.slice(0, 3)).toEqual(["@", null, null]);
    expect(["yyyy-mm-dd", "@"]).toContain(bases[3]);
  });
});
