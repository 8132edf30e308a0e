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
}

/** The demo grid's view state, shared by the grid and the demo host's `selectCell`. */
export class GridStore {
  private snapshot: GridSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(firstSheet: string) {
    this.snapshot = { activeSheet: firstSheet, selection: null, reveal: 0 };
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
      activeSheet: selection.sheet,
      selection,
      reveal: reveal ? this.snapshot.reveal + 1 : this.snapshot.reveal,
    });
  }

  private set(snapshot: GridSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of [...this.listeners]) listener();
  }
}
