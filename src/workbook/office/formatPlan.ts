/**
 * Number formats without a format per cell. Every cell of a block starts out General (the block
 * was cleared, or the owned sheet emptied), and a column mostly holds one kind of cell: text
 * ("@"), dates, or numbers of one format, with blanks in between. So each column gets its usual
 * format in one command over the whole block, the blanks and General numbers in it are reset by
 * one `clear("Formats")` over their areas, and the few cells of yet another format get one
 * command per run. The result is the same format in every cell as a full 2-D array would give.
 */
import { AREA_BYTES, columnRuns, mergeAcross, queueOnAreas, type Area } from "./areas";
import { GENERAL_FORMAT } from "./cells";
import { rangeAddress } from "./reader";

/** A command that sets one format on one range: its path, the property, the value, the reply. */
export const FORMAT_COMMAND_BYTES = 160;

type Formats = readonly (readonly string[])[];

/**
 * Per column, the format to set on the whole column of each block first, or null: the one that
 * leaves the least to fix, counting a run of General cells as one area and a run of any other
 * format as one command of its own.
 */
export function chooseBases(formats: Formats, width: number): (string | null)[] {
  const bases: (string | null)[] = [];
  for (let c = 0; c < width; c++) {
    const runs = new Map<string, number>();
    let previous: string | null = null;
    for (const row of formats) {
      const format = row[c];
      if (format !== previous) runs.set(format, (runs.get(format) ?? 0) + 1);
      previous = format;
    }
    const generalRuns = runs.get(GENERAL_FORMAT) ?? 0;
    let otherRuns = 0;
    for (const [format, count] of runs) if (format !== GENERAL_FORMAT) otherRuns += count;
    let best: string | null = null;
    let bestCost = otherRuns * FORMAT_COMMAND_BYTES;
    for (const [format, count] of runs) {
      if (format === GENERAL_FORMAT) continue;
      const cost =
        FORMAT_COMMAND_BYTES + generalRuns * AREA_BYTES + (otherRuns - count) * FORMAT_COMMAND_BYTES;
      if (cost < bestCost) [best, bestCost] = [format, cost];
    }
    bases.push(best);
  }
  return bases;
}

/** Request bytes the formats of row `r` add, where a run starts in it (for sizing blocks). */
export function formatRowCost(formats: Formats, bases: readonly (string | null)[], r: number): number {
  let bytes = 0;
  const row = formats[r];
  for (let c = 0; c < row.length; c++) {
    const format = row[c];
    if (r > 0 && formats[r - 1][c] === format) continue;
    if (format === GENERAL_FORMAT) bytes += bases[c] === null ? 0 : AREA_BYTES;
    else if (format !== bases[c]) bytes += FORMAT_COMMAND_BYTES;
  }
  return bytes;
}

/** `range.numberFormat = "@"`: Excel applies one value to every cell of the range. */
function setFormat(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
}

export interface FormatPlace {
  readonly worksheet: Excel.Worksheet;
  /** 1-based row and 0-based column of the grid's top-left cell. */
  readonly top: number;
  readonly left: number;
}

/**
 * Queues the formats of rows [start, end) (grid rows): the bases, then the General cells under
 * them cleared through `getRanges`, then every other run. Needs ExcelApi 1.9. Returns the objects
 * made, to release after the sync.
 */
export function queueFormats(
  place: FormatPlace,
  formats: Formats,
  bases: readonly (string | null)[],
  start: number,
  end: number,
): (Excel.Range | Excel.RangeAreas)[] {
  const { worksheet, top, left } = place;
  const made: (Excel.Range | Excel.RangeAreas)[] = [];
  // Adjacent columns with the same base share one command.
  for (let c = 0; c < bases.length;) {
    const base = bases[c];
    let next = c + 1;
    while (next < bases.length && bases[next] === base) next += 1;
    if (base !== null) {
      const range = worksheet.getRange(rangeAddress(top + start, left + c, end - start, next - c));
      setFormat(range, base);
      made.push(range);
    }
    c = next;
  }
  const general: Area[] = [];
  const others = new Map<string, Area[]>();
  for (let c = 0; c < bases.length; c++) {
    const base = bases[c];
    for (const { key, area } of columnRuns(c, start, end, (r) => formats[r][c])) {
      if (key === base || (key === GENERAL_FORMAT && base === null)) continue;
      if (key === GENERAL_FORMAT) general.push(area);
      else {
        const list = others.get(key) ?? [];
        list.push(area);
        others.set(key, list);
      }
    }
  }
  const cleared = queueOnAreas(worksheet, mergeAcross(general), { top, left, rangeAreas: true }, (target) =>
    target.clear("Formats"),
  );
  cleared.forEach((object) => made.push(object));
  for (const [format, areas] of others) {
    for (const area of mergeAcross(areas)) {
      const range = worksheet.getRange(
        rangeAddress(top + area.row, left + area.column, area.rows, area.columns),
      );
      setFormat(range, format);
      made.push(range);
    }
  }
  return made;
}
