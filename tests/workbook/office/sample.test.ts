import { buildReportJson } from "../../../src/refresh/reportJson";
import { runRefresh } from "../../../src/refresh/pipeline";
import { MemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import { refreshInExcel } from "../../../src/workbook/office";
import type { ExcelDouble } from "../../excel-double";
import { openSample, ownedArea, ownedState, sampleDay, sampleDouble, userState } from "./helpers";

let double: ExcelDouble;
afterEach(() => double?.uninstall());

const options = () => ({ asOf: sampleDay(), today: sampleDay() });

describe("refreshing the bundled sample through office-js", () => {
  it("gives the command line's report and leaves every user cell as it was", async () => {
    const cli = await runRefresh(openSample(), options());
    double = await sampleDouble();
    const ledger = double.model.sheet("客户台账");
    // User formatting and formulas the refresh must not touch.
    ledger?.setNumberFormat(1, 26, "yyyy-mm-dd");
    ledger?.patchFormat({ row: 0, column: 0, rows: 1, columns: 36 }, { bold: true, fill: "#FCE4D6" });
    double.model.sheet("说明")?.seed([[{ formula: "=COUNTA('客户台账'!A:A)", value: 301 }]], 0, 5);
    const before = userState(double.model, ownedArea(cli.plan));

    const outcome = await refreshInExcel(options());

    expect(buildReportJson(outcome.analysis, outcome.lang)).toEqual(buildReportJson(cli.analysis, cli.lang));
    expect(userState(double.model, ownedArea(outcome.plan))).toEqual(before);
    expect(outcome.canUndo).toBe(true);
    expect(double.metrics.undoRecords).toBe(1);
    expect(double.metrics.implicitSyncs).toBe(0);
  });
});
