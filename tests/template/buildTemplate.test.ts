import type { Workbook, Worksheet } from "exceljs";
import { DEFAULT_CONFIG, listDisplayName } from "../../src/engine/config";
import { FOLLOWUP_FIELDS, LEDGER_FIELDS, SHEETS, type FieldDef } from "../../src/engine/schema/fields";
import { buildTemplate, FOLLOWUP_TABLE, LEDGER_TABLE } from "../../src/template";
import { listKeyOf, NUMBER_FORMATS } from "../../src/template/columns";
import type { TemplateLang } from "../../src/template/lang";
import { READ_ME_SHEET } from "../../src/template/readMeText";
import { MIN_VALIDATION_LAST_ROW } from "../../src/template/sheets/dataSheet";
import { RULES_VALUE_HEADER } from "../../src/template/sheets/rulesSheet";
import { PALETTE } from "../../src/template/styles";
import { loadWorkbook, parseRange, rowValues, sheetOf } from "./loadWorkbook";

const books = new Map<TemplateLang, Workbook>();
beforeAll(async () => {
  for (const lang of ["zh", "en"] as const)
    books.set(lang, await loadWorkbook(await buildTemplate({ lang, sample: false })));
});
const book = (lang: TemplateLang): Workbook => books.get(lang) as Workbook;

const dataSheets = [
  { key: "ledger", fields: LEDGER_FIELDS, table: LEDGER_TABLE, frozenColumns: 2 },
  { key: "followups", fields: FOLLOWUP_FIELDS, table: FOLLOWUP_TABLE, frozenColumns: 1 },
] as const;

const letter = (sheet: Worksheet, index: number): string => sheet.getColumn(index + 1).letter;

