import { dayFromYmd } from "../../../src/engine/cells/calendar";
import { makeParseContext } from "../../../src/engine/cells";
import type { RawCell } from "../../../src/engine/cells/types";
import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import type { EngineConfig } from "../../../src/engine/config/types";
import { FOLLOWUP_FIELDS, LEDGER_FIELDS } from "../../../src/engine/schema/fields";
import type { FieldDef } from "../../../src/engine/schema/fields";
import { tableFromGrid } from "../../../src/engine/schema/table";
import type { SheetTable } from "../../../src/engine/schema/table";
import type { ValidationContext } from "../../../src/engine/validation/context";
import type { Finding } from "../../../src/engine/validation/finding";

export const TODAY = dayFromYmd(2026, 5, 31);
export const AS_OF = dayFromYmd(2026, 5, 15);

export function context(config: EngineConfig = DEFAULT_CONFIG): ValidationContext {
  return { config, parse: makeParseContext(config.placeholders, false), asOf: AS_OF, today: TODAY };
}

export type Row = Readonly<Record<string, RawCell>>;

/** A complete, valid lead: no conditional rule applies to it. */
export function goodCustomer(n: number): Row {
  return {
    id: `YL-ZY-QZ-${String(n).padStart(3, "0")}`,
    name: `华康医疗${n}号`,
    industry: "医疗-器械",
    region: "上海",
    size: "中型",
    employees: 120,
    revenue: "5000万",
    stage: "潜在客户",
    priorityClass: "A",
    strategicValue: "普通",
    estimatedAmount: 30,
    followUpCost: "中",
    paymentDays: 30,
    owner: "张三",
    source: "展会",
    decisionMaker: "李四",
    title: "采购总监",
    phone: "13812345678",
    coreNeed: "降低采购成本",
    urgency: "高",
    budget: "10万-20万",
    createdOn: "2024-03-15",
  };
}

export function goodFollowUp(customer: number): Row {
  return {
    customerId: `YL-ZY-QZ-${String(customer).padStart(3, "0")}`,
    contactedAt: "2026-05-10 14:30",
    method: "电话",
    by: "张三",
    summary: "介绍方案",
    status: "进行中",
  };
}

/** A sheet with the given fields' Chinese headers on row 1 and one row per entry below. */
export function grid(fields: readonly FieldDef[], rows: readonly Row[]): RawCell[][] {
  return [
    fields.map((field) => field.zh),
    ...rows.map((row) => fields.map((field) => row[field.key] ?? null)),
  ];
}

/** `shown`: the columns the sheet has; `known`: every field of the sheet kind. */
function table(
  sheet: string,
  shown: readonly FieldDef[],
  known: readonly FieldDef[],
  rows: readonly Row[],
): SheetTable {
  const result = tableFromGrid(sheet, grid(shown, rows), known);
  if (result === null) throw new Error("fixture has no header");
  return result;
}

/** The ledger (with only `fields` as columns), each row a valid customer (numbered from 1) with the given cells replaced. */
export function ledgerTable(rows: readonly Row[], fields: readonly FieldDef[] = LEDGER_FIELDS): SheetTable {
  return table(
    "客户台账",
    fields,
    LEDGER_FIELDS,
    rows.map((row, i) => ({ ...goodCustomer(i + 1), ...row })),
  );
}

export function followUpTable(
  rows: readonly Row[],
  fields: readonly FieldDef[] = FOLLOWUP_FIELDS,
): SheetTable {
  return table(
    "跟进记录",
    fields,
    FOLLOWUP_FIELDS,
    rows.map((row) => ({ ...goodFollowUp(1), ...row })),
  );
}

export function without(fields: readonly FieldDef[], ...keys: string[]): FieldDef[] {
  return fields.filter((field) => !keys.includes(field.key));
}

/** The rule codes found, in order, optionally for one field only. */
export function rules(findings: readonly Finding[], field?: string): string[] {
  return findings
    .filter((finding) => field === undefined || finding.field === field)
    .map((finding) => finding.rule);
}

/** Excel row of data row `i` when the header is on row 1. */
export const excelRow = (i: number): number => i + 2;
