/**
 * The Funnel sheet's team sections: per-owner table, distributions, the cross table and the
 * monthly trend. Blank keys are labelled "(未填写)", stage keys by their stage name.
 */
import type { CrossCell, CrossTable, DistributionRow, OwnerRow, TrendMonth } from "../../engine/funnel";
import { STAGE_LABELS, type Stage } from "../../engine/config/stages";
import { groupKeyLabel, type Lang } from "../../engine/labels";
import { LEDGER_FIELDS } from "../../engine/schema/fields";
import type { OutCell } from "../../workbook/port";
import { decimalCell, percentCell } from "./cells";
import { DATA_OFFSET } from "./funnelSections";
import { distributionTitle, heading, headerRow, noDataRow, text } from "./funnelText";
import type { Section } from "./sheetLayout";

/** Amounts in 万元 with a thousands separator and one decimal. */
const AMOUNT_FORMAT = "#,##0.0";

const STAGE_FIELDS: ReadonlySet<string> = new Set(["stage", "stageBeforeLoss"]);

function isStage(key: string): key is Stage {
  return Object.prototype.hasOwnProperty.call(STAGE_LABELS, key);
}

/** A grouping value as shown: "(未填写)" when blank, a stage's name for stage fields. */
export function dimensionLabel(field: string, key: string, lang: Lang): string {
  if (STAGE_FIELDS.has(field) && isStage(key)) return STAGE_LABELS[key][lang];
  return groupKeyLabel(key, lang);
}

/** A ledger field's header in the sheet's language; industry is grouped by its 大类. */
export function fieldLabel(field: string, lang: Lang): string {
  if (field === "industry") return text("industryCategory", lang);
  return LEDGER_FIELDS.find((def) => def.key === field)?.[lang] ?? field;
}

/** Data rows, or one "no data" line so an empty table still reads as empty. */
function body(rows: OutCell[][], lang: Lang): OutCell[][] {
  return rows.length === 0 ? [noDataRow(lang)] : rows;
}

export function ownerSection(owners: readonly OwnerRow[], lang: Lang): Section {
  const rows = owners.map((row): OutCell[] => [
    groupKeyLabel(row.owner, lang),
    row.customers,
    row.won,
    row.lost,
    percentCell(row.winRate),
    decimalCell(row.revenue, AMOUNT_FORMAT),
    decimalCell(row.averageOrderValue, AMOUNT_FORMAT),
    percentCell(row.repurchaseRate),
    decimalCell(row.followUpsPerCustomer),
    row.overdueActions,
  ]);
  return {
    rows: [
      heading(text("owners", lang)),
      headerRow(
        (
          [
            "owner",
            "customers",
            "won",
            "lost",
            "winRate",
            "revenueTotal",
            "averageOrder",
            "repurchaseRate",
            "followUpsPerCustomer",
            "overdueActions",
          ] as const
        ).map((key) => text(key, lang)),
      ),
      ...body(rows, lang),
    ],
    chart: {
      kind: "column",
      title: text("ownerChart", lang),
      firstRow: DATA_OFFSET,
      lastRow: DATA_OFFSET + owners.length - 1,
      categoryColumn: 0,
      series: [
        { name: text("customers", lang), column: 1 },
        { name: text("won", lang), column: 2 },
      ],
    },
  };
}

/** Customers, share of all customers, won and revenue by one field's values. */
export function distributionSection(field: string, rows: readonly DistributionRow[], lang: Lang): Section {
  const total = rows.reduce((sum, row) => sum + row.customers, 0);
  const label = fieldLabel(field, lang);
  return {
    rows: [
      heading(distributionTitle(label, lang)),
      headerRow([
        label,
        text("customers", lang),
        text("share", lang),
        text("won", lang),
        text("revenueTotal", lang),
      ]),
      ...body(
        rows.map((row) => [
          dimensionLabel(field, row.key, lang),
          row.customers,
          percentCell(total === 0 ? null : row.customers / total),
          row.won,
          decimalCell(row.revenue, AMOUNT_FORMAT),
        ]),
        lang,
      ),
    ],
  };
}

const CROSS_MEASURES: readonly {
  key: "customers" | "winRate" | "averageCycleDays";
  cell: (c: CrossCell) => OutCell;
}[] = [
  { key: "customers", cell: (c) => c.customers },
  { key: "winRate", cell: (c) => percentCell(c.winRate) },
  { key: "averageCycleDays", cell: (c) => decimalCell(c.averageCycleDays) },
];

/** One matrix per measure (customers, win rate, average cycle days): rows × columns of the two fields. */
export function crossSection(cross: CrossTable, lang: Lang): Section {
  const rowLabel = fieldLabel(cross.rowField, lang);
  const columnLabel = fieldLabel(cross.columnField, lang);
  const title = heading(`${text("cross", lang)}: ${rowLabel} × ${columnLabel}`);
  if (cross.rows.length === 0) return { rows: [title, noDataRow(lang)] };
  const columnHeaders = cross.columns.map((column) => dimensionLabel(cross.columnField, column.key, lang));
  const matrices = CROSS_MEASURES.flatMap(({ key, cell }, index): OutCell[][] => [
    ...(index === 0 ? [] : [[]]),
    headerRow([`${text(key, lang)}: ${rowLabel} \\ ${columnLabel}`, ...columnHeaders]),
    ...cross.rows.map((row, i) => [
      dimensionLabel(cross.rowField, row.key, lang),
      ...cross.cells[i].map((crossCell) => cell(crossCell)),
    ]),
  ]);
  return { rows: [title, ...matrices] };
}

export function trendSection(trend: readonly TrendMonth[], lang: Lang): Section {
  return {
    rows: [
      heading(text("trend", lang)),
      headerRow([
        text("month", lang),
        text("newCustomers", lang),
        text("wonCustomers", lang),
        text("contacts", lang),
      ]),
      ...body(
        trend.map((month) => [month.month, month.newCustomers, month.won, month.contacts]),
        lang,
      ),
    ],
    chart: {
      kind: "line",
      title: text("trend", lang),
      firstRow: DATA_OFFSET,
      lastRow: DATA_OFFSET + trend.length - 1,
      categoryColumn: 0,
      series: [
        { name: text("newCustomers", lang), column: 1 },
        { name: text("wonCustomers", lang), column: 2 },
        { name: text("contacts", lang), column: 3 },
      ],
    },
  };
}
