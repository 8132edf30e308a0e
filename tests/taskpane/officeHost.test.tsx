/**
 * @jest-environment jsdom
 */
import "./jsdomGlobals";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { createOfficeHost } from "../../src/taskpane/office/officeHost";
import { installExcelDouble, seedFromPort, type ExcelDouble } from "../excel-double";
import { sampleMemoryWorkbook } from "./fixtures";

/** The pane in "Excel": the office host over the Excel double, seeded with the bundled sample. */
async function excelWithSample(excelApi: string): Promise<ExcelDouble> {
  const double = installExcelDouble({ excelApi, displayLanguage: "en-US" });
  await seedFromPort(double.model, await sampleMemoryWorkbook());
  return double;
}

let double: ExcelDouble | null = null;

beforeEach(() => localStorage.clear());
afterEach(() => {
  double?.uninstall();
  double = null;
});

describe("the pane inside Excel", () => {
  test("speaks Office's language, refreshes through the office adapter, and goes to an issue's cell", async () => {
    double = await excelWithSample("1.20");
    const host = createOfficeHost();
    expect(host.locale).toBe("en-US");
    render(<App host={host} />);

    fireEvent.change(screen.getByLabelText(/As-of date/), { target: { value: "2026-11-16" } });
    fireEvent.click(screen.getByRole("button", { name: /Refresh scores/ }));
    await screen.findByText(/Refreshed as of 2026-11-16/, undefined, { timeout: 20_000 });
    expect(double.model.sheet("销售漏斗")).toBeDefined();

    fireEvent.click(screen.getByRole("tab", { name: /Issues/ }));
    const item = document.querySelector("button[data-row]") as HTMLButtonElement;
    fireEvent.click(item);
    const sheet = item.dataset.sheet ?? "";
    await waitFor(() => expect(double?.model.activeSheet()?.name).toBe(sheet));
  }, 60_000);

  test("an older Excel: what it lacks is said once, and dismissing it is remembered", async () => {
    double = await excelWithSample("1.12");
    const { unmount } = render(<App host={createOfficeHost()} />);
    await screen.findByText("Some features are limited in this version of Excel");
    expect(screen.getByText(/cannot undo an add-in's refresh/)).toBeTruthy();
    // The template sheets still arrive without ExcelApi 1.13 (through the port): no notice for that.
    expect(screen.queryByText(/insert the template's sheets/)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText("Some features are limited in this version of Excel")).toBeNull();
    unmount();

    render(<App host={createOfficeHost()} />);
    // Give the host's limitations time to arrive, then check they stayed quiet.
    await screen.findByRole("button", { name: /Refresh scores/ });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByText("Some features are limited in this version of Excel")).toBeNull();
  }, 60_000);
});
