/**
 * fast-check generators of whole workbooks as a team might really hand them over: ledger and
 * follow-up sheets under any accepted name (or none), headers in Chinese or English with odd
 * widths, cases, stars and spaces, shuffled and duplicated, unknown columns, header rows low
 * down or missing, cells of every kind (error values, 32,767-character text, formula-looking
 * text, dates typed every way), blank and ragged rows, and scoring rules with bad values.
 */
import fc from "fast-check";
import type { RawCell } from "../../../src/engine/cells/types";
import { codesSheetRows } from "../../../src/engine/config/codesSheet";
import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import { rulesSheetRows } from "../../../src/engine/config/rulesSheet";
import { FOLLOWUP_FIELDS, LEDGER_FIELDS, SHEETS, type FieldDef, type SheetDef } from "../../../src/engine/schema/fields";
import { OWNED_COLUMNS } from "../../../src/refresh/render/ownedColumns";
import { INJECTIONS } from "../ledgers";

/** Excel's limit on the characters of one cell. */
export const EXCEL_CELL_CHARS = 32_767;

export interface FuzzSheet {
  readonly name: string;
  readonly rows: RawCell[][];
  /** 0-based row and first/last column of merged header cells (adapters that support them). */
  readonly merges: readonly { readonly row: number; readonly first: number; readonly last: number }[];
}

export interface FuzzWorkbook {
  readonly sheets: readonly FuzzSheet[];
  /** Data rows generated, over every sheet. */
  readonly generatedRows: number;
}

const errorValue = fc.constantFrom("#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!").map((error) => ({ error }));

const junkText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 8 }),
  fc.constantFrom("", " ", "　", "\t", "待确认", "TBD", "N/A", "-", "null", "undefined", "NaN", "0", "１２３"),
);

const huge = fc.constantFrom("长", "A", "=", "9", "日").map((unit) => unit.repeat(EXCEL_CELL_CHARS));

const goodDateText = fc.oneof(
  fc.constantFrom("2026-03-15", "2026/3/15", "2026.03.15", "2026年3月15日", "2026-03-1514:30"),
  fc.date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2026, 5, 30)), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
);

/** Dates the engine must refuse, each with its own finding. */
const badDateText = fc.oneof(
  fc.constantFrom("26-3-15", "15/03/2026", "3/15/2026", "2026-02-30", "2026-13-01", "2026-03-15 24:00", "45366", "20240315"),
  fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }).map((date) => date.toISOString()),
);

const serial = fc.oneof(fc.integer({ min: -10, max: 80_000 }), fc.double({ min: 0, max: 80_000, noNaN: true }));

const number = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1, 0.6, 60, 100, 1e15, -1e-9, Number.MAX_SAFE_INTEGER),
);

const amountText = fc.constantFrom("50万", "50 万元", "¥1,200,000", "1.2亿", "3k", "3千", "+50", "50w", "RMB 50", "五十万");

const stageText = fc.constantFrom("潜在客户", "意向客户", "商机客户", "谈判阶段", "成交客户", "流失客户");

const idText = fc
  .tuple(fc.constantFrom("ZZ", "YL", "JY", "LS"), fc.constantFrom("DX", "ZY", "XX", "GT"), fc.constantFrom("QZ", "YX", "SJ", "TP", "CJ", "LS"), fc.integer({ min: 0, max: 99_999 }))
  .map(([a, b, c, n]) => `${a}-${b}-${c}-${String(n).padStart(3, "0")}`);

/** Text the engine must refuse or warn about in a typed column. */
const oddTyped = fc.oneof(
  badDateText,
  fc.constantFrom("ZZ-DX-YX-001", "ZZ-DX-YX-001 ", "ＺＺ-DX-YX-002", "BAD-ID", "zz-dx-yx-003", "Lead", "Won", "意向", "未知阶段"),
  fc.constantFrom("+50", "50w", "RMB 50", "五十万", "120%", "-5%", "4.5人", "6分", "123"),
);

/** Options of each enumeration (the template's lists), plus a value no list has. */
const OPTIONS: Readonly<Record<string, readonly string[]>> = {
  size: ["大型", "中型", "小型", "个体"],
  priorityClass: ["A", "B", "C"],
  strategicValue: ["行业标杆", "区域龙头", "潜力行业", "普通"],
  followUpCost: ["低", "中", "高"],
  urgency: ["高", "中", "低"],
  lifecycle: ["成长期", "稳定期", "衰退期"],
  method: ["电话", "拜访", "面谈", "邮件", "行业活动", "微信"],
  status: ["进行中", "已完成", "已延期"],
};

const realText = fc.constantFrom("华东精密制造有限公司", "康宁医疗器械", "张伟", "李娜", "上海", "杭州", "数字化转型", "价格太高", "选择了竞品", "100万以上");

