import type { CustomerRecord } from "../schema/records";
import { daysToWin } from "./cycle";
import { dimensionReader } from "./dimensions";
import { increment, rankCounts, type KeyCount } from "./ranking";
import { ratio, winRate } from "./ratio";

export interface CrossCell {
  readonly customers: number;
  /** won ÷ (won + lost); null when neither. */
  readonly winRate: number | null;
  /** Mean days 录入日期 → 成交日期 among the cell's won customers; null when none. */
  readonly averageCycleDays: number | null;
}

/** Customers by two ledger fields (SPEC 8, chosen in 评分规则; default 区域 × 企业规模). */
export interface CrossTable {
  readonly rowField: string;
  readonly columnField: string;
  /** Row values with their customers, most customers first; "" is blank. */
  readonly rows: readonly KeyCount[];
  readonly columns: readonly KeyCount[];
  /** `cells[i][j]` is rows[i] × columns[j]; an empty combination has 0 customers and null rates. */
  readonly cells: readonly (readonly CrossCell[])[];
}

interface Tally {
  customers: number;
  won: number;
  lost: number;
  cycleDays: number;
  cycles: number;
}

const EMPTY_CELL: CrossCell = { customers: 0, winRate: null, averageCycleDays: null };

function tallyFor(tallies: Map<string, Map<string, Tally>>, row: string, column: string): Tally {
  let byColumn = tallies.get(row);
  if (byColumn === undefined) {
    byColumn = new Map();
    tallies.set(row, byColumn);
  }
  let tally = byColumn.get(column);
  if (tally === undefined) {
    tally = { customers: 0, won: 0, lost: 0, cycleDays: 0, cycles: 0 };
    byColumn.set(column, tally);
  }
  return tally;
}

function toCell(tally: Tally | undefined): CrossCell {
  if (tally === undefined) return EMPTY_CELL;
  return {
    customers: tally.customers,
    winRate: winRate(tally.won, tally.lost),
    averageCycleDays: ratio(tally.cycleDays, tally.cycles),
  };
}

/** Field keys as in `dimensionReader`: a ledger field, or a key of the record's other text fields. */
export function crossTable(
  records: readonly CustomerRecord[],
  rowField: string,
  columnField: string,
): CrossTable {
  const rowTotals = new Map<string, number>();
  const columnTotals = new Map<string, number>();
  const tallies = new Map<string, Map<string, Tally>>();
  const rowOf = dimensionReader(rowField);
  const columnOf = dimensionReader(columnField);
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    const row = rowOf(record);
    const column = columnOf(record);
    increment(rowTotals, row);
    increment(columnTotals, column);
    const tally = tallyFor(tallies, row, column);
    tally.customers += 1;
    if (record.stage === "won") tally.won += 1;
    if (record.stage === "lost") tally.lost += 1;
    const days = daysToWin(record);
    if (days !== null) {
      tally.cycleDays += days;
      tally.cycles += 1;
    }
  }

  const rows = rankCounts(rowTotals);
  const columns = rankCounts(columnTotals);
  const cells = rows.map(({ key: row }) =>
    columns.map(({ key: column }) => toCell(tallies.get(row)?.get(column))),
  );
  return { rowField, columnField, rows, columns, cells };
}
