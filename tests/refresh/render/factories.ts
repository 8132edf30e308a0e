import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
/** Small builders of the renderers' plain inputs; every field has a neutral default. */
import { dayFromYmd } from "../../../src/engine/cells/calendar";
import { FUNNEL_STAGES } from "../../../src/engine/config/stages";
import type { FunnelRow, Summaries } from "../../../src/engine/funnel";
import type { CustomerRecord } from "../../../src/engine/schema/records";
import type { PriorityScore, ScoredCustomer, SegmentCutPoints } from "../../../src/engine/scoring/types";
import type { Finding } from "../../../src/engine/validation/finding";
import type { FunnelSheetInput } from "../../../src/refresh/render/funnelSheet";
import type { OutCell, RichCell } from "../../../src/workbook/port";
import { blankCustomer } from "../../support/records";

export const AS_OF = dayFromYmd(2026, 5, 31);
/** Data rows start under a header in Excel row 1. */
export const FIRST_DATA_ROW = 2;

export function makeRecord(overrides: Partial<CustomerRecord> = {}): CustomerRecord {
  const index = overrides.index ?? 0;
  return blankCustomer({
    index,
    sheetRow: index + FIRST_DATA_ROW,
    valid: true,
    incomplete: false,
    id: `YL-ZY-YX-${String(index + 1).padStart(3, "0")}`,
    name: `客户${index + 1}`,
    industry: "医疗-器械",
    region: "上海",
    size: "中型",
    stage: "prospect",
    owner: "张三",
    createdOn: dayFromYmd(2026, 1, 5),
    ...overrides,
  });
}

export function makePriority(overrides: Partial<PriorityScore> = {}): PriorityScore {
  return {
    r: 30,
    f: 20,
    m: 30,
    v: 10,
    score: 90,
    tier: "high",
    lastContact: dayFromYmd(2026, 5, 20),
    contactsPerMonth: 4 / 3,
    parts: [
      { factor: "R", points: 30, reason: { zh: "近3月有跟进", en: "contact within 3 months" } },
      { factor: "F", points: 20, reason: { zh: "月均1.3次", en: "1.3 a month" } },
      { factor: "M", points: 30, reason: { zh: "≥50万", en: "≥ 500k" } },
      { factor: "V", points: 10, reason: { zh: "行业标杆", en: "industry benchmark" } },
    ],
    ...overrides,
  };
}

export function makeScored(record: CustomerRecord, overrides: Partial<ScoredCustomer> = {}): ScoredCustomer {
  return {
    record,
    priority: makePriority(),
    icp: { status: "unset", unmet: [] },
    cadence: { cadenceDays: 7, nextDue: dayFromYmd(2026, 5, 27), status: "overdue", daysOverdue: 4 },
    profile: { stale: false, ageDays: 10, limitDays: 30, incomplete: false },
    overdueActions: 0,
    opportunity: null,
    segment: null,
    churn: { level: null, signals: [] },
    recommendation: "资深客户经理主导,每周跟进,提供定制化方案",
    ...overrides,
  };
}

export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    sheet: "客户台账",
    row: FIRST_DATA_ROW,
    columnIndex: 0,
    column: "客户编号",
    field: "id",
    value: "",
    rule: "required.missing",
    severity: "error",
    message: { zh: "客户编号不能为空", en: "Customer ID is required" },
    ...overrides,
  };
}

/** Funnel rows from the reached counts of the five stages, as the engine computes them. */
export function makeFunnel(reached: readonly number[]): FunnelRow[] {
  return FUNNEL_STAGES.map((stage, k) => ({
    stage,
    reached: reached[k],
    current: reached[k] - (reached[k + 1] ?? 0),
    dropped: 0,
    conversionToNext: k + 1 < reached.length && reached[k] > 0 ? reached[k + 1] / reached[k] : null,
    cumulative: reached[0] > 0 ? reached[k] / reached[0] : null,
    lossReasons: [],
  }));
}

