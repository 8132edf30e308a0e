import { installExcelDouble, type ExcelDouble } from "./index";
import { codeOf } from "../support/rejection";

let double: ExcelDouble;

afterEach(() => double.uninstall());

function setup(options: Parameters<typeof installExcelDouble>[0] = {}): ExcelDouble {
  double = installExcelDouble(options);
  double.model.addSheet("Data", [
    ["Name", "Amount"],
    ["甲", 12],
    ["乙", { error: "#N/A" }],
  ]);
  return double;
}

describe("load and sync", () => {
  it("throws PropertyNotLoaded until a property is loaded and synced", async () => {
    setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B3");
      // Reading too early is the point of this test; the lint rules exist to stop exactly this.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values, valueTypes");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["Name", "Amount"],
        ["甲", 12],
        ["乙", "#N/A"],
      ]);
      expect(range.valueTypes).toEqual([
        ["String", "String"],
        ["String", "Double"],
        ["String", "Error"],
      ]);
      // eslint-disable-next-line office-addins/load-object-before-read -- never loaded, on purpose
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("applies queued writes in order at sync, and a load sees the writes queued before it", async () => {
    setup();
    await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Data").getRange("C1");
      cell.values = [["first"]];
      cell.values = [["second"]];
      cell.load("values");
      expect(double.model.sheet("Data")?.values.get(0, 2)).toBeUndefined();
      await context.sync();
      expect(cell.values).toEqual([["second"]]);
    });
    expect(double.model.sheet("Data")?.values.get(0, 2)).toBe("second");
  });

  it("treats text as typed input unless the cell is formatted as Text", async () => {
    setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("D1:D4").values = [["=1+1"], ["#N/A"], ["00123"], ["2024-03-15"]];
      const text = sheet.getRange("E1:E3");
      text.numberFormat = [["@"], ["@"], ["@"]];
      text.values = [["=1+1"], ["#N/A"], ["00123"]];
      const read = sheet.getRange("D1:E4");
      read.load("valueTypes, formulas, numberFormat");
      await context.sync();
      expect(read.valueTypes.map((row) => row[0])).toEqual(["Double", "Error", "Double", "Double"]);
      expect(read.formulas[0][0]).toBe("=1+1");
      expect(read.numberFormat[3][0]).toBe("yyyy-mm-dd");
      expect(read.valueTypes.slice(0, 3).map((row) => row[1])).toEqual(["String", "String", "String"]);
    });
    const sheet = double.model.sheet("Data");
    expect(sheet?.formulas.get(0, 3)).toBe("=1+1");
    expect(sheet?.formulas.get(0, 4)).toBeUndefined();
    expect(sheet?.values.get(2, 4)).toBe("00123");
  });

  it("answers null objects through isNullObject after a sync", async () => {
    setup();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("data");
      // eslint-disable-next-line office-addins/call-sync-before-read -- before the sync, on purpose
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("fails a missing item with ItemNotFound at sync, as an OfficeExtension.Error", async () => {
    setup();
    const error = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Nope").getRange("A1").values = [[1]];
      await context.sync();
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OfficeExtension.Error);
    expect(error).toMatchObject({
      name: "RichApi.Error",
      code: "ItemNotFound",
      debugInfo: { code: "ItemNotFound" },
    });
  });
});

describe("limits and failures", () => {
  it("rejects a request over 5 MB and applies none of it", async () => {
    setup();
    const big = Array.from({ length: 60_000 }, () => ["x".repeat(100)]);
    const code = await codeOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("F1").values = [["small"]];
        sheet.getRange(`G1:G${big.length}`).values = big;
        await context.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(double.model.sheet("Data")?.values.get(0, 5)).toBeUndefined();
    expect(double.syncs.at(-1)?.requestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("rejects a response over 5 MB and a read over 5,000,000 cells", async () => {
    setup();
    double.model.sheet("Data")?.seed(
      Array.from({ length: 60_000 }, () => ["y".repeat(100)]),
      10,
      0,
    );
    expect(
      await codeOf(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRange("A11:A60010").load("values");
          await context.sync();
        }),
      ),
    ).toBe("ResponsePayloadSizeLimitExceeded");
    expect(
      await codeOf(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRange("A:E").load("values");
          await context.sync();
        }),
      ),
    ).toBe("RangeExceedsLimit");
  });

  it("counts syncs, including the one Excel.run adds for commands left queued", async () => {
    setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").load("values");
      await context.sync();
      await context.sync();
      context.workbook.worksheets.getItem("Data").getRange("H1").values = [["late"]];
    });
    expect(double.syncs).toHaveLength(3);
    expect(double.metrics.implicitSyncs).toBe(1);
    expect(double.model.sheet("Data")?.values.get(0, 7)).toBe("late");
  });

  it("fails the sync a test picks, optionally after some commands landed", async () => {
    setup();
    double.failAtSync(2, "generic", 1);
    const code = await codeOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("A1").load("values");
        await context.sync();
        sheet.getRange("I1").values = [["landed"]];
        sheet.getRange("I2").values = [["lost"]];
        await context.sync();
      }),
    );
    expect(code).toBe("GeneralException");
    expect(double.model.sheet("Data")?.values.get(0, 8)).toBe("landed");
    expect(double.model.sheet("Data")?.values.get(1, 8)).toBeUndefined();
  });

  it("lets the workbook change between syncs", async () => {
    setup();
    double.beforeSync((index, model) => {
      if (index === 2) model.sheet("Data")?.insertRows(1, 1);
    });
    await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Data").getUsedRange(true);
      used.load("rowCount");
      await context.sync();
      const again = context.workbook.worksheets.getItem("Data").getUsedRange(true);
      again.load("rowCount");
      await context.sync();
      expect([used.rowCount, again.rowCount]).toEqual([3, 4]);
    });
  });

  it("waits for cell-edit mode to end only when asked to", async () => {
    setup();
    double.setCellEditMode(true);
    const run = (delay: boolean) =>
      Excel.run({ delayForCellEdit: delay }, async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").load("values");
        await context.sync();
      });
    expect(await codeOf(run(false))).toBe("InvalidOperationInCellEditMode");
    expect(await codeOf(run(true))).toBe("resolved");
    expect(double.metrics.delayedForCellEdit).toBe(1);
  });
});

describe("hosts and undo", () => {
  it("answers requirement sets and refuses newer APIs on an older host", async () => {
    setup({ excelApi: "1.6" });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.6")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(false);
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").freezePanes.freezeRows(1);
        await context.sync();
      }),
    );
    expect(code).toBe("ApiNotFound");
  });

  it("keeps one undo record for a merged run and refuses what cannot be undone inside it", async () => {
    setup();
    double.model.addSheet("Other");
    await Excel.run({ mergeUndoGroup: true }, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("J1").values = [[1]];
      await context.sync();
      sheet.getRange("J2").values = [[2]];
      await context.sync();
    });
    expect(double.metrics.undoRecords).toBe(1);
    const code = await codeOf(
      Excel.run({ mergeUndoGroup: true }, async (context) => {
        context.workbook.worksheets.getItem("Other").delete();
        await context.sync();
      }),
    );
    expect(code).toBe("UndoNotSupported");
  });

  it.each([false, true])("evaluates DATE in the workbook's own date system (1904: %s)", async (date1904) => {
    setup({ date1904 });
    const serial = await Excel.run(async (context) => {
      const result = context.workbook.functions.date(1904, 1, 1);
      result.load("value");
      await context.sync();
      return result.value;
    });
    expect(serial).toBe(date1904 ? 0 : 1462);
  });
});
