import type { RefreshStatusStore } from "../commands/refreshStatus";
import type { DayNumber } from "../engine/cells/calendar";
import type { Bilingual } from "../engine/labels";
import type { Finding } from "../engine/validation/finding";
import type { OwnedSheet, WorkbookPort } from "../workbook/port";

export type ThemeKind = "light" | "dark";

/** A template workbook, built once, that a host adds sheets from. */
export interface TemplateFile {
  readonly bytes: Uint8Array;
  /** Sheet names in tab order. */
  readonly sheetNames: readonly string[];
  /** The values of the named sheets, for hosts that build sheets through the port. */
  readSheets(names: readonly string[]): Promise<OwnedSheet[]>;
}

/**
 * Opt-in marks on the cells behind findings, errors and warnings told apart. Marks are the
 * host's own layer (conditional formats in Excel, the grid's view in the demo): cell values and
 * the user's formats are never touched.
 */
export interface ProblemHighlights {
  /** Why this host cannot mark cells, in both languages; null when it can. */
  readonly unavailable: Bilingual | null;
  /** Replaces the current marks with marks on the cells behind `findings`. */
  apply(findings: readonly Finding[]): Promise<void>;
  clear(): Promise<void>;
}

/**
 * Everything the pane needs from where it runs: Excel (office-js) or the browser demo. The pane
 * renders state and calls the pipeline through `port`; it never talks to Office itself.
 */
export interface PaneHost {
  /**
   * Lends the open workbook to one task: every refresh, rules save and template setup goes
   * through the port it hands over (in Excel: the office-js adapter inside one `Excel.run`).
   */
  withWorkbook<T>(use: (port: WorkbookPort) => Promise<T>): Promise<T>;
  /**
   * Where every refresh of this workbook reports: in Excel the store the ribbon command shares
   * (one refresh at a time, and the pane shows a ribbon refresh too).
   */
  readonly refreshStatus: RefreshStatusStore;
  /** The host's display language (`zh-CN`, `en-US`); null when it does not say. */
  readonly locale: string | null;
  readonly theme: ThemeKind;
  /** The real today: the limit for follow-up dates, and the default as-of date. */
  today(): DayNumber;
  /** A different default as-of date (the demo's sample is as of a fixed day). */
  defaultAsOf?(): DayNumber;
  /** Shows one cell: 1-based row, 0-based column, as everywhere in the port. */
  selectCell(sheet: string, row: number, column: number): Promise<void>;
  /** Adds the named template sheets; the pane only ever names sheets the workbook lacks. */
  insertSheets(template: TemplateFile, names: readonly string[]): Promise<void>;
  /** Marks on problem cells; absent where the host has no way to show them. */
  readonly highlights?: ProblemHighlights;
  /** Features this host cannot offer, each said once, quietly. */
  limitations(): Promise<readonly Bilingual[]>;
}

/** Sheets built through the port's one write: values only, existing sheets never named. */
export async function insertSheetsThroughPort(
  port: WorkbookPort,
  template: TemplateFile,
  names: readonly string[],
): Promise<void> {
  if (names.length === 0) return;
  await port.write({ columns: null, sheets: await template.readSheets(names) });
}
