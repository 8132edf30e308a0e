/**
 * @jest-environment jsdom
 */
import "./jsdomGlobals";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { runRefresh } from "../../src/refresh/pipeline";
import { buildReportJson } from "../../src/refresh/reportJson";
import { App } from "../../src/taskpane/components/App";
import { resultOf } from "../../src/taskpane/state/result";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type { WorkbookPort } from "../../src/workbook/port";
import { makeHost, PausedPort, sampleDay, sampleMemoryWorkbook } from "./fixtures";

beforeEach(() => localStorage.clear());

function summaryValue(key: string): string {
  const card = document.querySelector(`[data-summary="${key}"]`);
  if (card === null) throw new Error(`no summary card ${key}`);
  return card.querySelector("dd")?.textContent ?? "";
}

async function refreshAndWait(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: /刷新评分/ }));
  await screen.findByText(/已按 2026-11-16 刷新/, undefined, { timeout: 10_000 });
}

describe("task pane", () => {
  test("idle: one primary action, the as-of date defaulting to the host's today, and what a refresh does", async () => {
    render(<App host={makeHost(await sampleMemoryWorkbook())} />);
    expect(screen.getByRole("heading", { name: "销售雷达" })).toBeTruthy();
    const refresh = screen.getByRole("button", { name: /刷新评分/ });
    expect(refresh.hasAttribute("disabled")).toBe(false);
    expect((screen.getByLabelText(/截至日期/) as HTMLInputElement).value).toBe("2026-11-16");
    expect(screen.getByText(/其他单元格不会改动/)).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  test("running: the progress bar names the step and Cancel is offered; cancelling leaves the workbook untouched", async () => {
    const memory = await sampleMemoryWorkbook();
    const port = new PausedPort(memory);
    render(<App host={makeHost(port)} />);
    fireEvent.click(screen.getByRole("button", { name: /刷新评分/ }));

    await screen.findByText("第 1/5 步:读取");
    expect(screen.getByRole("progressbar")).toBeTruthy();
    const cancel = screen.getByRole("button", { name: "取消" });
    expect(cancel.hasAttribute("disabled")).toBe(false);
    expect((screen.getByRole("button", { name: /正在刷新/ }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(cancel);
    await act(async () => port.release());
    await screen.findByText("已取消,工作簿未做任何更改。");
    expect(port.writes).toBe(0);
    expect(await memory.listSheets()).not.toContain("销售漏斗");
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  test("done: the summary cards say what the command line's report says for the same workbook", async () => {
    const memory = await sampleMemoryWorkbook();
    render(<App host={makeHost(memory)} />);
    await refreshAndWait();

    const reference = await runRefresh(await sampleMemoryWorkbook(), {
      asOf: sampleDay(),
      today: sampleDay(),
      mode: "validate",
    });
    const report = buildReportJson(reference.analysis, reference.lang);
    const valid = report.customers.filter((c) => c.valid);
    const tier = (t: string) => valid.filter((c) => c.priority?.tier === t).length;
    expect(summaryValue("customers")).toBe(String(valid.length));
    expect(summaryValue("high")).toBe(String(tier("high")));
    expect(summaryValue("medium")).toBe(String(tier("medium")));
    expect(summaryValue("low")).toBe(String(tier("low")));
    expect(summaryValue("overdue")).toBe(String(valid.filter((c) => c.cadence?.overdue).length));
    expect(summaryValue("churn")).toBe(String(valid.filter((c) => c.churnRisk !== null).length));
    expect(summaryValue("errors")).toBe(String(report.issues.filter((i) => i.severity === "error").length));
    expect(summaryValue("warnings")).toBe(
      String(report.issues.filter((i) => i.severity === "warning").length),
    );

    // The funnel view shows every stage with what reached it.
    const lead = document.querySelector('[data-stage="lead"]');
    expect(lead?.textContent).toContain(`到达 ${report.funnel[0].reached}`);
    expect(document.querySelectorAll("[data-stage]")).toHaveLength(5);
    // And the refresh wrote: the funnel sheet exists now.
    expect(await memory.listSheets()).toContain("销售漏斗");
  });

  test("a RefreshError shows its reason as a sentence, with no stack", async () => {
    const empty = new MemoryWorkbook({ Sheet1: [["hello"]] });
    render(<App host={makeHost(empty)} />);
    fireEvent.click(screen.getByRole("button", { name: /刷新评分/ }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("刷新未完成");
    expect(alert.textContent).toContain("找不到「客户台账」工作表");
    expect(alert.textContent).toContain("工作簿未做任何更改。");
    expect(alert.textContent).not.toMatch(/\bat \S+ \(|RefreshError/);
  });

  test("an unexpected failure shows its message's first line only, never the stack", async () => {
    const broken: WorkbookPort = {
      ...new MemoryWorkbook(),
      listSheets: async () => {
        const error = new Error("Excel is busy\n    at readSheets (office.js:1:2)");
        throw error;
      },
    } as unknown as WorkbookPort;
    render(<App host={makeHost(broken)} />);
    fireEvent.click(screen.getByRole("button", { name: /刷新评分/ }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("出现意外问题");
    expect(alert.textContent).toContain("Excel is busy");
    expect(alert.textContent).not.toContain("office.js");
    fireEvent.click(within(alert).getByRole("button", { name: "关闭" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("issues: grouped by rule, filtered by severity, and a click selects the cell through the host", async () => {
    const host = makeHost(await sampleMemoryWorkbook());
    render(<App host={host} />);
    await refreshAndWait();
    fireEvent.click(screen.getByRole("tab", { name: /问题/ }));

    const errorsFilter = screen.getByRole("radio", { name: /^错误 \d+$/ });
    const groups = () =>
      Array.from(document.querySelectorAll("[data-rule]")).map((g) => g.getAttribute("data-rule"));
    const allGroups = groups();
    expect(allGroups.length).toBeGreaterThan(1);

    fireEvent.click(errorsFilter);
    const errorGroups = groups();
    expect(errorGroups.length).toBeGreaterThan(0);
    expect(errorGroups.length).toBeLessThan(allGroups.length);
    // The first group is open: every item in view is an error.
    const items = Array.from(document.querySelectorAll("button[data-row]"));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.textContent).toContain("错误");

    const first = items[0] as HTMLButtonElement;
    fireEvent.click(first);
    expect(host.selected).toEqual([
      { sheet: first.dataset.sheet, row: Number(first.dataset.row), column: Number(first.dataset.column) },
    ]);

    fireEvent.click(screen.getByRole("radio", { name: /^警告 \d+$/ }));
    for (const item of Array.from(document.querySelectorAll("button[data-row]")))
      expect(item.textContent).toContain("警告");
  });

  test("language: follows the host's display language and switches in the pane, remembering the choice", async () => {
    const { unmount } = render(<App host={makeHost(await sampleMemoryWorkbook(), { locale: "en-US" })} />);
    expect(screen.getByRole("button", { name: /Refresh scores/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Switch to Chinese" }));
    expect(screen.getByRole("button", { name: /刷新评分/ })).toBeTruthy();
    expect(document.documentElement.lang).toBe("zh-CN");
    unmount();

    render(<App host={makeHost(await sampleMemoryWorkbook(), { locale: "en-US" })} />);
    expect(screen.getByRole("button", { name: /刷新评分/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "切换为英文界面" }));
    expect(screen.getByRole("tab", { name: "Issues" })).toBeTruthy();
  });

  test("a refresh started elsewhere (the ribbon) shows in the pane, and its outcome stays for the next opening", async () => {
    const memory = await sampleMemoryWorkbook();
    const host = makeHost(memory);
    host.refreshStatus.tryBegin("ribbon");
    host.refreshStatus.reportProgress({ step: "scoring", fraction: 1 });
    const { unmount } = render(<App host={host} />);
    expect(screen.getByText("第 3/5 步:评分")).toBeTruthy();
    expect((screen.getByRole("button", { name: /正在刷新/ }) as HTMLButtonElement).disabled).toBe(true);
    // The pane cannot abort the ribbon's refresh.
    expect(screen.queryByRole("button", { name: "取消" })).toBeNull();

    const outcome = await runRefresh(memory, { asOf: sampleDay(), today: sampleDay() });
    act(() => host.refreshStatus.succeed(resultOf(outcome.analysis, outcome.ledgerSheet), "done"));
    await screen.findByText(/已按 2026-11-16 刷新/);
    unmount();

    render(<App host={host} />);
    expect(screen.getByText(/已按 2026-11-16 刷新/)).toBeTruthy();
    expect(summaryValue("customers")).toBe(String(outcome.analysis.scored.length));
  });
});
