import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ValueType, type CellValue, type Workbook, type Worksheet } from "exceljs";
import { FOLLOWUP_FIELDS, LEDGER_FIELDS, SHEETS } from "../../src/engine/schema/fields";
import { buildTemplate, LEDGER_TABLE, SAMPLE_AS_OF } from "../../src/template";
import { columnValues, loadWorkbook, sheetOf } from "./loadWorkbook";

const SAMPLE_FILE = join(__dirname, "../../samples/sales-radar-sample.xlsx");

let bytes: Uint8Array;
let book: Workbook;
beforeAll(async () => {
  bytes = await buildTemplate({ lang: "zh", sample: true });
  book = await loadWorkbook(bytes);
});

const ledger = (): Worksheet => sheetOf(book, SHEETS.ledger.zh);
const followUps = (): Worksheet => sheetOf(book, SHEETS.followups.zh);
const column = (sheet: Worksheet, fields: typeof LEDGER_FIELDS, key: string): CellValue[] =>
  columnValues(sheet, fields.findIndex((f) => f.key === key) + 1);
const ledgerColumn = (key: string) => column(ledger(), LEDGER_FIELDS, key);
const strings = (values: CellValue[]): string[] => values.filter((v): v is string => typeof v === "string");
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

describe("sample workbook", () => {
  it("holds 300 customers and about 1,500 follow-ups inside the tables", () => {
    expect(ledger().rowCount).toBe(301);
    expect(followUps().rowCount).toBeGreaterThan(1201);
    expect(followUps().rowCount).toBeLessThan(1801);
    const table = ledger().getTable(LEDGER_TABLE) as unknown as { table: { tableRef?: string; ref: string } };
    expect(table.table.tableRef ?? table.table.ref).toMatch(/^A1:[A-Z]+301$/);
  });

  it("stores most dates as real dates and a few as text in the SPEC's forms", () => {
    const created = ledgerColumn("createdOn");
    expect(created.filter((v) => v instanceof Date).length).toBeGreaterThan(270);
    const dateTexts = ["createdOn", "profileUpdatedOn", "firstPurchase", "lastPurchase", "wonOn"].flatMap(
      (key) => strings(ledgerColumn(key)),
    );
    const forms = [
      /^\d{4}-\d{2}-\d{2}$/,
      /^\d{4}\/\d{1,2}\/\d{1,2}$/,
      /^\d{4}\.\d{2}\.\d{2}$/,
      /^\d{4}年\d{1,2}月\d{1,2}日$/,
    ];
    expect(forms.filter((form) => dateTexts.some((t) => form.test(t))).length).toBeGreaterThanOrEqual(3);
    expect(dateTexts.filter((t) => /^\d{2}\/\d{1,2}\/\d{1,2}$/.test(t))).toHaveLength(1); // two-digit year
    expect(dateTexts.filter((t) => /^\d{2}\/\d{2}\/\d{4}$/.test(t))).toHaveLength(1); // day first
  });

  it("has glued date-times in the follow-up log and none dated on or after 2026-11-22", () => {
    const contacted = column(followUps(), FOLLOWUP_FIELDS, "contactedAt");
    expect(
      strings(contacted).filter((t) => /^\d{4}-\d{2}-\d{4}:\d{2}$/.test(t)).length,
    ).toBeGreaterThanOrEqual(5);
    const dates = contacted.filter((v): v is Date => v instanceof Date);
    const cutoff = Date.UTC(2026, 10, 22);
    expect(dates.every((d) => d.getTime() < cutoff)).toBe(true);
    const asOfEnd = Date.parse(`${SAMPLE_AS_OF}T00:00:00Z`) + 86_400_000;
    expect(dates.filter((d) => d.getTime() >= asOfEnd).length).toBeGreaterThanOrEqual(3);
  });

  it("types some amounts and percents the way people do", () => {
    const amounts = ["estimatedAmount", "revenue", "totalRevenue"].flatMap((key) =>
      strings(ledgerColumn(key)),
    );
    expect(amounts.filter((t) => /万|亿|¥|k|千/.test(t)).length).toBeGreaterThanOrEqual(5);
    const percentColumn = LEDGER_FIELDS.findIndex((f) => f.key === "winProbability") + 1;
    const cells = Array.from({ length: 300 }, (_, i) => ledger().getCell(i + 2, percentColumn));
    expect(
      cells.filter((c) => typeof c.value === "string" && c.value.endsWith("%")).length,
    ).toBeGreaterThanOrEqual(2);
    expect(cells.some((c) => c.value === "120%")).toBe(true);
    // No cell format means General: the number shows as typed, not as a percent.
    const plain = cells.filter((c) => typeof c.value === "number" && (c.numFmt ?? "General") === "General");
    expect(plain.some((c) => Number(c.value) > 1)).toBe(true);
    expect(plain.some((c) => Number(c.value) <= 1)).toBe(true);
    const formatted = cells.filter((c) => typeof c.value === "number" && c.numFmt === "0%");
    expect(formatted.length).toBeGreaterThan(200);
  });

  it("has full-width input, placeholders and one #N/A", () => {
    const all = LEDGER_FIELDS.flatMap((f) => strings(ledgerColumn(f.key)));
    expect(all.filter((t) => FULL_WIDTH.test(t) && !/[（）]/.test(t)).length).toBeGreaterThanOrEqual(2);
    expect(
      all.filter((t) => ["待确认", "待定", "未知", "TBD", "N/A", "-"].includes(t)).length,
    ).toBeGreaterThanOrEqual(3);
    const revenueColumn = LEDGER_FIELDS.findIndex((f) => f.key === "revenue") + 1;
    const errors = Array.from({ length: 300 }, (_, i) => ledger().getCell(i + 2, revenueColumn)).filter(
      (c) => c.type === ValueType.Error,
    );
    expect(errors.map((c) => c.value)).toEqual([{ error: "#N/A" }]);
  });

  it("keeps a name starting with = as text", () => {
    const nameColumn = LEDGER_FIELDS.findIndex((f) => f.key === "name") + 1;
    const cells = Array.from({ length: 300 }, (_, i) => ledger().getCell(i + 2, nameColumn));
    const formulaLike = cells.filter((c) => typeof c.value === "string" && c.value.startsWith("="));
    expect(formulaLike).toHaveLength(1);
    expect(formulaLike[0].type).toBe(ValueType.String);
    expect(cells.every((c) => c.type !== ValueType.Formula)).toBe(true);
  });

  it("has one duplicate ID, one name under two IDs and one follow-up for an unknown customer", () => {
    const ids = strings(ledgerColumn("id")).map((id) => id.normalize("NFKC"));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toHaveLength(1);
    const names = strings(ledgerColumn("name"));
    const twins = names.filter((n, i) => names.indexOf(n) !== i);
    expect(twins).toHaveLength(1);
    const known = new Set(ids);
    const contactIds = strings(column(followUps(), FOLLOWUP_FIELDS, "customerId")).map((id) =>
      id.normalize("NFKC"),
    );
    expect(contactIds.filter((id) => !known.has(id))).toHaveLength(1);
  });

  it("has one missing owner, a phone that is not a number and a lost customer without a stage before loss", () => {
    expect(ledgerColumn("owner").filter((v) => v === null)).toHaveLength(1);
    expect(strings(ledgerColumn("phone")).filter((p) => !/\d/.test(p.normalize("NFKC")))).toHaveLength(1);
    const stages = ledgerColumn("stage");
    const before = ledgerColumn("stageBeforeLoss");
    const lostWithout = stages.filter((s, i) => s === "流失客户" && before[i] === null);
    expect(lostWithout).toHaveLength(1);
  });

  it("is byte-for-byte the same on every build and differs for another seed", async () => {
    const again = await buildTemplate({ lang: "zh", sample: true });
    expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0);
    const other = await buildTemplate({ lang: "zh", sample: true, seed: 7 });
    expect(Buffer.compare(Buffer.from(other), Buffer.from(bytes))).not.toBe(0);
  });

  it("matches the committed samples/sales-radar-sample.xlsx (regenerate with npm run sample)", () => {
    const committed = readFileSync(SAMPLE_FILE);
    expect(Buffer.compare(committed, Buffer.from(bytes))).toBe(0);
  });
});
