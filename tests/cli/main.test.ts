import { existsSync, mkdtempSync, readFileSync, readdirSync, copyFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { runCli } from "../support/cliRun";

const SAMPLE = path.join(__dirname, "../../samples/sales-radar-sample.xlsx");
let dir: string;
let input: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "sales-radar-cli-"));
  input = path.join(dir, "台账.xlsx");
  copyFileSync(SAMPLE, input);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("sales-radar refresh", () => {
  it("writes NAME.refreshed.xlsx beside the input, leaves the input as it was, and exits 0", async () => {
    const before = readFileSync(input);
    const run = await runCli(["refresh", input, "--as-of", "2026-11-16"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/已写入 .*台账\.refreshed\.xlsx/);
    expect(existsSync(path.join(dir, "台账.refreshed.xlsx"))).toBe(true);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("refuses --out pointing at the input without --in-place (exit 2), and overwrites it with --in-place", async () => {
    const refused = await runCli(["refresh", input, "--out", input]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--in-place/);
    const before = readFileSync(input);
    const inPlace = await runCli(["refresh", input, "--in-place", "--as-of", "2026-11-16", "--lang", "en"]);
    expect(inPlace.code).toBe(0);
    expect(inPlace.stdout).toMatch(/Written to/);
    expect(readFileSync(input).equals(before)).toBe(false);
  });

  it("leaves no file and no temporary file behind when the refresh stops half-way, in place or not", async () => {
    // A user column named like one of ours: the refresh stops (exit 1) before it writes a cell.
    const workbook = new Workbook();
    const ledger = workbook.addWorksheet("客户台账");
    ledger.addRow(["客户编号", "客户名称", "客户阶段", "所属行业", "客户规模", "优先级"]);
    ledger.addRow(["YL-ZY-YX-001", "华东精密", "潜在客户", "制造业", "中型", "我的备注"]);
    const conflicting = path.join(dir, "冲突.xlsx");
    await workbook.xlsx.writeFile(conflicting);
    const before = readFileSync(conflicting);
    const listing = readdirSync(dir).sort();
    for (const args of [["--out", path.join(dir, "out.xlsx")], ["--in-place"]]) {
      const run = await runCli(["refresh", conflicting, ...args, "--as-of", "2026-11-16"]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/同名/);
      expect(readdirSync(dir).sort()).toEqual(listing);
      expect(readFileSync(conflicting).equals(before)).toBe(true);
    }
  });

  it("names the output file, not a temporary one, when its folder does not exist (exit 2)", async () => {
    const out = path.join(dir, "没有的文件夹", "out.xlsx");
    const run = await runCli(["refresh", input, "--out", out, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`sales-radar: file not found: ${out}`);
  });

  it("writes REPORT.json in the documented shape", async () => {
    const json = path.join(dir, "report.json");
    const run = await runCli([
      "refresh",
      input,
      "--out",
      path.join(dir, "out.xlsx"),
      "--as-of",
      "2026-11-16",
      "--json",
      json,
    ]);
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(json, "utf8"));
    expect(Object.keys(report).sort()).toEqual(["asOf", "customers", "funnel", "issues"]);
    expect(report.asOf).toBe("2026-11-16");
    expect(report.customers.length).toBe(300);
    const scored = report.customers.find((c: { valid: boolean; priority: unknown }) => c.valid && c.priority);
    expect(Object.keys(scored).sort()).toEqual(
      ["cadence", "churnRisk", "id", "opportunity", "priority", "segment", "sheetRow", "valid"].sort(),
    );
    expect(Object.keys(scored.priority).sort()).toEqual(["f", "m", "r", "score", "tier", "v"]);
    expect(["high", "medium", "low"]).toContain(scored.priority.tier);
    expect(scored.cadence.nextDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const invalid = report.customers.filter((c: { valid: boolean }) => !c.valid);
    expect(invalid.length).toBeGreaterThan(0);
    for (const c of invalid)
      expect([c.priority, c.cadence, c.opportunity, c.segment, c.churnRisk]).toEqual([
        null,
        null,
        null,
        null,
        null,
      ]);
    expect(report.funnel.map((f: { stage: string }) => f.stage)).toEqual([
      "lead",
      "prospect",
      "opportunity",
      "negotiation",
      "won",
    ]);
    expect(report.funnel[4].conversionToNext).toBeNull();
    expect(report.funnel[0].cumulative).toBe(1);
    const issue = report.issues[0];
    expect(Object.keys(issue).sort()).toEqual([
      "column",
      "message",
      "row",
      "rule",
      "severity",
      "sheet",
      "value",
    ]);
  });
});

describe("sales-radar validate", () => {
  it("exits 1 when the workbook has errors and writes no workbook", async () => {
    const run = await runCli(["validate", input, "--as-of", "2026-11-16"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/仅校验/);
    expect(existsSync(path.join(dir, "台账.refreshed.xlsx"))).toBe(false);
  });

  it("exits 0 for a workbook without errors (the empty template)", async () => {
    const template = path.join(dir, "template.xlsx");
    expect((await runCli(["template", "--out", template])).code).toBe(0);
    const run = await runCli(["validate", template, "--lang", "en"]);
    expect(run.stdout).toMatch(/0 errors/);
    expect(run.code).toBe(0);
  });
});

describe("sales-radar template and usage", () => {
  it("writes the English template with --lang en", async () => {
    const out = path.join(dir, "t.xlsx");
    const run = await runCli(["template", "--out", out, "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Template written/);
    expect(readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it.each([
    [["refresh"], /exactly one input file/],
    [["refresh", "a.xlsx", "--as-of", "2026-02-30"], /--as-of/],
    [["refresh", "a.xlsx", "--lang", "fr"], /--lang/],
    [["validate", "a.xlsx", "--out", "b.xlsx"], /--out does not apply/],
    [["frobnicate"], /unknown command/],
    [["refresh", "a.xlsx", "--bogus"], /bogus/],
  ])("%j is a usage error: exit 2 with one reason and the usage", async (args, reason) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(reason);
    expect(run.stderr).toMatch(/Usage:/);
  });

  it("prints help and the version", async () => {
    expect((await runCli(["--help"])).stdout).toMatch(/sales-radar refresh/);
    expect((await runCli(["--version"])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
