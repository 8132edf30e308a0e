import type { OutCell, OwnedColumns } from "../port";
import type { CellRange } from "./cell-ref";
import { cellLink, cellXml, styleRequestOf, type InternalLink, type StyleResolver } from "./cell-xml";

/**
 * The score columns beside the ledger (SPEC 1.4) as the splicer needs them: which rows and
 * columns belong to the block, and each row's cells rendered on demand (a million rendered rows
 * would not fit in memory at once).
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

/**
 * Walks the block once before anything is streamed: registers every style its cells use (the
 * styles part must be final before it is written) and collects its links. Rows are built one at
 * a time and let go; `cellsOf` builds each again when the splicer reaches it.
 */
export function ownedBlock(columns: OwnedColumns, resolveStyle: StyleResolver): OwnedBlock {
  const width = columns.headers.length;
  const firstColumn = columns.firstColumn;
  const lastColumn = firstColumn + width - 1;
  const firstRow = columns.headerRow;
  const lastWrittenRow = firstRow + columns.rows.length;
  const lastClearedRow = lastWrittenRow + columns.clearRowsBelow;
  const rowCells = (row: number): readonly OutCell[] =>
    row === firstRow ? columns.headers : (columns.rows.at(row - firstRow - 1) ?? NO_CELLS);
  resolveStyle(HEADER_STYLE);
  const links: InternalLink[] = [];
  for (let row = firstRow + 1; row <= lastWrittenRow; row++) {
    const cells = rowCells(row);
    for (let i = 0; i < width; i++) {
      const cell = cells[i] ?? null;
      resolveStyle(styleRequestOf(cell));
      const link = cellLink(row, firstColumn + i, cell);
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
      const cells = rowCells(row);
      let xml = "";
      for (let i = 0; i < width; i++)
        xml += cellXml(row, firstColumn + i, cells[i] ?? null, resolveStyle, prefix, extra);
      return xml;
    },
  };
}

const NO_CELLS: readonly OutCell[] = [];