/** A value the column accepts, in one of the forms people type. */
function validCell(field: FieldDef | null): fc.Arbitrary<RawCell> {
  switch (field?.type) {
    case "id":
      return idText;
    case "stage":
      return stageText;
    case "industry":
      return fc.constantFrom("制造业-汽车零部件", "医疗-器械", "教育-在线教育", "零售业-超市", "制造业");
    case "amount":
      return fc.oneof(fc.integer({ min: 0, max: 500 }), amountText);
    case "percent":
      return fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom("60%", "0.6", "35"));
    case "date":
    case "datetime":
      return fc.oneof(fc.integer({ min: 44_000, max: 46_200 }), fc.double({ min: 44_000, max: 46_200, noNaN: true }), goodDateText);
    case "integer":
      return fc.oneof(fc.integer({ min: 0, max: 500 }), fc.constantFrom("12人", "12.0", "30天"));
    case "satisfaction":
      return fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom("4.5", "4分"));
    case "phone":
      return fc.constantFrom("13812345678", "+86 138 1234 5678", "010-12345678", "400-800-1234");
    case "enum":
      return fc.constantFrom(...(OPTIONS[field.list ?? ""] ?? ["其他"]));
    default:
      return fc.oneof(realText, fc.constantFrom(...INJECTIONS));
  }
}

/** Anything at all: junk text, numbers, booleans, error values, blanks, formula-looking text. */
function anyCell(field: FieldDef | null): fc.Arbitrary<RawCell> {
  return fc.oneof(
    { weight: 6, arbitrary: validCell(field) },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: junkText },
    { weight: 1, arbitrary: number },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: errorValue },
    { weight: 1, arbitrary: fc.constantFrom(...INJECTIONS) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, "") },
    { weight: 2, arbitrary: oddTyped },
    { weight: 1, arbitrary: serial },
  );
}

/** A header as a person might type it: any accepted name, odd width, case, spaces or a star. */
function headerFor(field: FieldDef): fc.Arbitrary<string> {
  const names = [field.zh, field.en, ...(field.aliases ?? [])];
  return fc.tuple(fc.constantFrom(...names), fc.constantFrom("plain", "upper", "star", "spaces", "wide")).map(([name, style]) => {
    switch (style) {
      case "upper":
        return name.toUpperCase();
      case "star":
        return `*${name}`;
      case "spaces":
        return ` ${name}  `;
      case "wide":
        return name.replace(/[A-Za-z0-9()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
      default:
        return name;
    }
  });
}

const unknownHeader = fc.oneof(fc.constantFrom("我的备注", "Notes", "", "内部评级", "=SUM(1)"), junkText);

interface Column {
  readonly header: RawCell;
  readonly field: FieldDef | null;
}

function columnsFor(fields: readonly FieldDef[]): fc.Arbitrary<Column[]> {
  const required = fields.filter((field) => field.required === "error");
  const optional = fields.filter((field) => field.required !== "error");
  // Most ledgers carry every required column; some carry any subset (and may not be found).
  const chosenFields = fc.oneof(
    { weight: 4, arbitrary: fc.subarray(optional).map((some) => [...required, ...some]) },
    { weight: 1, arbitrary: fc.subarray([...fields]) },
  );
  const known = chosenFields.chain((chosen) =>
    chosen.length === 0 ? fc.constant([] as Column[]) : fc.tuple(...chosen.map((field) => headerFor(field).map((header): Column => ({ header, field })))),
  );
  const extras = fc.array(
    fc.oneof(
      { weight: 10, arbitrary: unknownHeader.map((header): Column => ({ header, field: null })) },
      // A user column named like one of the add-in's own: the refresh must stop, not overwrite.
      { weight: 1, arbitrary: fc.constantFrom(...OWNED_COLUMNS).map((column): Column => ({ header: column.en, field: null })) },
      { weight: 1, arbitrary: errorValue.map((header): Column => ({ header, field: null })) },
    ),
    { maxLength: 4 },
  );
  const duplicates = fc.array(fc.constantFrom(...fields).chain((field) => headerFor(field).map((header): Column => ({ header, field }))), { maxLength: 2 });
  return fc.tuple(known, extras, duplicates).chain(([a, b, c]) => fc.shuffledSubarray([...a, ...b, ...c], { minLength: a.length + b.length + c.length }));
}

/** Rows of one table sheet: title rows, the header row, then data (blank, short and long rows too). */
function tableRows(fields: readonly FieldDef[], maxRows: number): fc.Arbitrary<{ rows: RawCell[][]; dataRows: number; headerRow: number; width: number }> {
  return fc
    .record({
      columns: columnsFor(fields),
      titleRows: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: 4, max: 11 }) }),
      dataRows: fc.integer({ min: 0, max: maxRows }),
    })
    .chain(({ columns, titleRows, dataRows }) => {
      const row = fc.oneof(
        { weight: 12, arbitrary: fc.tuple(...columns.map((column) => validCell(column.field))) as fc.Arbitrary<RawCell[]> },
        { weight: 6, arbitrary: fc.tuple(...columns.map((column) => anyCell(column.field))) as fc.Arbitrary<RawCell[]> },
        { weight: 1, arbitrary: fc.constant([] as RawCell[]) },
        { weight: 1, arbitrary: fc.array(anyCell(null), { maxLength: columns.length + 3 }) },
        { weight: 1, arbitrary: fc.array(huge, { minLength: columns.length, maxLength: columns.length }) },
      );
      const titles = fc.array(fc.array(junkText, { maxLength: 3 }), { minLength: titleRows, maxLength: titleRows });
      return fc.tuple(titles, fc.array(row, { minLength: dataRows, maxLength: dataRows })).map(([top, data]) => ({
        rows: [...top, columns.map((column) => column.header), ...data],
        dataRows,
        headerRow: titleRows,
        width: columns.length,
      }));
    });
}

