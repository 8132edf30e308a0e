import { RefreshStatusStore } from "../commands/refreshStatus";
import { localToday, parseIsoDay, type DayNumber } from "../engine/cells/calendar";
import { SAMPLE_AS_OF } from "../template/sample";
import { insertSheetsThroughPort, type PaneHost, type ThemeKind } from "../taskpane/host";
import type { DemoWorkbook } from "./demoWorkbook";
import type { GridStore } from "./gridStore";

/** The sample's as-of date, so the demo's numbers are the same on every machine and day. */
export function sampleAsOf(): DayNumber {
  const day = parseIsoDay(SAMPLE_AS_OF);
  if (day === null) throw new Error(`SAMPLE_AS_OF is not a date: ${SAMPLE_AS_OF}`);
  return day;
}

function browserTheme(): ThemeKind {
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches
    ? "dark"
    : "light";
}

/** The pane's host in the browser demo: the in-memory workbook and the grid beside the pane. */
export function createDemoHost(workbook: DemoWorkbook, grid: GridStore): PaneHost {
  const asOf = sampleAsOf();
  return {
    withWorkbook: (use) => use(workbook),
    refreshStatus: new RefreshStatusStore(),
    locale: typeof navigator === "undefined" ? null : navigator.language,
    theme: browserTheme(),
    // Follow-ups are checked against the real today: the sample has none after it.
    today: () => localToday(),
    defaultAsOf: () => asOf,
    async selectCell(sheet, row, column) {
      if (!workbook.sheetNames().includes(sheet)) throw new Error(`No sheet named ${sheet}`);
      grid.select({ sheet, row, column }, true);
    },
    insertSheets: (template, names) => insertSheetsThroughPort(workbook, template, names),
    // Marks live in the grid's view state, beside the selection: no cell value changes.
    highlights: {
      unavailable: null,
      apply: async (findings) => grid.highlight(findings),
      clear: async () => grid.clearHighlights(),
    },
    // The demo has every feature the pane offers; charts are listed under the grid, not drawn.
    limitations: async () => [],
  };
}
