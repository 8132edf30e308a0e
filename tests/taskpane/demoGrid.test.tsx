/**
 * @jest-environment jsdom
 */
import "./jsdomGlobals";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createDemoHost } from "../../src/demo/demoHost";
import { DemoWorkbook } from "../../src/demo/demoWorkbook";
import { cellText, columnFormats, formatOfNumberFormat } from "../../src/demo/grid/cellDisplay";
import { columnWidths, visibleRows, ROW_HEIGHT } from "../../src/demo/grid/gridLayout";
import { WorkbookView } from "../../src/demo/grid/WorkbookView";
import { GridStore } from "../../src/demo/gridStore";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";

describe("demo grid display", () => {
  test("ledger dates and percents show as the template formats them; errors and text as typed", () => {
    const cells = [
      ["客户编号", "录入日期", "成交概率", "Phone"],
      ["A", 45658, 0.6, "=1+1"],
    ];
    const formats = columnFormats(cells);
    expect(cellText(45658, formats.get(1) ?? null, false)).toBe("2025-01-01");
    expect(cellText(45658.5, formats.get(1) ?? null, false)).toBe("2025-01-01 12:00");
    expect(cellText(0.6, formats.get(2) ?? null, false)).toBe("60%");
    expect(cellText("=1+1", formats.get(3) ?? null, false)).toBe("=1+1");
    expect(cellText({ error: "#N/A" }, null, false)).toBe("#N/A");
    expect(cellText(true, null, false)).toBe("TRUE");
    expect(cellText(null, null, false)).toBe("");
  });

  test("the add-in's own number formats", () => {
    expect(formatOfNumberFormat("yyyy-mm-dd")).toEqual({ kind: "date" });
    expect(formatOfNumberFormat("0.0%")).toEqual({ kind: "percent", decimals: 1 });
    expect(formatOfNumberFormat("0.0")).toEqual({ kind: "fixed", decimals: 1 });
    expect(formatOfNumberFormat(undefined)).toBeNull();
    expect(cellText(0.4567, formatOfNumberFormat("0.0%"), false)).toBe("45.7%");
    expect(cellText(3.333, formatOfNumberFormat("0.0"), false)).toBe("3.3");
  });

  test("only the rows in view are rendered, with some to spare", () => {
    const [first, last] = visibleRows(0, 600, 1520);
    expect(first).toBe(1);
    expect(last).toBeLessThan(60);
    const [middleFirst, middleLast] = visibleRows(1000 * ROW_HEIGHT, 600, 1520);
    expect(middleFirst).toBeGreaterThan(980);
    expect(middleLast).toBeLessThan(1050);
    expect(visibleRows(1e9, 600, 1520)[1]).toBe(1520);
  });

  test("columns are as wide as their text, within bounds", () => {
    const widths = columnWidths(
      [["短", "a much longer English header text", "x".repeat(500)]],
      4,
      (text) => text.length,
    );
    expect(widths[0]).toBeLessThan(widths[1]);
    expect(widths[2]).toBeLessThanOrEqual(260);
    expect(widths[3]).toBeGreaterThan(0);
  });
});

describe("demo workbook view", () => {
  function setUp() {
    const memory = new MemoryWorkbook();
    memory.addSheet("客户台账", [
      ["客户编号", "客户名称"],
      ["ZZ-DX-SJ-001", "<b>not markup</b>"],
    ]);
    memory.addSheet("跟进记录", [["客户编号"]]);
    const workbook = new DemoWorkbook(memory, ["客户台账", "跟进记录"], false);
    const grid = new GridStore("客户台账");
    render(
      <FluentProvider theme={webLightTheme}>
        <WorkbookView workbook={workbook} grid={grid} />
      </FluentProvider>,
    );
    return { workbook, grid };
  }

  test("the pane's selectCell switches sheet, selects the cell and names it in the name box", async () => {
    const { workbook, grid } = setUp();
    const host = createDemoHost(workbook, grid);
    await act(() => host.selectCell("跟进记录", 1, 0));
    expect(screen.getByTestId("name-box").textContent).toBe("'跟进记录'!A1");
    expect(screen.getByRole("tab", { name: "跟进记录" }).getAttribute("aria-selected")).toBe("true");
    await expect(host.selectCell("Nope", 1, 0)).rejects.toThrow();
  });

  test("cell text is shown as text, and a click selects the cell", () => {
    setUp();
    const cell = document.querySelector('[data-cell="B2"]') as HTMLElement;
    expect(cell.textContent).toBe("<b>not markup</b>");
    expect(cell.querySelector("b")).toBeNull();
    fireEvent.click(cell);
    expect(screen.getByTestId("name-box").textContent).toBe("'客户台账'!B2");
    expect(screen.getByTestId("value-box").textContent).toBe("<b>not markup</b>");
  });

  test("a write marks the add-in's columns and sheets and shows at once", async () => {
    const { workbook } = setUp();
    await act(() =>
      workbook.write({
        columns: {
          sheet: "客户台账",
          headerRow: 1,
          firstColumn: 2,
          headers: ["优先级得分"],
          rows: [[70]],
          clearRowsBelow: 0,
        },
        sheets: [{ name: "销售漏斗", rows: [["销售漏斗"]] }],
      }),
    );
    expect(document.querySelector('[data-cell="C2"]')?.textContent).toBe("70");
    expect(workbook.ownedRegions().columns).toEqual({ sheet: "客户台账", headerRow: 1, first: 2, count: 1 });
    expect(screen.getByRole("tab", { name: "销售漏斗" })).toBeTruthy();
    expect(workbook.sheetNames()).toEqual(["客户台账", "跟进记录", "销售漏斗"]);
  });
});
