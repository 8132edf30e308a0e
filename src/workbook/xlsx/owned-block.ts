import type { OutCell, OwnedColumns } from "../port";
import type { CellRange } from "./cell-ref";
import { cellLink, cellXml, type InternalLink, type StyleResolver } from "./cell-xml";

/**
 * The score columns beside the ledger (SPEC 1.4) as the splicer needs them: which rows and
 * columns belong to the block, and each row's cells rendered on demand (a million rendered rows
 * would not fit in memory at once; a million plan rows already do).
 */
export interface OwnedBlock {
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** The header row. */
  readonly firstRow: number;
  /** The last row that receives data. */
  readonly lastWrittenRow: number;
  /** The last row whose owned cells are emptied (an older, longer block). */
  readonly lastClearedRow: number;
  /** The block's cells of `row` as `<c>` elements in column order; "" when there are none. */
  cellsOf(row: number, prefix: string): string;
  /** Internal links of the block's cells, in row then column order. */
  readonly links: readonly InternalLink[];
  /** Header and written rows: what `<dimension>` must cover. */
  readonly range: CellRange;
  /** Every row the block owns, cleared ones included: links there are the block's. */
  readonly area: CellRange;
}

const HEADER_STYLE = { style: "ownedHeader" } as const;

export function ownedBlock(columns: OwnedColumns, resolveStyle: StyleResolver): OwnedBlock {
  const width = columns.headers.length;
  const firstColumn = columns.firstColumn;
  const lastColumn = firstColumn + width - 1;
  const firstRow = columns.headerRow;
  const lastWrittenRow = firstRow + columns.rows.length;
  const lastClearedRow = lastWrittenRow + columns.clearRowsBelow;
  const cellAt = (row: number, i: number): OutCell =>
    row === firstRow ? columns.headers[i] : (columns.rows[row - firstRow - 1]?.[i] ?? null);
  const links: InternalLink[] = [];
  for (let row = firstRow + 1; row <= lastWrittenRow; row++) {
    for (let i = 0; i < width; i++) {
      const link = cellLink(row, firstColumn + i, cellAt(row, i));
      if (link) links.push(link);
    }
  }
  return {
    firstColumn,
    lastColumn,
    firstRow,
    lastWrittenRow,
    lastClearedRow,
    links,
    range: {
      first: { row: firstRow, column: firstColumn },
      last: { row: lastWrittenRow, column: lastColumn },
    },
    area: {
      first: { row: firstRow, column: firstColumn },
      last: { row: lastClearedRow, column: lastColumn },
    },
    cellsOf(row, prefix) {
      if (row < firstRow || row > lastWrittenRow) return "";
      const extra = row === firstRow ? HEADER_STYLE : undefined;
      let xml = "";
      for (let i = 0; i < width; i++)
        xml += cellXml(row, firstColumn + i, cellAt(row, i), resolveStyle, prefix, extra);
      return xml;
    },
  };
}
