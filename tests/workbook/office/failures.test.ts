import { RefreshError } from "../../../src/refresh/errors";
import { describeOfficeError, refreshInExcel } from "../../../src/workbook/office";
import type { ExcelDouble, InjectedFailure } from "../../excel-double";
import { ownedArea, ownedState, sampleDay, smallSampleDouble, userState, type OwnedArea } from "./helpers";

const options = () => ({ asOf: sampleDay(), today: sampleDay() });
const small = () => smallSampleDouble(24, 80);

let double: ExcelDouble | undefined;
afterEach(() => double?.uninstall());

async function baseline(): Promise<{ syncs: number; area: OwnedArea; written: Map<string, string> }> {
  double = await small();
  const outcome = await refreshInExcel(options());
  const result = {
    syncs: double.syncs.length,
    area: ownedArea(outcome.plan),
    written: ownedState(double.model, ownedArea(outcome.plan)),
  };
  double.uninstall();
  double = undefined;
  return result;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "completed";
  } catch (error) {
    if (error instanceof RefreshError) return error.code;
    return (error as { code?: string }).code ?? String(error);
  }
}

describe("a refresh that fails part-way", () => {
  const variants: [string, InjectedFailure, number][] = [
    ["rejected before any command ran", "generic", 0],
    ["failed after every command ran", "generic", Number.MAX_SAFE_INTEGER],
    ["refused as too large", "payload", 0],
  ];

  it.each(variants)(
    "leaves user cells intact at every sync when %s, and the next refresh completes",
    async (_, kind, applyFirst) => {
      const { syncs, area, written } = await baseline();
      expect(syncs).toBeGreaterThan(15);
      const outcomes = new Set<string>();
      for (let k = 1; k <= syncs; k++) {
        double = await small();
        const before = userState(double.model, area);
        double.failAtSync(k, kind, applyFirst);
        outcomes.add(await codeOf(refreshInExcel(options())));
        expect({ k, state: userState(double.model, area) }).toEqual({ k, state: before });
        await refreshInExcel(options());
        expect({ k, state: ownedState(double.model, area) }).toEqual({ k, state: written });
        double.uninstall();
        double = undefined;
      }
      // Refusals of a block are retried in smaller blocks, and charts fall back rather than fail
      // the refresh; everything else surfaces as Excel's error.
      expect([...outcomes].sort()).toEqual([
        kind === "payload" ? "RequestPayloadSizeLimitExceeded" : "GeneralException",
        "completed",
      ]);
    },
  );
});

describe("a workbook that changes during the refresh", () => {
  it("stops before writing when rows are inserted while reading, and the next refresh completes", async () => {
    const { area, written } = await baseline();
    double = await small();
    const before = userState(double.model, area);
    let inserted = false;
    double.beforeSync((index, model) => {
      if (index === 12 && !inserted) {
        model.sheet("客户台账")?.insertRows(5, 1);
        inserted = true;
      }
    });
    expect(await codeOf(refreshInExcel(options()))).toBe("workbook-changed");
    expect(inserted).toBe(true);
    expect(ownedState(double.model, area)).toEqual(new Map());
    expect(userState(double.model, area).size).toBe(before.size);

    const outcome = await refreshInExcel(options());
    expect(outcome.written).toBe(true);
    expect(ownedState(double.model, ownedArea(outcome.plan)).size).toBe(written.size);
  });

  it("waits for the user to finish typing in a cell instead of failing", async () => {
    double = await small();
    double.setCellEditMode(true);
    const outcome = await refreshInExcel(options());
    expect(outcome.written).toBe(true);
    expect(double.metrics.delayedForCellEdit).toBe(1);
  });

  it("explains Excel's refusals in both languages", async () => {
    double = await small();
    double.failAtSync(1, "cellEdit");
    const error = await refreshInExcel(options()).catch((caught: unknown) => caught);
    expect(describeOfficeError(error).zh).toContain("单元格编辑");
    expect(describeOfficeError(new Error("other")).en).toContain(
      "your own data in the workbook was not changed",
    );
  });
});
