import { refreshInExcel, DEFAULT_LIMITS } from "../../../src/workbook/office";
import type { SeedCell } from "../../excel-double";
import { installExcelDouble, type ExcelDouble } from "../../excel-double";
import { sampleDay } from "./helpers";

const ROWS = 200_000;
const MEGABYTE = 1024 * 1024;

const HEADERS = [
  "客户编号",
  "客户名称",
  "所属行业",
  "区域",
  "企业规模",
  "客户阶段",
  "预估采购金额(万元)",
  "成交概率",
  "负责人",
  "决策人",
  "职务",
  "联系电话",
  "核心需求",
  "紧急程度",
  "预算范围",
  "录入日期",
];
const STAGES = [
  ["潜在客户", "QZ"],
  ["意向客户", "YX"],
  ["商机客户", "SJ"],
  ["谈判阶段", "TP"],
  ["成交客户", "CJ"],
] as const;

/** A clean ledger of `count` customers: realistic text widths, every required column present. */
function ledger(count: number): SeedCell[][] {
  const rows: SeedCell[][] = [HEADERS];
  for (let i = 0; i < count; i++) {
    const [stage, code] = STAGES[i % STAGES.length];
    rows.push([
      `ZZ-DX-${code}-${String(i + 1).padStart(6, "0")}`,
      `上海第${i + 1}精密机械股份有限公司`,
      "制造业-精密机械",
      i % 3 === 0 ? "上海" : "江苏",
      "大型",
      stage,
      (i % 90) + 1,
      0.5,
      ["赵敏", "刘洋", "杨帆"][i % 3],
      "徐涛",
      "财务总监",
      "17637821121",
      "数字化转型",
      "高",
      "100万以上",
      46000 + (i % 300),
    ]);
  }
  return rows;
}

let double: ExcelDouble;
afterEach(() => double?.uninstall());

// The engine alone needs ~10 s for 200,000 rows; the margin is for busy CI machines.
const TIMEOUT_MS = 120_000;

it(
  "refreshes a 200,000-row ledger in requests under Excel's limits, syncs growing with blocks",
  async () => {
    double = installExcelDouble();
    double.model.addSheet("客户台账", ledger(ROWS));
    const writing: number[] = [];
    const outcome = await refreshInExcel({
      asOf: sampleDay(),
      today: sampleDay(),
      onProgress: (progress) => {
        if (progress.step === "writing") writing.push(progress.fraction);
      },
    });

    const blocks = Math.ceil(ROWS / DEFAULT_LIMITS.maxBlockRows);
    const syncs = double.syncs;
    expect(syncs.every((sync) => sync.outcome === "ok")).toBe(true);
    expect(Math.max(...syncs.map((sync) => sync.requestBytes))).toBeLessThanOrEqual(5 * MEGABYTE);
    expect(Math.max(...syncs.map((sync) => sync.responseBytes))).toBeLessThanOrEqual(5 * MEGABYTE);
    expect(Math.max(...syncs.map((sync) => sync.cells))).toBeLessThanOrEqual(5_000_000);
    expect(syncs.length).toBeLessThanOrEqual(6 * blocks);
    // Progress moves block by block, not only at the start and the end.
    expect(writing.length).toBeGreaterThan(blocks);
    expect(writing.every((fraction, i) => i === 0 || fraction > writing[i - 1])).toBe(true);
    expect(writing.at(-1)).toBe(1);
    expect(double.metrics.implicitSyncs).toBe(0);

    const sheet = double.model.sheet("客户台账");
    const firstColumn = outcome.plan.columns?.firstColumn ?? -1;
    expect(sheet?.values.get(0, firstColumn)).toBe("校验状态");
    expect(sheet?.values.get(ROWS, firstColumn + 9)).toBe(outcome.plan.columns?.rows.at(ROWS - 1)?.[9]);
  },
  TIMEOUT_MS,
);
