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
import {
  FOLLOWUP_FIELDS,
  LEDGER_FIELDS,
  SHEETS,
  type FieldDef,
  type SheetDef,
} from "../../../src/engine/schema/fields";
import { OWNED_COLUMNS } from "../../../src/refresh/render/ownedColumns";
import { anyCell, errorValue, huge, junkText, validCell } from "./cells";

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

/** A header as a person might type it: any accepted name, odd width, case, spaces or a star. */
function headerFor(field: FieldDef): fc.Arbitrary<string> {
  const names = [field.zh, field.en, ...(field.aliases ?? [])];
  return fc
    .tuple(fc.constantFrom(...names), fc.constantFrom("plain", "upper", "star", "spaces", "wide"))
    .map(([name, style]) => {
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
    chosen.length === 0
      ? fc.constant([] as Column[])
      : fc.tuple(...chosen.map((field) => headerFor(field).map((header): Column => ({ header, field })))),
  );
  const extras = fc.array(
    fc.oneof(
      { weight: 10, arbitrary: unknownHeader.map((header): Column => ({ header, field: null })) },
      // A user column named like one of the add-in's own: the refresh must stop, not overwrite.
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(...OWNED_COLUMNS)
          .map((column): Column => ({ header: column.en, field: null })),
      },
      { weight: 1, arbitrary: errorValue.map((header): Column => ({ header, field: null })) },
    ),
    { maxLength: 4 },
  );
  const duplicates = fc.array(
    fc
      .constantFrom(...fields)
      .chain((field) => headerFor(field).map((header): Column => ({ header, field }))),
    { maxLength: 2 },
  );
  return fc
    .tuple(known, extras, duplicates)
    .chain(([a, b, c]) =>
      fc.shuffledSubarray([...a, ...b, ...c], { minLength: a.length + b.length + c.length }),
    );
}

/** Rows of one table sheet: title rows, the header row, then data (blank, short and long rows too). */
function tableRows(
  fields: readonly FieldDef[],
  maxRows: number,
): fc.Arbitrary<{ rows: RawCell[][]; dataRows: number; headerRow: number; width: number }> {
  return fc
    .record({
      columns: columnsFor(fields),
      titleRows: fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: 0, max: 3 }) },
        { weight: 1, arbitrary: fc.integer({ min: 4, max: 11 }) },
      ),
      dataRows: fc.integer({ min: 0, max: maxRows }),
    })
    .chain(({ columns, titleRows, dataRows }) => {
      const row = fc.oneof(
        {
          weight: 12,
          arbitrary: fc.tuple(...columns.map((column) => validCell(column.field))) as fc.Arbitrary<RawCell[]>,
        },
        {
          weight: 6,
          arbitrary: fc.tuple(...columns.map((column) => anyCell(column.field))) as fc.Arbitrary<RawCell[]>,
        },
        { weight: 1, arbitrary: fc.constant([] as RawCell[]) },
        { weight: 1, arbitrary: fc.array(anyCell(null), { maxLength: columns.length + 3 }) },
        // One cell at Excel's limit: in the first column (often the ID) or any other.
        {
          weight: 1,
          arbitrary: fc.tuple(fc.nat({ max: Math.max(0, columns.length - 1) }), huge).map(([at, text]) => {
            const cells: RawCell[] = columns.map(() => null);
            cells[at] = text;
            return cells;
          }),
        },
      );
      const titles = fc.array(fc.array(junkText, { maxLength: 3 }), {
        minLength: titleRows,
        maxLength: titleRows,
      });
      return fc
        .tuple(titles, fc.array(row, { minLength: dataRows, maxLength: dataRows }))
        .map(([top, data]) => ({
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
  return fc
    .array(fc.tuple(fc.nat({ max: rows.length - 1 }), fc.nat({ max: 5 }), anyCell(null)), { maxLength: 2 })
    .map((edits) => {
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
function withMergedHeader(
  name: string,
  table: { rows: RawCell[][]; headerRow: number; width: number },
): FuzzSheet {
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
      if (ledgerName !== null)
        sheets.push(
          mergeHeader
            ? withMergedHeader(ledgerName, ledger)
            : { name: ledgerName, rows: ledger.rows, merges: [] },
        );
      if (followName !== null && followName.trim() !== ledgerName?.trim())
        sheets.push({ name: followName, rows: followups.rows, merges: [] });
      if (rules !== null) sheets.push({ name: SHEETS.rules.zh, rows: rules, merges: [] });
      if (codes !== null) sheets.push({ name: SHEETS.codes.zh, rows: codes, merges: [] });
      const generatedRows =
        (ledgerName === null ? 0 : ledger.dataRows) + (followName === null ? 0 : followups.dataRows);
      return { sheets, generatedRows };
    });
}
