import type { Severity } from "../engine/schema/fields";
import type { Finding } from "../engine/validation/finding";

/** Marks on one sheet's cells, keyed `row:column` (1-based row, 0-based column). */
export type CellMarks = ReadonlyMap<string, Severity>;

const NO_MARKS: CellMarks = new Map();

/** A cell of the demo grid: 1-based row, 0-based column, as everywhere in the port. */
export interface GridSelection {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

export interface GridSnapshot {
  readonly activeSheet: string;
  readonly selection: GridSelection | null;
  /** Bumped when a selection comes from outside the grid (the pane): scroll it into view. */
  readonly reveal: number;
  /** Problem-cell highlights by sheet: a view layer, the cells' values are never changed. */
  readonly marks: ReadonlyMap<string, CellMarks>;
}

/** The demo grid's view state, shared by the grid and the demo host's `selectCell`. */
export class GridStore {
  private snapshot: GridSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(firstSheet: string) {
    this.snapshot = { activeSheet: firstSheet, selection: null, reveal: 0, marks: new Map() };
  }

  readonly getSnapshot = (): GridSnapshot => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  showSheet(sheet: string): void {
    this.set({ ...this.snapshot, activeSheet: sheet });
  }

  /** `reveal`: scroll the cell into view (a jump from the pane or a link), not a click in place. */
  select(selection: GridSelection, reveal: boolean): void {
    this.set({
      ...this.snapshot,
      activeSheet: selection.sheet,
      selection,
      reveal: reveal ? this.snapshot.reveal + 1 : this.snapshot.reveal,
    });
  }

  /** Marks the cells behind findings, replacing earlier marks; an error outranks a warning. */
  highlight(findings: readonly Finding[]): void {
    const marks = new Map<string, Map<string, Severity>>();
    for (const finding of findings) {
      if (finding.row === null || finding.columnIndex === null) continue;
      const sheet = marks.get(finding.sheet) ?? new Map<string, Severity>();
      marks.set(finding.sheet, sheet);
      const key = `${finding.row}:${finding.columnIndex}`;
      if (sheet.get(key) !== "error") sheet.set(key, finding.severity);
    }
    this.set({ ...this.snapshot, marks });
  }

  clearHighlights(): void {
    this.set({ ...this.snapshot, marks: new Map() });
  }

  marksOf(sheet: string): CellMarks {
    return this.snapshot.marks.get(sheet) ?? NO_MARKS;
  }

  private set(snapshot: GridSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of [...this.listeners]) listener();
  }
}
