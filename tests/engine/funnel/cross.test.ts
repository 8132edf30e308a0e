import { crossTable } from "../../../src/engine/funnel/cross";
import { customer, day } from "./records";

const won = (createdDay: number, wonDay: number) => ({
  stage: "won" as const,
  createdOn: day(2024, 1, createdDay),
  wonOn: day(2024, 1, wonDay),
});

describe("crossTable", () => {
  const records = [
    customer({ region: "上海", size: "中型", ...won(1, 11) }),
    customer({ region: "上海", size: "中型", ...won(1, 21) }),
    customer({ region: "上海", size: "中型", stage: "lost" }),
    customer({ region: "上海", size: "大型", stage: "prospect" }),
    customer({ region: "北京", size: "大型", stage: "lost" }),
    customer({ region: null, size: "中型", stage: "won", wonOn: null }),
  ];
  const table = crossTable(records, "region", "size");

  it("orders rows and columns by customers, most first, blank last on ties", () => {
    expect(table.rows).toEqual([
      { key: "上海", count: 4 },
      { key: "北京", count: 1 },
      { key: "", count: 1 },
    ]);
    expect(table.columns).toEqual([
      { key: "中型", count: 4 },
      { key: "大型", count: 2 },
    ]);
    expect([table.rowField, table.columnField]).toEqual(["region", "size"]);
  });

  it("gives each cell its customers, win rate and average cycle", () => {
    expect(table.cells[0][0]).toEqual({ customers: 3, winRate: 2 / 3, averageCycleDays: 15 });
    expect(table.cells[1][1]).toEqual({ customers: 1, winRate: 0, averageCycleDays: null });
    expect(table.cells[2][0]).toEqual({ customers: 1, winRate: 1, averageCycleDays: null });
  });

  it("has no win rate where nobody is decided, and empty cells where nobody is", () => {
    expect(table.cells[0][1]).toEqual({ customers: 1, winRate: null, averageCycleDays: null });
    expect(table.cells[1][0]).toEqual({ customers: 0, winRate: null, averageCycleDays: null });
  });

  it("sums to the population by row and by column", () => {
    table.rows.forEach((row, i) =>
      expect(table.cells[i].reduce((n, cell) => n + cell.customers, 0)).toBe(row.count),
    );
    table.columns.forEach((column, j) =>
      expect(table.cells.reduce((n, cells) => n + cells[j].customers, 0)).toBe(column.count),
    );
  });

  it("crosses any text field, the record's other text fields included", () => {
    const bySource = crossTable(
      [
        customer({ text: { source: "展会" }, industry: "医疗-器械" }),
        customer({ text: {}, industry: "医疗" }),
      ],
      "industry",
      "source",
    );
    expect(bySource.rows).toEqual([{ key: "医疗", count: 2 }]);
    expect(bySource.columns).toEqual([
      { key: "展会", count: 1 },
      { key: "", count: 1 },
    ]);
  });

  it("is empty without customers", () => {
    expect(crossTable([], "region", "size")).toEqual({
      rowField: "region",
      columnField: "size",
      rows: [],
      columns: [],
      cells: [],
    });
  });
});
