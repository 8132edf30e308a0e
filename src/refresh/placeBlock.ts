import type { RawCell } from "../engine/cells/types";
import { normalizeHeader } from "../engine/schema/headers";
import { columnLetters } from "../workbook/cellRef";
import { OWNED_COLUMNS } from "./render/ownedColumns";
import { RefreshError } from "./errors";

export interface BlockPlacement {
  /** 0-based index of the block's first column. */
  readonly firstColumn: number;
  /** The block is already there from an earlier refresh. */
  readonly existing: boolean;
}

const OWNED_KEYS: ReadonlyMap<string, number> = new Map(
  OWNED_COLUMNS.flatMap((column, i) => [
    [normalizeHeader(column.zh), i] as const,
    [normalizeHeader(column.en), i] as const,
  ]),
);

/**
 * Where the score columns go: where an earlier refresh put them (recognised by their headers in
 * either language), else right of the used range. Any owned header outside one complete block
 * means a user column shares our name or the block was edited: stop rather than overwrite.
 */
export function placeBlock(headerCells: readonly RawCell[], usedColumns: number): BlockPlacement {
  const hits: { column: number; position: number }[] = [];
  headerCells.forEach((cell, column) => {
    const position = OWNED_KEYS.get(normalizeHeader(cell));
    if (position !== undefined) hits.push({ column, position });
  });
  if (hits.length === 0) return { firstColumn: usedColumns, existing: false };

  const first = hits[0].column - hits[0].position;
  const complete =
    hits.length === OWNED_COLUMNS.length &&
    hits.every((hit, i) => hit.position === i && hit.column === first + i);
  if (complete) return { firstColumn: first, existing: true };

  const names = hits
    .map((hit) => `${columnLetters(hit.column)}「${String(headerCells[hit.column])}」`)
    .join(", ");
  throw new RefreshError("owned-conflict", {
    zh: `列 ${names} 的标题与销售雷达的输出列同名,但不是一个完整的输出区块。为避免覆盖您的数据,已停止刷新:请重命名这些列,或删除残缺的旧输出列后重试。`,
    en: `Column(s) ${names} carry the name of a Sales Radar output column but are not one complete output block. To avoid overwriting your data the refresh stopped: rename those columns, or delete the incomplete old output columns, then try again.`,
  });
}
