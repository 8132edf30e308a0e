import type { MessKind, MessNote } from "./types";

/** Collects what was messed up where; a later note on the same cell replaces the earlier one. */
export class MessLog {
  private readonly notes = new Map<string, MessNote>();

  add(sheet: MessNote["sheet"], row: number, field: string, kind: MessKind): void {
    this.notes.set(`${sheet}\u0000${row}\u0000${field}`, { sheet, row, field, kind });
  }

  /** Notes in sheet, row, field order, so the list itself is deterministic. */
  list(): MessNote[] {
    return [...this.notes.values()].sort(
      (a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row || a.field.localeCompare(b.field),
    );
  }
}
