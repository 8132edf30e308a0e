import { OfficeWorkbook } from "../../../src/workbook/office";
import { installExcelDouble, type DoubleOptions, type ExcelDouble, type SeedCell } from "../../excel-double";
import { parseRange } from "../../excel-double/model/address";
import { loadsOf, recordCommands } from "./commands";

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

describe("what a read asks Excel for", () => {
  /** 3,000 rows: errors and typed error-like text scattered through two columns, the rest plain. */
  function scattered(): { rows: SeedCell[][]; expected: unknown[][] } {
    const rows: SeedCell[][] = [];
    const expected: unknown[][] = [[], []];
    for (let i = 0; i < 3_000; i++) {
      const [a, b]: [SeedCell, unknown] =
        i % 500 === 7
          ? [{ error: "#N/A" }, { error: "#N/A" }]
          : i % 500 === 8
            ? ["#N/A", "#N/A"]
            : i % 700 === 9
              ? ["#1 大客户", "#1 大客户"]
              : i % 900 === 10
                ? [{ error: "#DIV/0!" }, { error: "#DIV/0!" }]
                : [`客户${i}`, `客户${i}`];
      rows.push([a, i]);
      expected[0].push(b);
      expected[1].push(i);
    }
    return { rows, expected };
  }

  it("loads only values, and valueTypes only for the cells that show an error's text", async () => {
    const { rows, expected } = scattered();
    withSheet(rows, { maxResponseBytes: 64 * 1024 });
    const recorder = recordCommands();
    const columns = await inExcel((workbook) => workbook.readColumns("Data", [0, 1], 1)).finally(
      recorder.stop,
    );

    expect(columns).toEqual(expected);
    const typed = loadsOf(recorder.commands, "valueTypes");
    // The blocks themselves never ask for types; only column A's suspect cells are read again.
    expect(loadsOf(recorder.commands, "values").length).toBeGreaterThan(typed.length);
    const suspects = expected[0].filter((cell) => typeof cell !== "string" || cell.startsWith("#")).length;
    expect(suspects).toBe(6 + 6 + 5 + 4);
    const rechecked = typed.map((command) => parseRange(/getRange\((.*)\)/.exec(command.path)?.[1] ?? ""));
    expect(rechecked.every((rect) => rect.column === 0 && rect.columns === 1)).toBe(true);
    expect(rechecked.reduce((sum, rect) => sum + rect.rows, 0)).toBeLessThanOrEqual(2 * suspects);
  });

  it("moves little more than the values themselves", async () => {
    const { rows } = scattered();
    withSheet(rows);
    await inExcel((workbook) => workbook.readColumns("Data", [0, 1], 1));
    const values = Buffer.byteLength(
      JSON.stringify(rows.map(([a, b]) => [typeof a === "object" ? "#N/A" : a, b])),
    );
    const reads = (double?.syncs ?? []).filter((sync) => sync.responseBytes > 1000);
    const moved = reads.reduce((sum, sync) => sum + sync.requestBytes + sync.responseBytes, 0);
    // With valueTypes for every cell this was about 1.6 × the values.
    expect(moved).toBeLessThan(1.1 * values);
    expect(reads.length).toBeLessThanOrEqual(2);
  });

  it("tells neighbouring errors and texts apart when their re-read has to be split", async () => {
    const rows: SeedCell[][] = Array.from({ length: 4_000 }, (_, i) =>
      i % 2 === 0 ? [{ error: "#VALUE!" }] : ["#VALUE!"],
    );
    withSheet(rows, { maxResponseBytes: 8 * 1024 });
    const [column] = await inExcel((workbook) => workbook.readColumns("Data", [0], 1));
    expect(column).toEqual(rows.map(([cell]) => cell));
    const syncs = double?.syncs ?? [];
    expect(syncs.some((sync) => sync.outcome === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(
      syncs.filter((sync) => sync.outcome === "ok").every((sync) => sync.responseBytes <= 8 * 1024),
    ).toBe(true);
  });
});
