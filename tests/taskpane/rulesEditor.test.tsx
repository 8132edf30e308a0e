/**
 * @jest-environment jsdom
 */
import "./jsdomGlobals";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import type { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { makeHost, sampleMemoryWorkbook } from "./fixtures";

beforeEach(() => localStorage.clear());

function field(key: string): HTMLInputElement {
  const input = document.querySelector(`[data-param="${key}"] input, [data-param="${key}"] textarea`);
  if (input === null) throw new Error(`no field ${key}`);
  return input as HTMLInputElement;
}

function weightsTotal(): string | null {
  return document.querySelector("[data-weights-total]")?.getAttribute("data-weights-total") ?? null;
}

/** The value cell of a key in the 评分规则 sheet. */
function rulesValue(memory: MemoryWorkbook, key: string): unknown {
  const sheet = memory.sheet("评分规则");
  const row = sheet?.cells.find((cells) => cells[0] === key);
  return row?.[3];
}

/** 机会评分 of every ledger row, as the last refresh wrote it. */
function opportunityScores(memory: MemoryWorkbook): unknown[] {
  const cells = memory.sheet("客户台账")?.cells ?? [];
  const column = cells[0].indexOf("机会评分");
  expect(column).toBeGreaterThan(0);
  return cells.slice(1).map((row) => row[column]);
}

async function openRules(): Promise<void> {
  fireEvent.click(screen.getByRole("tab", { name: "评分规则" }));
  await screen.findByText(/机会评分权重合计/, undefined, { timeout: 10_000 });
}

describe("rules editor", () => {
  test("checks as the user types: the weights' total, a field's own error, and Save only when all pass", async () => {
    render(<App host={makeHost(await sampleMemoryWorkbook())} />);
    await openRules();
    const save = () => screen.getByRole("button", { name: "保存到工作簿" }) as HTMLButtonElement;
    expect(weightsTotal()).toBe("100%");
    expect(save().disabled).toBe(false);

    fireEvent.change(field("opportunity.weights.amount"), { target: { value: "35" } });
    expect(weightsTotal()).toBe("105%");
    expect(screen.getAllByText(/五项权重合计须为 100%/).length).toBeGreaterThan(0);
    expect(save().disabled).toBe(true);

    fireEvent.change(field("opportunity.weights.probability"), { target: { value: "20" } });
    expect(weightsTotal()).toBe("100%");
    expect(save().disabled).toBe(false);

    fireEvent.change(field("opportunity.amount.5"), { target: { value: "很多" } });
    expect(save().disabled).toBe(true);
    // Said in the footer and on the group holding the field.
    expect(screen.getAllByText("还有 1 处需要修正")).toHaveLength(2);
    fireEvent.change(field("opportunity.amount.5"), { target: { value: "" } });
    expect(save().disabled).toBe(false);
  });

  test("saving writes the rules sheet through the port, and the next refresh scores with it", async () => {
    const memory = await sampleMemoryWorkbook();
    render(<App host={makeHost(memory)} />);
    fireEvent.click(screen.getByRole("button", { name: /刷新评分/ }));
    await screen.findByText(/已按 2026-11-16 刷新/, undefined, { timeout: 10_000 });
    const before = opportunityScores(memory);

    await openRules();
    expect(screen.getByText(/保存会按当前设置重写「评分规则」工作表/)).toBeTruthy();
    fireEvent.change(field("opportunity.weights.amount"), { target: { value: "50" } });
    fireEvent.change(field("opportunity.weights.probability"), { target: { value: "5" } });
    fireEvent.click(screen.getByRole("button", { name: "保存到工作簿" }));
    await screen.findByText("已保存到「评分规则」。刷新评分后生效。");
    expect(rulesValue(memory, "opportunity.weights.amount")).toBe(50);
    expect(rulesValue(memory, "opportunity.weights.probability")).toBe(5);

    fireEvent.click(screen.getByRole("button", { name: "立即刷新评分" }));
    await waitFor(() => expect(opportunityScores(memory)).not.toEqual(before), { timeout: 10_000 });
    await screen.findByText(/已按 2026-11-16 刷新/);
  });

  test("an English pane over Chinese rules: labels in English, values kept in the sheet's language", async () => {
    render(<App host={makeHost(await sampleMemoryWorkbook(), { locale: "en-US" })} />);
    fireEvent.click(screen.getByRole("tab", { name: "Rules" }));
    await screen.findByText(/Opportunity weights add up to/, undefined, { timeout: 10_000 });
    fireEvent.click(screen.getByRole("button", { name: "Funnel" }));
    const select = document.querySelector('[data-param="funnel.period"] select') as HTMLSelectElement;
    expect(select.value).toBe("全部");
    expect(Array.from(select.options).map((option) => option.textContent)).toEqual([
      "All",
      "Month",
      "Quarter",
    ]);
    expect(screen.getByText(/Saving rewrites the "评分规则" sheet/)).toBeTruthy();
  });

  test("restoring defaults refills every field from the default rules", async () => {
    render(<App host={makeHost(await sampleMemoryWorkbook())} />);
    await openRules();
    fireEvent.change(field("opportunity.weights.amount"), { target: { value: "1" } });
    fireEvent.click(screen.getByRole("button", { name: "恢复默认值" }));
    expect(field("opportunity.weights.amount").value).toBe("30");
    expect(weightsTotal()).toBe("100%");
  });
});
