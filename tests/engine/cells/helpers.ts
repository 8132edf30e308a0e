import fc from "fast-check";
import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import { EXCEL_ERROR_CODES } from "../../../src/engine/cells/errors";
import { makeParseContext } from "../../../src/engine/cells/text";
import type { RawCell } from "../../../src/engine/cells/types";

/** The default placeholders (待确认, 待定, 未知, TBD, N/A, -) and the 1900 date system. */
export const ctx = makeParseContext(DEFAULT_CONFIG.placeholders, false);
export const ctx1904 = makeParseContext(DEFAULT_CONFIG.placeholders, true);

/** Characters the parsers care about, so generated text reaches their deeper branches. */
const TRICKY_UNITS = [
  "0",
  "1",
  "2",
  "5",
  "9",
  "-",
  "/",
  ".",
  ",",
  ":",
  " ",
  "T",
  "+",
  "(",
  ")",
  "%",
  "％",
  "年",
  "月",
  "日",
  "万",
  "元",
  "亿",
  "千",
  "k",
  "¥",
  "￥",
  "转",
  "人",
  "分",
  "８",
  "\u3000",
  "\u00a0",
  "#",
];

export const trickyText: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom(...TRICKY_UNITS),
  maxLength: 24,
});

/** Any cell a workbook can hand over, plus the JavaScript oddities Excel never produces. */
export const rawCell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  trickyText,
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 60, 2958466),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.constantFrom(...EXCEL_ERROR_CODES).map((error) => ({ error })),
  fc.string().map((error) => ({ error })),
);

/** Whitespace-only text in the forms spreadsheets hold: spaces, tabs, newlines, NBSP, U+3000. */
export const blankText: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom(" ", "\t", "\n", "\r", "\u00a0", "\u3000", "\u2003"),
});
