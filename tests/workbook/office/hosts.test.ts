import { capabilities, refreshInExcel, UnsupportedHostError } from "../../../src/workbook/office";
import type { ExcelDouble } from "../../excel-double";
import { ownedArea, sampleDay, smallSampleDouble, userState } from "./helpers";

const options = () => ({ asOf: sampleDay(), today: sampleDay() });
let double: ExcelDouble | undefined;
afterEach(() => double?.uninstall());

describe("capabilities", () => {
  const on = (version: string) =>
    capabilities({
      isSetSupported: (name, min = "1.1") =>
        name === "ExcelApi" && Number(min.split(".")[1]) <= Number(version.split(".")[1]),
    });

  it("reads every feature from the requirement sets", () => {
    expect(on("1.20")).toMatchObject({
      supported: true,
      charts: true,
      funnelChart: true,
      undoGrouping: true,
      notices: [],
    });
    const old = on("1.6");
    expect(old).toMatchObject({
      supported: true,
      conditionalFormats: true,
      charts: false,
      hyperlinks: false,
      undoGrouping: false,
    });
    expect(old.notices.map((notice) => notice.feature)).toEqual([
      "charts",
      "hyperlinks",
      "freezePanes",
      "dataValidation",
      "insertWorksheets",
      "undoGrouping",
    ]);
    expect(old.notices.every((notice) => notice.zh.length > 0 && notice.en.length > 0)).toBe(true);
    expect(on("1.3")).toMatchObject({ supported: false, notices: [{ feature: "host" }] });
  });

  it("reports nothing supported where office.js is missing, instead of crashing", () => {
    expect(capabilities()).toMatchObject({ supported: false });
  });
});

describe("older hosts", () => {
  it("refresh with what ExcelApi 1.4 offers: no charts, links, frozen panes or undo", async () => {
    double = await smallSampleDouble(24, 80, { excelApi: "1.4" });
    const area = ownedArea((await refreshInExcel({ ...options(), mode: "validate" })).plan);
    const before = userState(double.model, area);
    const outcome = await refreshInExcel(options());
    expect(outcome.written).toBe(true);
    expect(outcome.canUndo).toBe(false);
    expect(outcome.notices.map((notice) => notice.feature)).toEqual(
      expect.arrayContaining(["charts", "hyperlinks", "undoGrouping"]),
    );
    expect(double.model.sheet("销售漏斗")?.charts).toEqual([]);
    expect(double.model.sheet("校验报告")?.hyperlinks.get(4, 7)).toBeUndefined();
    expect(double.model.sheet("校验报告")?.values.get(4, 7)).toMatch(/^[A-Z]+\d+$/);
    expect(double.syncs.every((sync) => sync.outcome === "ok")).toBe(true);
    expect(userState(double.model, area)).toEqual(before);
  });

  it("draws a bar chart, read top-down, where the funnel chart is refused", async () => {
    double = await smallSampleDouble(24, 80, { refusedChartTypes: ["Funnel"] });
    const outcome = await refreshInExcel(options());
    const [stages, ...others] = double.model.sheet("销售漏斗")?.charts ?? [];
    expect(stages).toMatchObject({ type: "BarClustered", categoryAxis: { reversePlotOrder: true } });
    expect(others.length).toBeGreaterThan(0);
    expect(outcome.notices.map((notice) => notice.feature)).toEqual(["funnelChart"]);
  });

  it("refuses to start on a host without ExcelApi 1.4, saying why", async () => {
    double = await smallSampleDouble(5, 5, { excelApi: "1.3" });
    const error = await refreshInExcel(options()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnsupportedHostError);
    expect((error as UnsupportedHostError).reason.zh).toContain("Excel");
    expect(double.syncs).toHaveLength(0);
  });
});
