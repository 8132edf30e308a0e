/**
 * The browser demo in real Chromium: one production build (the same the `build` and `demo`
 * scripts make), served from a plain static server, driven like a newcomer would use it.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { parseIsoDay } from "../../src/engine/cells/calendar";
import { runRefresh } from "../../src/refresh/pipeline";
import { buildReportJson, type ReportJson } from "../../src/refresh/reportJson";
import { SAMPLE_AS_OF } from "../../src/template/sample";
import { sheetA1 } from "../../src/workbook/cellRef";
import { openXlsx } from "../../src/workbook/xlsx";
import { buildTemplate } from "../../src/template/buildTemplate";
import { buildBundles, CHROMIUM, CHROMIUM_ARGS, hasChromium, OUTPUT, readSizeReport, ROOT } from "./build";
import { serveFolder, type StaticServer } from "./staticServer";

const SCREENSHOTS = path.join(ROOT, "docs/screenshots");
const BUDGET_BYTES = 250 * 1024;

let bundles: { addin: string; demo: string };

beforeAll(async () => {
  bundles = await buildBundles();
}, 300_000);

test("the task pane's initial JS stays within 250 KB gzipped", async () => {
  const report = await readSizeReport(bundles.addin);
  expect(report.entry).toBe("taskpane");
  expect(report.files.length).toBeGreaterThan(0);
  expect(report.gzipBytes).toBeLessThanOrEqual(BUDGET_BYTES);
});

/** What the command line reports for the sample at its as-of date (`refresh --as-of … --json`). */
async function commandLineReport(): Promise<ReportJson> {
  const asOf = parseIsoDay(SAMPLE_AS_OF);
  if (asOf === null) throw new Error("bad SAMPLE_AS_OF");
  const workbook = openXlsx(new Uint8Array(readFileSync(path.join(ROOT, "samples/sales-radar-sample.xlsx"))));
  // Like the demo (and the command line): follow-ups are checked against the real today.
  const outcome = await runRefresh(workbook, { asOf });
  return buildReportJson(outcome.analysis, outcome.lang);
}

async function summaryNumbers(page: Page): Promise<Record<string, number>> {
  const pairs = await page.$$eval("[data-summary]", (cards) =>
    cards.map((card) => [
      card.getAttribute("data-summary") ?? "",
      card.querySelector("dd")?.textContent ?? "",
    ]),
  );
  return Object.fromEntries(pairs.map(([key, value]) => [key, Number(value)]));
}

/** The grid's column letters of a header in row 1 of the sheet in view. */
async function columnOf(page: Page, header: string): Promise<string> {
  const cell = page
    .locator('[role="gridcell"][data-cell$="1"]', { hasText: new RegExp(`^${header}$`) })
    .first();
  const address = (await cell.getAttribute("data-cell")) ?? "";
  return address.replace(/\d+$/, "");
}

async function columnTexts(page: Page, letters: string, rows: number): Promise<string[]> {
  await page.evaluate(() => document.querySelector('[role="grid"]')?.scrollTo(0, 0));
  const texts: string[] = [];
  for (let row = 2; row < 2 + rows; row++) {
    texts.push((await page.locator(`[data-cell="${letters}${row}"]`).textContent()) ?? "");
  }
  return texts;
}

function pane(page: Page) {
  return page.locator("aside");
}

/** A sheet tab under the grid (the pane has tabs of its own). */
function sheetTab(page: Page, sheet: string) {
  return page.getByRole("tablist", { name: /Sheets/ }).getByRole("tab", { name: sheet, exact: true });
}

async function refresh(page: Page): Promise<void> {
  await page.getByRole("button", { name: /刷新评分|Refresh scores/ }).click();
  await page.getByText(/已按 2026-11-16 刷新|Refreshed as of 2026-11-16/).waitFor({ timeout: 30_000 });
}

const browserSuite = hasChromium() ? describe : describe.skip;
if (!hasChromium()) {
  console.warn(`Browser tests skipped: ${CHROMIUM} not found (CI installs Debian's chromium).`);
}