function sheetName(def: SheetDef): fc.Arbitrary<string | null> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(def.zh, def.en, ...def.aliases) },
    { weight: 1, arbitrary: fc.constantFrom(` ${def.zh} `, def.en.toUpperCase(), def.en.toLowerCase()) },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

/** The default rules or codes sheet with some value cells replaced by anything at all. */
function configSheet(rows: readonly (readonly RawCell[])[]): fc.Arbitrary<RawCell[][]> {
  return fc.array(fc.tuple(fc.nat({ max: rows.length - 1 }), fc.nat({ max: 5 }), anyCell(null)), { maxLength: 2 }).map((edits) => {
    const copy = rows.map((row) => [...row]);
    for (const [r, c, cell] of edits) copy[r][c] = cell;
    return copy;
  });
}

/**
 * The ledger with its header row's first two cells merged and, when there is one, the title row
 * above merged over three cells; cells hidden under a merge are emptied, as a spreadsheet
 * program does.
 */
function withMergedHeader(name: string, table: { rows: RawCell[][]; headerRow: number; width: number }): FuzzSheet {
  const merges: { row: number; first: number; last: number }[] = [];
  const rows = table.rows.map((row) => [...row]);
  if (table.width >= 2) {
    rows[table.headerRow][1] = null;
    merges.push({ row: table.headerRow, first: 0, last: 1 });
  }
  if (table.headerRow > 0) {
    const title = rows[table.headerRow - 1];
    for (let c = 1; c <= 2 && c < title.length; c++) title[c] = null;
    merges.push({ row: table.headerRow - 1, first: 0, last: 2 });
  }
  return { name, rows, merges };
}

export function workbookArbitrary(maxRows: number): fc.Arbitrary<FuzzWorkbook> {
  return fc
    .record({
      ledgerName: sheetName(SHEETS.ledger),
      followName: sheetName(SHEETS.followups),
      ledger: tableRows(LEDGER_FIELDS, maxRows),
      followups: tableRows(FOLLOWUP_FIELDS, maxRows),
      mergeHeader: fc.boolean(),
      rules: fc.option(configSheet(rulesSheetRows(DEFAULT_CONFIG, "zh")), { freq: 2 }),
      codes: fc.option(configSheet(codesSheetRows(DEFAULT_CONFIG.codes, "zh")), { freq: 2 }),
      other: fc.option(fc.array(fc.array(anyCell(null), { maxLength: 4 }), { maxLength: 5 }), { freq: 2 }),
    })
    .map(({ ledgerName, followName, ledger, followups, mergeHeader, rules, codes, other }) => {
      const sheets: FuzzSheet[] = [];
      if (other !== null) sheets.push({ name: "说明", rows: other, merges: [] });
      if (ledgerName !== null) sheets.push(mergeHeader ? withMergedHeader(ledgerName, ledger) : { name: ledgerName, rows: ledger.rows, merges: [] });
      if (followName !== null && followName.trim() !== ledgerName?.trim()) sheets.push({ name: followName, rows: followups.rows, merges: [] });
      if (rules !== null) sheets.push({ name: SHEETS.rules.zh, rows: rules, merges: [] });
      if (codes !== null) sheets.push({ name: SHEETS.codes.zh, rows: codes, merges: [] });
      const generatedRows = (ledgerName === null ? 0 : ledger.dataRows) + (followName === null ? 0 : followups.dataRows);
      return { sheets, generatedRows };
    });
}
