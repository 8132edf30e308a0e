import type { DayNumber } from "../../src/engine/cells/calendar";
import type { RawCell } from "../../src/engine/cells/types";
import { DEFAULT_CONFIG } from "../../src/engine/config/defaults";
import { LEDGER_FIELDS } from "../../src/engine/schema/fields";
import { CellForms, toFullWidth } from "./forms";
import * as pools from "./pools";
import { ColumnBuilder, type GeneratedSheet } from "./sheet";

/** A user column the template does not know: kept, never read, never written. */
export const NOTES_HEADER = "备注";

const STAGES = ["潜在客户", "意向客户", "商机客户", "谈判阶段", "成交客户", "流失客户"] as const;
/** Share of each stage, in the order above: a funnel that narrows, with a tenth lost. */
const STAGE_WEIGHTS = [30, 20, 15, 8, 17, 10];
/** What people type for a stage besides its label: the short form and the English name. */
const STAGE_SHORT = ["潜在", "意向", "商机", "谈判", "成交", "流失"];
const STAGE_EN = ["Lead", "Prospect", "Opportunity", "Negotiation", "Won", "Lost"];
const OPEN = new Set([1, 2, 3]);
const WON = 4;
const LOST = 5;
const SIZES = ["大型", "中型", "小型", "个体"];
const STRATEGIC = ["行业标杆", "区域龙头", "潜力行业", "普通"];
const HIGH_MID_LOW = ["高", "中", "低"];
const LOW_MID_HIGH = ["低", "中", "高"];
const LIFECYCLE = ["成长期", "稳定期", "衰退期"];
const MAJORS = Object.keys(pools.INDUSTRIES);
const CODES = DEFAULT_CONFIG.codes;
/** Rare rows that break a rule across cells (duplicate ID, ID pattern, purchase order, …). */
const CROSS_ROW_ERROR_RATE = 0.0005;

export interface GeneratedLedger {
  readonly sheet: GeneratedSheet;
  /** The ID each row was generated with (what a follow-up quotes), whatever the cell shows. */
  readonly ids: readonly string[];
  readonly createdOn: Int32Array;
}

/** Cumulative weights → an index, so a stage pick is one random number. */
function weightedIndex(forms: CellForms, weights: readonly number[], total: number): number {
  let roll = forms.int(0, total - 1);
  for (let i = 0; i < weights.length; i++) {
    roll -= weights[i];
    if (roll < 0) return i;
  }
  return weights.length - 1;
}

/**
 * `rows` customers as of `asOf`: IDs that follow the code tables, dates over the last three years,
 * amounts and probabilities in every accepted shape, and a few percent of unreadable cells.
 */