browserSuite(hasChromium() ? "browser demo" : `browser demo (skipped: no ${CHROMIUM})`, () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serveFolder(bundles.demo);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      locale: "zh-CN",
      acceptDownloads: true,
    });
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    await page.goto(server.url);
    await sheetTab(page, "客户台账").waitFor({ timeout: 30_000 });
    expect(problems).toEqual([]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("refresh: the pane's numbers are the command line's, and the scores appear in the grid", async () => {
    const [report] = await Promise.all([commandLineReport(), refresh(page)]);
    const valid = report.customers.filter((customer) => customer.valid);
    const tier = (name: string) => valid.filter((customer) => customer.priority?.tier === name).length;
    expect(await summaryNumbers(page)).toEqual({
      customers: valid.length,
      high: tier("high"),
      medium: tier("medium"),
      low: tier("low"),
      overdue: valid.filter((customer) => customer.cadence?.overdue).length,
      churn: valid.filter((customer) => customer.churnRisk !== null).length,
      errors: report.issues.filter((issue) => issue.severity === "error").length,
      warnings: report.issues.filter((issue) => issue.severity === "warning").length,
    });

    // The score block's header and its first scores are in the ledger's grid.
    const scoreColumn = await columnOf(page, "优先级得分");
    expect(scoreColumn).not.toBe("");
    const firstScored = report.customers.find((customer) => customer.priority !== null);
    expect(firstScored).toBeDefined();
    const cell = page.locator(`[data-cell="${scoreColumn}${firstScored?.sheetRow}"]`);
    expect(Number(await cell.textContent())).toBe(firstScored?.priority?.score);
    await expect(sheetTab(page, "销售漏斗").count()).resolves.toBe(1);

    await page.locator(`[data-cell="${scoreColumn}2"]`).click();
    await page.screenshot({ path: path.join(SCREENSHOTS, "demo-grid-scores.png") });
    await pane(page).screenshot({ path: path.join(SCREENSHOTS, "pane-zh.png") });
  }, 90_000);

  test("issues: clicking one selects its cell in the grid", async () => {
    await pane(page).getByRole("tab", { name: /^问题/ }).click();
    const item = page.locator("button[data-row]").first();
    await item.waitFor();
    const sheet = (await item.getAttribute("data-sheet")) ?? "";
    const row = Number(await item.getAttribute("data-row"));
    const column = Number(await item.getAttribute("data-column"));
    await item.click();

    await expect(page.getByTestId("name-box").textContent()).resolves.toBe(sheetA1(sheet, row, column));
    await expect(sheetTab(page, sheet).getAttribute("aria-selected")).resolves.toBe("true");
    const selected = page.locator('[role="gridcell"][aria-selected="true"]');
    await expect(selected.count()).resolves.toBe(1);
    await expect(selected.isVisible()).resolves.toBe(true);
    await pane(page).screenshot({ path: path.join(SCREENSHOTS, "issues-list.png") });
  }, 60_000);

  test("rules: a changed weight, saved and refreshed, changes the opportunity scores", async () => {
    await sheetTab(page, "客户台账").click();
    const opportunity = await columnOf(page, "机会评分");
    const before = await columnTexts(page, opportunity, 30);

    await pane(page).getByRole("tab", { name: "评分规则", exact: true }).click();
    const weight = (key: string) => page.locator(`[data-param="${key}"] input`);
    await weight("opportunity.weights.amount").fill("50");
    await expect(page.locator("[data-weights-total]").getAttribute("data-weights-total")).resolves.toBe(
      "120%",
    );
    await expect(page.getByRole("button", { name: "保存到工作簿" }).isDisabled()).resolves.toBe(true);
    await weight("opportunity.weights.probability").fill("5");
    await page.getByRole("button", { name: "保存到工作簿" }).click();
    await page.getByText("已保存到「评分规则」。刷新评分后生效。").waitFor();
    await page.getByRole("button", { name: "立即刷新评分" }).click();
    await page.getByText(/已按 2026-11-16 刷新/).waitFor({ timeout: 30_000 });

    await sheetTab(page, "客户台账").click();
    const after = await columnTexts(page, opportunity, 30);
    expect(after.filter((text) => text !== "").length).toBeGreaterThan(0);
    expect(after).not.toEqual(before);
  }, 90_000);

  test("template: the .xlsx is built in the browser, byte for byte what the command line builds", async () => {
    await pane(page).getByRole("tab", { name: "模板", exact: true }).click();
    await pane(page).getByRole("switch").check();
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      pane(page).getByRole("button", { name: /下载/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("销售雷达-示例.xlsx");
    const saved = path.join(OUTPUT, "downloaded-template.xlsx");
    await download.saveAs(saved);
    const expected = await buildTemplate({ lang: "zh", sample: true });
    expect(Buffer.from(readFileSync(saved)).equals(Buffer.from(expected))).toBe(true);
  }, 90_000);

  test("language: the pane switches to English and back", async () => {
    await page.getByRole("button", { name: "切换为英文界面" }).click();
    await pane(page).getByRole("tab", { name: "Overview" }).click();
    await page.getByRole("button", { name: /Refresh scores/ }).waitFor();
    await pane(page)
      .locator("main")
      .evaluate((main) => main.scrollTo(0, 0));
    await pane(page).screenshot({ path: path.join(SCREENSHOTS, "pane-en.png") });
    await page.getByRole("button", { name: "Switch to Chinese" }).click();
    await page.getByRole("button", { name: /刷新评分/ }).waitFor();
  }, 60_000);
});
