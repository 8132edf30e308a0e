import { installExcelDouble, type ExcelDouble } from "./index";
import { codeOf } from "../support/rejection";

let double: ExcelDouble;
afterEach(() => double.uninstall());

function setup(excelApi = "1.20"): ExcelDouble {
  double = installExcelDouble({ excelApi });
  const sheet = double.model.addSheet("Data");
  sheet.seed([
    ["a", 1, "x"],
    ["b", 2, "y"],
    ["c", 3, "z"],
  ]);
  sheet.setNumberFormat(0, 1, "0.0");
  sheet.setNumberFormat(2, 1, "0.0");
  return double;
}

describe("Worksheet.getRanges (ExcelApi 1.9)", () => {
  it("formats every area with one command and leaves the cells between alone", async () => {
    setup();
    await Excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("Data").getRanges("A1, C2:C3");
      areas.format.fill.color = "#FFC7CE";
      areas.format.font.color = "#9C0006";
      areas.load("address, areaCount, cellCount");
      await context.sync();
      expect(areas.address).toBe("Data!A1,Data!C2:C3");
      expect(areas.areaCount).toBe(2);
      expect(areas.cellCount).toBe(3);
    });
    const sheet = double.model.sheet("Data");
    for (const [row, column] of [
      [0, 0],
      [1, 2],
      [2, 2],
    ])
      expect(sheet?.snapshot(row, column).format).toMatchObject({ fill: "#FFC7CE", fontColor: "#9C0006" });
    for (const [row, column] of [
      [0, 2],
      [1, 0],
      [1, 1],
    ])
      expect(sheet?.snapshot(row, column).format).toBeUndefined();
    expect(double.syncs.at(-1)?.operations).toBe(3);
  });

  it("clears formats on the areas only, with ';' as separator too", async () => {
    setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRanges("B1;B3").clear("Formats");
      await context.sync();
    });
    const sheet = double.model.sheet("Data");
    expect([0, 1, 2].map((row) => sheet?.numberFormat(row, 1))).toEqual(["General", "General", "General"]);
    expect(sheet?.values.get(0, 1)).toBe(1);
  });

  it("sends the address with every command on the areas", async () => {
    setup();
    const bytes = async (address: string) => {
      const before = double.syncs.length;
      await Excel.run(async (context) => {
        const areas = context.workbook.worksheets.getItem("Data").getRanges(address);
        areas.format.fill.color = "#FFEB9C";
        areas.format.font.color = "#9C5700";
        await context.sync();
      });
      return double.syncs[before].requestBytes;
    };
    const short = await bytes("A1");
    const long = await bytes(Array.from({ length: 50 }, (_, i) => `A${i + 1}`).join(","));
    expect(long - short).toBeGreaterThan(2 * 50 * 3);
  });

  it("fails a bad address at sync, and is missing below ExcelApi 1.9", async () => {
    setup();
    const bad = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRanges("A1,,B2").format.fill.color = "#FFFFFF";
      await context.sync();
    });
    expect(await codeOf(bad)).toBe("InvalidArgument");
    double.uninstall();

    setup("1.8");
    const old = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRanges("A1").clear("Formats");
      await context.sync();
    });
    expect(await codeOf(old)).toBe("ApiNotFound");
    expect(double.model.sheet("Data")?.numberFormat(0, 1)).toBe("0.0");
  });
});