export function generateLedger(forms: CellForms, rows: number, asOf: DayNumber): GeneratedLedger {
  const keys = [...LEDGER_FIELDS.map((field) => field.key), "notes"];
  const builder = new ColumnBuilder(keys, rows);
  const col = (key: string): RawCell[] => builder.column(key);
  const [id, name, industry, region, size, employees, revenue, stage, before, lossReason] = [
    "id",
    "name",
    "industry",
    "region",
    "size",
    "employees",
    "revenue",
    "stage",
    "stageBeforeLoss",
    "lossReason",
  ].map(col);
  const ids: string[] = new Array<string>(rows);
  const createdDays = new Int32Array(rows);
  const stageTotal = STAGE_WEIGHTS.reduce((a, b) => a + b, 0);

  for (let r = 0; r < rows; r++) {
    // About one row in a thousand is left entirely blank, as ledgers edited by hand are.
    if (forms.chance(0.001)) {
      ids[r] = "";
      continue;
    }
    const s = weightedIndex(forms, STAGE_WEIGHTS, stageTotal);
    const major = forms.pick(MAJORS);
    const sub = forms.pick(pools.INDUSTRIES[major]);
    const sizeLabel = forms.pick(SIZES);
    const city = forms.pick(pools.CITIES);
    const code = `${CODES.industry[major]}-${CODES.size[sizeLabel]}-${CODES.stage[STAGES[s]]}-${String(r + 1).padStart(7, "0")}`;
    ids[r] = code;
    id[r] = idCell(forms, code, r, id);
    const brand =
      forms.pick(pools.BRAND_CHARS) + forms.pick(pools.BRAND_CHARS) + forms.pick(pools.BRAND_CHARS);
    name[r] = forms.chance(0.0002) ? null : `${city}${brand}${sub}${forms.pick(pools.COMPANY_SUFFIXES)}`;
    industry[r] = forms.chance(0.0002) ? forms.blankOrPlaceholder() : `${major}-${sub}`;
    region[r] = forms.chance(0.01) ? forms.blankOrPlaceholder() : city;
    size[r] = forms.chance(0.01) ? null : forms.option(sizeLabel, "特大型");
    employees[r] = forms.chance(0.2) ? null : forms.integer(forms.int(1, 20_000), "人");
    revenue[r] = forms.chance(0.2) ? null : forms.amount(forms.int(10, 2_000_000));
    stage[r] = stageCell(forms, s);
    if (s === LOST) {
      before[r] = forms.chance(0.1)
        ? null
        : forms.chance(CROSS_ROW_ERROR_RATE * 40)
          ? "流失客户"
          : STAGES[forms.int(0, 3)];
      lossReason[r] = forms.chance(0.05) ? null : forms.pick(pools.LOSS_REASONS);
    }
    createdDays[r] = fillDetails(forms, builder, r, s, asOf);
  }
  const layout = LEDGER_FIELDS.map((field) => ({ key: field.key, header: field.zh }));
  return {
    sheet: builder.build("客户台账", [...layout, { key: "notes", header: NOTES_HEADER }]),
    ids,
    createdOn: createdDays,
  };
}

/** Mostly the code as generated; rarely a broken pattern or a copy of an earlier row's ID. */
function idCell(forms: CellForms, code: string, row: number, column: readonly RawCell[]): RawCell {
  const roll = forms.chance(CROSS_ROW_ERROR_RATE * 3) ? forms.int(0, 2) : -1;
  if (roll === 0) return code.toLowerCase();
  if (roll === 1 && row > 0 && typeof column[row - 1] === "string") return column[row - 1];
  if (roll === 2) return toFullWidth(code);
  return code;
}

function stageCell(forms: CellForms, s: number): RawCell {
  if (forms.chance(0.0002)) return forms.blankOrPlaceholder();
  const roll = forms.int(0, 99);
  if (roll < 5) return STAGE_SHORT[s];
  if (roll < 7) return STAGE_EN[s];
  return forms.option(STAGES[s], "跟进中");
}