describe.each(["zh", "en"] as const)("template (%s)", (lang) => {
  it("has the five sheets in order, named in the chosen language", () => {
    expect(book(lang).worksheets.map((s) => s.name)).toEqual([
      READ_ME_SHEET[lang],
      SHEETS.ledger[lang],
      SHEETS.followups[lang],
      SHEETS.codes[lang],
      SHEETS.rules[lang],
    ]);
  });

  describe.each(dataSheets)("$key sheet", ({ key, fields, table, frozenColumns }) => {
    const sheet = () => sheetOf(book(lang), SHEETS[key][lang]);
    const headers = fields.map((f) => (lang === "zh" ? f.zh : f.en));

    it("has every field as a header, in order", () => {
      expect(rowValues(sheet(), 1, fields.length)).toEqual(headers);
      expect(sheet().getCell(1, fields.length + 1).value).toBeNull();
    });

    it("is an Excel table over the headers, with filter buttons", () => {
      const found = sheet().getTable(table);
      expect(found).toBeDefined();
      const model = (
        found as unknown as { table: { ref: string; columns: { name: string; filterButton: boolean }[] } }
      ).table;
      expect(model.columns.map((c) => c.name)).toEqual(headers);
      expect(model.columns.every((c) => c.filterButton)).toBe(true);
    });

    it("freezes the header row and the key columns", () => {
      const [view] = sheet().views;
      expect(view).toMatchObject({ state: "frozen", ySplit: 1, xSplit: frozenColumns });
    });

    it("styles the header row", () => {
      fields.forEach((_, i) => {
        expect(sheet().getCell(1, i + 1).font?.bold).toBe(true);
        expect(sheet().getCell(1, i + 1).fill).toMatchObject({
          type: "pattern",
          fgColor: { argb: PALETTE.header },
        });
      });
    });

    it("formats dates, date-times, amounts and percents", () => {
      fields.forEach((field: FieldDef, i) => {
        const expected = NUMBER_FORMATS[field.type];
        if (expected !== undefined)
          expect([field.key, sheet().getColumn(i + 1).numFmt]).toEqual([field.key, expected]);
      });
      const formats = new Set(fields.map((_, i) => sheet().getColumn(i + 1).numFmt));
      if (key === "ledger") for (const f of ["yyyy-mm-dd", "0.0", "0%"]) expect(formats).toContain(f);
      else expect(formats).toContain("yyyy-mm-dd hh:mm");
    });

    it("gives every enumerated column a dropdown pointing at its list on the codes sheet", () => {
      const codes = sheetOf(book(lang), SHEETS.codes[lang]);
      const enumerated = fields.filter((f) => listKeyOf(f) !== null);
      expect(enumerated.length).toBeGreaterThan(0);
      for (const field of enumerated) {
        const listKey = listKeyOf(field) as string;
        const i = fields.indexOf(field);
        const validation = sheet().dataValidations.model[`${letter(sheet(), i)}2`];
        expect(validation?.type).toBe("list");
        const range = parseRange(String(validation?.formulae[0]));
        expect(range.sheet).toBe(SHEETS.codes[lang]);
        // The cell above the range names the list; the range holds exactly its options.
        expect(codes.getCell(`${range.column}${range.first - 1}`).value).toBe(listDisplayName(listKey)[lang]);
        const options = Array.from(
          { length: range.last - range.first + 1 },
          (_, k) => codes.getCell(`${range.column}${range.first + k}`).value,
        );
        expect(options).toEqual(DEFAULT_CONFIG.codes.lists[listKey]);
        expect(codes.getCell(`${range.column}${range.last + 1}`).value).toBeNull();
      }
    });

    it("keeps validations from row 2 to the last validated row, not beyond", () => {
      const model = sheet().dataValidations.model;
      fields.forEach((_, i) => {
        const col = letter(sheet(), i);
        if (model[`${col}2`] === undefined) return;
        expect(model[`${col}1`]).toBeUndefined();
        expect(model[`${col}${MIN_VALIDATION_LAST_ROW}`]).toEqual(model[`${col}2`]);
        expect(model[`${col}${MIN_VALIDATION_LAST_ROW + 1}`]).toBeUndefined();
      });
    });

    it("shows an input hint on every required or typed column", () => {
      const model = sheet().dataValidations.model;
      fields.forEach((field, i) => {
        const validation = model[`${letter(sheet(), i)}2`];
        const needsHint = field.required !== undefined || field.type !== "text";
        if (!needsHint) return;
        expect([field.key, validation?.showInputMessage]).toEqual([field.key, true]);
        expect(validation?.promptTitle).toBe(lang === "zh" ? field.zh : field.en);
      });
    });

    it("fits column widths to the headers", () => {
      headers.forEach((header, i) => {
        expect(sheet().getColumn(i + 1).width ?? 0).toBeGreaterThanOrEqual(Math.min(header.length, 20));
      });
    });
  });

  it("tells the user the amount unit and the date form", () => {
    const ledger = sheetOf(book(lang), SHEETS.ledger[lang]);
    const model = ledger.dataValidations.model;
    const promptOf = (key: string) =>
      model[
        `${letter(
          ledger,
          LEDGER_FIELDS.findIndex((f) => f.key === key),
        )}2`
      ]?.prompt;
    expect(promptOf("estimatedAmount")).toContain(lang === "zh" ? "金额单位:万元" : "10k CNY");
    expect(promptOf("createdOn")).toContain(lang === "zh" ? "日期写成 2024-03-15" : "2024-03-15");
  });

  it("writes the rules sheet with its value column highlighted as editable", () => {
    const rules = sheetOf(book(lang), SHEETS.rules[lang]);
    let headerRow = 0;
    let valueColumn = 0;
    rules.eachRow((row, n) => {
      row.eachCell((cell, c) => {
        if (headerRow === 0 && cell.value === RULES_VALUE_HEADER[lang]) [headerRow, valueColumn] = [n, c];
      });
    });
    expect(headerRow).toBeGreaterThan(0);
    expect(rules.views[0]).toMatchObject({ state: "frozen", ySplit: headerRow });
    expect(rules.getCell(headerRow, valueColumn).fill).toMatchObject({ fgColor: { argb: PALETTE.header } });
    const bodyRows = rules.rowCount - headerRow;
    expect(bodyRows).toBeGreaterThan(20);
    for (let r = headerRow + 1; r <= rules.rowCount; r++) {
      expect(rules.getCell(r, valueColumn).fill).toMatchObject({ fgColor: { argb: PALETTE.editable } });
      const next = rules.getCell(r, valueColumn + 1).fill;
      expect(next?.type === "pattern" && next.pattern === "solid").toBe(false);
    }
  });

  it("writes the code tables with the configured codes", () => {
    const codes = sheetOf(book(lang), SHEETS.codes[lang]);
    const pairs = new Map<string, string>();
    codes.eachRow((row) => {
      const [name, code] = [row.getCell(1).value, row.getCell(2).value];
      // The first pair per name: the code tables come before the option lists.
      if (typeof name === "string" && typeof code === "string" && !pairs.has(name)) pairs.set(name, code);
    });
    for (const [industry, code] of Object.entries(DEFAULT_CONFIG.codes.industry))
      expect(pairs.get(industry)).toBe(code);
    for (const [size, code] of Object.entries(DEFAULT_CONFIG.codes.size)) expect(pairs.get(size)).toBe(code);
  });

  it("explains the workbook on the read-me sheet", () => {
    const readMe = sheetOf(book(lang), READ_ME_SHEET[lang]);
    const texts: string[] = [];
    readMe.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    const all = texts.join("\n");
    for (const key of ["ledger", "followups", "codes", "rules", "funnel", "report"] as const) {
      expect(all).toContain(SHEETS[key][lang]);
    }
    expect(all).toContain("YL-ZY-YX-001");
  });

  it("leaves one blank data row so the tables are valid", () => {
    const ledger = sheetOf(book(lang), SHEETS.ledger[lang]);
    const table = ledger.getTable(LEDGER_TABLE) as unknown as { table: { ref: string; tableRef?: string } };
    expect(rowValues(ledger, 2, LEDGER_FIELDS.length).every((v) => v === null)).toBe(true);
    expect(ledger.getCell(2, 1).value).toBeNull();
    expect(table.table.tableRef ?? table.table.ref).toMatch(/^A1(:[A-Z]+2)?$/);
  });
});

describe("buildTemplate determinism", () => {
  it("gives the same bytes for the same options", async () => {
    const [a, b] = await Promise.all([
      buildTemplate({ lang: "zh", sample: false }),
      buildTemplate({ lang: "zh", sample: false }),
    ]);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });
});
