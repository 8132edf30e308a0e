import { cellAddress } from "./cell-ref";
import type { OwnedBlock } from "./owned-block";

/**
 * One `<row>` of the ledger with the owned block's cells in place: the block's old cells go, its
 * new ones go in column order, and every other byte of the row stays as it was.
 */
export interface CellSpan {
  readonly column: number;
  readonly start: number;
  end: number;
  readonly hasRef: boolean;
}

export interface OpenRow {
  readonly name: string;
  readonly index: number;
  readonly start: number;
  readonly openEnd: number;
  readonly selfClosing: boolean;
  readonly cells: CellSpan[];
}

/** Reads the sheet's text between two stream positions. */
export type TextAt = (start: number, end: number) => string;

/** The row (ending at `end`) with the block's cells in place, or null when it stays as it was. */
export function splicedRow(row: OpenRow, end: number, text: TextAt, block: OwnedBlock): string | null {
  if (row.index < block.firstRow || row.index > block.lastClearedRow) return null;
  const fresh = block.cellsOf(row.index, prefixOf(row.name));
  const owned = (cell: CellSpan): boolean =>
    cell.column >= block.firstColumn && cell.column <= block.lastColumn;
  if (fresh === "" && !row.cells.some(owned)) return null;
  const openTag = text(row.start, row.openEnd);
  if (row.selfClosing) return `${openTag.replace(/\s*\/>$/, ">")}${fresh}</${row.name}>`;
  const closeStart = row.start + text(row.start, end).lastIndexOf("<");
  if (row.cells.every((cell) => cell.column < block.firstColumn)) {
    // The usual case: the block sits right of every cell of the row.
    return text(row.start, closeStart) + fresh + text(closeStart, end);
  }
  const parts = [openTag];
  let previousEnd = row.openEnd;
  let inserted = false;
  // Once a cell is dropped or added, later cells that relied on their position get their address.
  let shifted = false;
  for (const cell of row.cells) {
    const gap = text(previousEnd, cell.start);
    const raw = text(cell.start, cell.end);
    previousEnd = cell.end;
    if (owned(cell)) {
      shifted = true;
      continue;
    }
    if (!inserted && cell.column > block.lastColumn) {
      parts.push(fresh);
      inserted = true;
      shifted = shifted || fresh !== "";
    }
    parts.push(gap, shifted && !cell.hasRef ? withCellRef(raw, cellAddress(row.index, cell.column)) : raw);
  }
  if (!inserted) parts.push(fresh);
  parts.push(text(previousEnd, end));
  return parts.join("");
}

function prefixOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon);
}

/** `<c s="1">` → `<c r="B7" s="1">`: for a cell whose place was implied by the cells before it. */
function withCellRef(raw: string, ref: string): string {
  const nameEnd = raw.search(/[\s/>]/);
  return `${raw.slice(0, nameEnd)} r="${ref}"${raw.slice(nameEnd)}`;
}