/** Everything after the stage; returns the 录入日期 day (follow-ups start after it). */
function fillDetails(forms: CellForms, b: ColumnBuilder, r: number, s: number, asOf: DayNumber): number {
  const created = asOf - forms.int(1, 1095);
  b.column("priorityClass")[r] = forms.chance(0.3) ? null : forms.option(forms.pick(["A", "B", "C"]), "D");
  b.column("strategicValue")[r] = forms.chance(0.3) ? null : forms.option(forms.pick(STRATEGIC), "重要");
  b.column("estimatedAmount")[r] = forms.chance(0.05)
    ? forms.blankOrPlaceholder()
    : forms.amount(forms.int(5, 5000));
  if (OPEN.has(s))
    b.column("winProbability")[r] = forms.chance(0.05) ? null : forms.percent(forms.int(1, 19) * 5);
  b.column("followUpCost")[r] = forms.chance(0.2) ? null : forms.option(forms.pick(LOW_MID_HIGH), "较高");
  b.column("paymentDays")[r] = forms.chance(0.2) ? null : forms.integer(forms.int(7, 120), "天");
  b.column("owner")[r] = forms.chance(0.0002) ? forms.blankOrPlaceholder() : forms.pick(pools.OWNERS);
  b.column("source")[r] = forms.chance(0.3) ? null : forms.pick(pools.SOURCES);
  b.column("decisionMaker")[r] = forms.chance(0.03) ? forms.blankOrPlaceholder() : forms.pick(pools.CONTACTS);
  b.column("title")[r] = forms.chance(0.03) ? forms.blankOrPlaceholder() : forms.pick(pools.TITLES);
  b.column("phone")[r] = phoneCell(forms);
  b.column("coreNeed")[r] = forms.chance(0.05) ? forms.blankOrPlaceholder() : forms.pick(pools.NEEDS);
  b.column("urgency")[r] = forms.chance(0.05) ? null : forms.option(forms.pick(HIGH_MID_LOW), "紧急");
  b.column("budget")[r] = forms.chance(0.05) ? forms.blankOrPlaceholder() : forms.pick(pools.BUDGETS);
  b.column("currentSupplier")[r] = forms.chance(0.5) ? null : forms.pick(pools.SUPPLIERS);
  b.column("decisionCycle")[r] = forms.chance(0.5) ? null : forms.pick(pools.DECISION_CYCLES);
  b.column("createdOn")[r] = forms.chance(0.0002) ? null : forms.date(created);
  b.column("profileUpdatedOn")[r] = forms.chance(0.2)
    ? null
    : forms.date(created + forms.int(0, asOf - created));
  if (s === WON || (s === LOST && forms.chance(0.5))) fillPurchases(forms, b, r, s, created, asOf);
  b.column("satisfaction")[r] = forms.chance(0.4) ? null : satisfactionCell(forms);
  b.column("complaints")[r] = forms.chance(0.4) ? null : forms.integer(forms.int(0, 4), "次");
  b.column("lifecycle")[r] = forms.chance(0.4) ? null : forms.option(forms.pick(LIFECYCLE), "成熟期");
  b.column("notes")[r] = forms.chance(0.9) ? null : "老客户介绍";
  return created;
}

function fillPurchases(
  forms: CellForms,
  b: ColumnBuilder,
  r: number,
  s: number,
  created: number,
  asOf: number,
): void {
  const first = created + forms.int(0, Math.max(0, asOf - created - 1));
  const last = first + forms.int(0, asOf - first);
  const count = forms.int(1, 20);
  b.column("firstPurchase")[r] = forms.date(first);
  // Rarely the two dates are swapped: 最近购买日期 before 首次购买日期 is an error.
  b.column("lastPurchase")[r] = forms.date(
    forms.chance(CROSS_ROW_ERROR_RATE) && last > first ? first - 1 : last,
  );
  b.column("purchaseCount")[r] = forms.integer(count, "次");
  b.column("totalRevenue")[r] = forms.amount(forms.int(10, 500_000));
  if (s === WON) b.column("wonOn")[r] = forms.chance(0.03) ? null : forms.date(last);
}

function phoneCell(forms: CellForms): RawCell {
  const roll = forms.int(0, 99);
  const mobile = `1${forms.int(3, 9)}${String(forms.int(0, 999_999_999)).padStart(9, "0")}`;
  if (roll < 3) return forms.blankOrPlaceholder();
  if (roll < 50) return mobile;
  if (roll < 65) return Number(mobile);
  if (roll < 75) return `${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`;
  if (roll < 85) return `+86 ${mobile}`;
  if (roll < 99) return `0${forms.int(10, 999)}-${forms.int(2_000_000, 8_999_999)}`;
  return "12345";
}

function satisfactionCell(forms: CellForms): RawCell {
  if (forms.chance(forms.badRate)) return "很满意";
  const score = forms.int(1, 5);
  const roll = forms.int(0, 99);
  if (roll < 80) return score;
  if (roll < 90) return `${score}分`;
  return score - 0.5 >= 1 ? score - 0.5 : score;
}
