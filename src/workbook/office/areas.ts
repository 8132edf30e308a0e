/**
 * Scattered cells as few commands. A style or a number format that only some cells of a block
 * carry is applied through `Worksheet.getRanges` (ExcelApi 1.9): one command for up to a couple
 * of hundred rectangles, instead of one command — path, property and all — per rectangle.
 */
import { a1 } from "../cellRef";
import { rangeAddress } from "./reader";

/** A rectangle of a grid: 0-based row and column inside the grid, sizes ≥ 1. */
export interface Area {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * Longest `getRanges` address sent at once. Excel documents no limit, but long lists fail with
 * InvalidArgument in the wild (reports start near 8,000 characters), so stay well below.
 */
export const MAX_AREAS_ADDRESS = 2000;

/** Request bytes an area adds per property set on it: its address plus its share of the command. */
export const AREA_BYTES = 24;

/**
 * Runs down one column of rows [start, end): each maximal run of rows whose key is the same and
 * not null, as 1-column areas. `keyAt` returns null for a cell that needs nothing.
 */
export function columnRuns<K>(
  column: number,
  start: number,
  end: number,
  keyAt: (row: number) => K | null,
): { key: K; area: Area }[] {
  const runs: { key: K; area: Area }[] = [];
  for (let r = start; r < end;) {
    const key = keyAt(r);
    let next = r + 1;
    while (next < end && keyAt(next) === key) next += 1;
    if (key !== null) runs.push({ key, area: { row: r, column, rows: next - r, columns: 1 } });
    r = next;
  }
  return runs;
}

/**
 * Joins areas that cover the same rows in adjacent columns into one wider area. `areas` must come
 * column by column, left to right (as `columnRuns` over successive columns gives them).
 */
export function mergeAcross(areas: readonly Area[]): Area[] {
  const open = new Map<string, Area>();
  const done: Area[] = [];
  for (const area of areas) {
    const key = `${area.row}:${area.rows}`;
    const previous = open.get(key);
    if (previous && previous.column + previous.columns === area.column) {
      open.set(key, { ...previous, columns: previous.columns + area.columns });
      continue;
    }
    if (previous) done.push(previous);
    open.set(key, area);
  }
  return [...done, ...open.values()];
}

/** `B5` for one cell, `B5:C9` for more: every character is sent once per property set. */
export function areaAddress(area: Area, top: number, left: number): string {
  return area.rows === 1 && area.columns === 1
    ? a1(top + area.row, left + area.column)
    : rangeAddress(top + area.row, left + area.column, area.rows, area.columns);
}

/** A1 addresses of `areas` placed at the grid's top-left cell, joined into lists Excel accepts. */
export function areaAddresses(areas: readonly Area[], top: number, left: number): string[] {
  const lists: string[] = [];
  let current = "";
  for (const area of areas) {
    const address = areaAddress(area, top, left);
    if (current !== "" && current.length + 1 + address.length > MAX_AREAS_ADDRESS) {
      lists.push(current);
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") lists.push(current);
  return lists;
}

/**
 * Queues `apply` on the areas: through `getRanges` where the host has it, else on each area's
 * own range. Returns the objects made, for the caller to release after the sync.
 */
export function queueOnAreas(
  worksheet: Excel.Worksheet,
  areas: readonly Area[],
  place: { readonly top: number; readonly left: number; readonly rangeAreas: boolean },
  apply: (target: Excel.Range | Excel.RangeAreas) => void,
): (Excel.Range | Excel.RangeAreas)[] {
  const made: (Excel.Range | Excel.RangeAreas)[] = [];
  if (areas.length === 0) return made;
  if (place.rangeAreas) {
    for (const list of areaAddresses(areas, place.top, place.left)) {
      const target = worksheet.getRanges(list);
      apply(target);
      made.push(target);
    }
    return made;
  }
  for (const area of areas) {
    const target = worksheet.getRange(areaAddress(area, place.top, place.left));
    apply(target);
    made.push(target);
  }
  return made;
}