export function makeSummaries(overrides: Partial<Summaries> = {}): Summaries {
  return {
    counts: {
      priority: { high: 1, medium: 2, low: 3, lost: 1 },
      opportunity: { high: 1, medium: 1, low: 0 },
      segments: {
        champions: 1,
        loyal: 0,
        potential: 0,
        new: 0,
        promising: 0,
        need_attention: 0,
        about_to_sleep: 0,
        at_risk: 0,
        cant_lose: 0,
        lost: 0,
        others: 0,
      },
      churn: { high: 0, medium: 1 },
      overdueFollowUps: 2,
      dueSoonFollowUps: 1,
      staleProfiles: 0,
      overdueActions: 3,
    },
    owners: [
      {
        owner: "张三",
        customers: 4,
        won: 1,
        lost: 1,
        winRate: 0.5,
        revenue: 120,
        averageOrderValue: 40,
        repurchaseRate: 0.5,
        followUpsPerCustomer: 2.5,
        overdueActions: 3,
      },
      {
        owner: "",
        customers: 2,
        won: 0,
        lost: 0,
        winRate: null,
        revenue: 0,
        averageOrderValue: null,
        repurchaseRate: null,
        followUpsPerCustomer: 0,
        overdueActions: 0,
      },
    ],
    distributions: {
      industry: [{ key: "医疗", customers: 6, won: 1, revenue: 120 }],
      region: [
        { key: "上海", customers: 4, won: 1, revenue: 120 },
        { key: "", customers: 2, won: 0, revenue: 0 },
      ],
      size: [{ key: "中型", customers: 6, won: 1, revenue: 120 }],
    },
    winCycle: { averageDaysToWin: 45, wonWithBothDates: 1, averageFollowUpsBeforeWon: 6, wonWithWonOn: 1 },
    cross: {
      rowField: "region",
      columnField: "size",
      rows: [{ key: "上海", count: 4 }],
      columns: [{ key: "中型", count: 4 }],
      cells: [[{ customers: 4, winRate: 0.5, averageCycleDays: 45 }]],
    },
    trend: [
      { month: "2026-04", newCustomers: 2, won: 0, contacts: 5 },
      { month: "2026-05", newCustomers: 1, won: 1, contacts: 7 },
    ],
    ...overrides,
  };
}

export const QUINTILE_CUTS: SegmentCutPoints = {
  method: "quintile",
  r: [30, 60, 120, 240],
  f: [2, 3, 5, 8],
  m: [10, 50, 100, 300],
  population: 12,
};

export function makeFunnelInput(overrides: Partial<FunnelSheetInput> = {}): FunnelSheetInput {
  return {
    asOf: AS_OF,
    config: {
      funnel: {
        period: "all",
        crossRows: "region",
        crossColumns: "size",
        trendMonths: 12,
        topLossReasons: 3,
      },
      segments: DEFAULT_CONFIG.segments,
    },
    funnel: makeFunnel([100, 60, 30, 15, 5]),
    summaries: makeSummaries(),
    cutPoints: QUINTILE_CUTS,
    ...overrides,
  };
}

export function isRich(cell: OutCell | undefined): cell is RichCell {
  return typeof cell === "object" && cell !== null;
}

/** The value a cell shows, whether plain or rich. */
export function valueOf(cell: OutCell | undefined): string | number | boolean | null {
  if (cell === undefined) return null;
  return isRich(cell) ? cell.value : cell;
}

/** How Excel displays a cell under the few formats the renderers use. */
export function displayed(cell: OutCell | undefined): string {
  const value = valueOf(cell);
  if (value === null) return "";
  if (isRich(cell) && cell.format === "0.0%" && typeof value === "number")
    return `${(value * 100).toFixed(1)}%`;
  if (isRich(cell) && cell.format === "0.0" && typeof value === "number") return value.toFixed(1);
  return String(value);
}
