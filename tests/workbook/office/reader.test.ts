import { OfficeWorkbook } from "../../../src/workbook/office";
import { installExcelDouble, type DoubleOptions, type ExcelDouble, type SeedCell } from "../../excel-double";

let double: ExcelDouble | undefined;
afterEach(() => double?.uninstall());

function withSheet(
  rows: SeedCell[][],
  options: DoubleOptions = {},
  at: [number, number] = [0, 0],
): ExcelDouble {
  double = installExcelDouble(options);
  double.model.addSheet("Data").seed(rows, at[0], at[1]);
  return double;
}

const inExcel = <T>(task: (workbook: OfficeWorkbook) => Promise<T>): Promise<T> =>
  Excel.run({ delayForCellEdit: true }, (context) => task(new OfficeWorkbook(context)));

describe("reading through office-js", () => {
  it("tells an error cell from the text #N/A, and blanks from empty text", async () => {
    withSheet([
      ["ID", "Value"],
      ["a", { error: "#N/A" }],
      ["b", "#N/A"],
      ["c", ""],
      ["d", 0],
      ["e", true],
    ]);
    const [ids, values] = await inExcel((workbook) => workbook.readColumns("Data", [0, 1], 2));
    expect(ids).toEqual(["a", "b", "c", "d", "e"]);
    expect(values).toEqual([{ error: "#N/A" }, "#N/A", null, 0, true]);
  });

  it("measures the used range from A1 even when the data starts further in", async () => {
    withSheet(
      [
        ["x", "y"],
        [1, 2],
      ],
      {},
      [2, 3],
    );
    const [size, top] = await inExcel(
      async (workbook) => [await workbook.usedSize("Data"), await workbook.readTop("Data", 10)] as const,
    );
    expect(size).toEqual({ rows: 4, columns: 5 });
    expect(top).toHaveLength(4);
    expect(top[2]).toEqual([null, null, null, "x", "y"]);
  });

  it("reads an empty sheet as nothing", async () => {
    withSheet([]);
    const [size, top, columns] = await inExcel(
      async (workbook) =>
        [
          await workbook.usedSize("Data"),
          await workbook.readTop("Data", 10),
          await workbook.readColumns("Data", [0], 2),
        ] as const,
    );
    expect(size).toEqual({ rows: 0, columns: 0 });
    expect(top).toEqual([]);
    expect(columns).toEqual([[]]);
  });

  it.each([false, true])("knows the date system without touching a cell (1904: %s)", async (date1904) => {
    withSheet([["x"]], { date1904 });
    expect(await inExcel((workbook) => workbook.uses1904Dates())).toBe(date1904);
    expect(double?.syncs.every((sync) => !sync.writes)).toBe(true);
  });

  it("halves its blocks until Excel accepts them, and still reads every cell", async () => {
    const rows: SeedCell[][] = Array.from({ length: 6_000 }, (_, i) => [
      `客户${i}`,
      i,
      `${"备注".repeat(i % 7)}${i}`,
    ]);
    withSheet(rows, { maxResponseBytes: 96 * 1024 });
    const columns = await inExcel((workbook) => workbook.readColumns("Data", [0, 2, 1], 1));
    expect(columns[0]).toEqual(rows.map((row) => row[0]));
    expect(columns[1]).toEqual(rows.map((row) => row[2]));
    expect(columns[2]).toEqual(rows.map((row) => row[1]));
    const syncs = double?.syncs ?? [];
    expect(syncs.some((sync) => sync.outcome === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(
      syncs.filter((sync) => sync.outcome === "ok").every((sync) => sync.responseBytes <= 96 * 1024),
    ).toBe(true);
  });
});
