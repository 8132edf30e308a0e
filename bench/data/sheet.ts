import type { RawCell } from "../../src/engine/cells/types";

/** One generated sheet, column-major as the port's `readColumns` hands cells over. */
export interface GeneratedSheet {
  readonly name: string;
  readonly headers: readonly string[];
  /** One array per header, each `rows` long; null is a blank cell. */
  readonly columns: readonly RawCell[][];
  readonly rows: number;
}

/** Column arrays by field key, filled row by row and then laid out in header order. */
export class ColumnBuilder {
  private readonly byKey = new Map<string, RawCell[]>();

  constructor(
    keys: readonly string[],
    private readonly rows: number,
  ) {
    // Filled with null up front so every array stays packed (no holes) as it is written.
    for (const key of keys) this.byKey.set(key, new Array<RawCell>(rows).fill(null));
  }

  column(key: string): RawCell[] {
    const column = this.byKey.get(key);
    if (column === undefined) throw new Error(`unknown column ${key}`);
    return column;
  }

  build(name: string, layout: readonly { readonly key: string; readonly header: string }[]): GeneratedSheet {
    return {
      name,
      headers: layout.map((entry) => entry.header),
      columns: layout.map((entry) => this.column(entry.key)),
      rows: this.rows,
    };
  }
}
