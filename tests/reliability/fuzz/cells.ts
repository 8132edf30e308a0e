/**
 * fast-check generators of single cells for the workbook fuzz: values each column accepts in the
 * forms people type, and anything at all (junk text in every script, numbers, booleans, error
 * values, blanks, 32,767-character text, formula-looking text, dates typed every way).
 */
import fc from "fast-check";
import type { RawCell } from "../../../src/engine/cells/types";
import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import type { FieldDef } from "../../../src/engine/schema/fields";
import { INJECTIONS } from "../ledgers";

/** Excel's limit on the characters of one cell. */
export const EXCEL_CELL_CHARS = 32_767;

export const errorValue = fc
  .constantFrom("#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!")
  .map((error) => ({ error }));

export const junkText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 8 }),
  fc.constantFrom(
    "",
    " ",
    "　",
    "\t",
    "待确认",
    "TBD",
    "N/A",
    "-",
    "null",
    "undefined",
    "NaN",
    "0",
    "１２３",
  ),
);

export const huge = fc.constantFrom("长", "A", "=", "9", "日").map((unit) => unit.repeat(EXCEL_CELL_CHARS));

const goodDateText = fc.oneof(
  fc.constantFrom("2026-03-15", "2026/3/15", "2026.03.15", "2026年3月15日", "2026-03-1514:30"),
  fc
    .date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2026, 5, 30)), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
);

/** Dates the engine must refuse, each with its own finding. */
const badDateText = fc.oneof(
  fc.constantFrom(
    "26-3-15",
    "15/03/2026",
    "3/15/2026",
    "2026-02-30",
    "2026-13-01",
    "2026-03-15 24:00",
    "45366",
    "20240315",
  ),
  fc
    .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true })
    .map((date) => date.toISOString()),
);

const serial = fc.oneof(
  fc.integer({ min: -10, max: 80_000 }),
  fc.double({ min: 0, max: 80_000, noNaN: true }),
);

const number = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1, 0.6, 60, 100, 1e15, -1e-9, Number.MAX_SAFE_INTEGER),
);

const amountText = fc.constantFrom(
  "50万",
  "50 万元",
  "¥1,200,000",
  "1.2亿",
  "3k",
  "3千",
  "+50",
  "50w",
  "RMB 50",
  "五十万",
);

const stageText = fc.constantFrom("潜在客户", "意向客户", "商机客户", "谈判阶段", "成交客户", "流失客户");

const idText = fc
  .tuple(
    fc.constantFrom("ZZ", "YL", "JY", "LS"),
    fc.constantFrom("DX", "ZY", "XX", "GT"),
    fc.constantFrom("QZ", "YX", "SJ", "TP", "CJ", "LS"),
    fc.integer({ min: 0, max: 99_999 }),
  )
  .map(([a, b, c, n]) => `${a}-${b}-${c}-${String(n).padStart(3, "0")}`);

/** Text the engine must refuse or warn about in a typed column. */
const oddTyped = fc.oneof(
  badDateText,
  fc.constantFrom(
    "ZZ-DX-YX-001",
    "ZZ-DX-YX-001 ",
    "ＺＺ-DX-YX-002",
    "BAD-ID",
    "zz-dx-yx-003",
    "Lead",
    "Won",
    "意向",
    "未知阶段",
  ),
  fc.constantFrom("+50", "50w", "RMB 50", "五十万", "120%", "-5%", "4.5人", "6分", "123"),
);

/** Options of each enumeration: the template's lists, as the default config holds them. */
const OPTIONS: Readonly<Record<string, readonly string[]>> = DEFAULT_CONFIG.codes.lists;

const realText = fc.constantFrom(
  "华东精密制造有限公司",
  "康宁医疗器械",
  "张伟",
  "李娜",
  "上海",
  "杭州",
  "数字化转型",
  "价格太高",
  "选择了竞品",
  "100万以上",
);

/** A value the column accepts, in one of the forms people type. */
export function validCell(field: FieldDef | null): fc.Arbitrary<RawCell> {
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
      return fc.oneof(
        fc.integer({ min: 44_000, max: 46_200 }),
        fc.double({ min: 44_000, max: 46_200, noNaN: true }),
        goodDateText,
      );
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
export function anyCell(field: FieldDef | null): fc.Arbitrary<RawCell> {
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
