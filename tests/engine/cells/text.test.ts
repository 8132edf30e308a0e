import fc from "fast-check";
import {
  displayValue,
  isPlaceholder,
  makeParseContext,
  normalizeText,
  numberToText,
  parseText,
  readCellText,
  upperCaseKey,
} from "../../../src/engine/cells/text";
import { BLANK, PLACEHOLDER, failure, value } from "../../../src/engine/cells/types";
import { blankText, ctx } from "./helpers";

/** An obviously correct (and slow) statement of the normalisation rule, to check the fast one against. */
function referenceNormalize(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, " ")
    .trim();
}

describe("normalizeText", () => {
  it.each([
    [null, ""],
    [undefined, ""],
    [true, "TRUE"],
    [false, "FALSE"],
    [{ error: "#N/A" }, "#N/A"],
    [123.45, "123.45"],
    [-0, "0"],
    [0.1 + 0.2, "0.30000000000000004"],
    [1e-7, "0.0000001"],
    [-1.5e-10, "-0.00000000015"],
    [123456789012345680000, "123456789012345680000"],
    [1e21, "1e+21"],
    [Number.NaN, "NaN"],
  ])("writes the cell %p as %p", (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it.each([
    ["  abc  ", "abc"],
    ["a  b", "a b"],
    ["a\t\n b", "a b"],
    ["a\u00a0b", "a b"],
    ["\u3000意向客户\u3000", "意向客户"],
    ["ＡＢＣ１２３", "ABC123"],
    ["５０万", "50万"],
    ["６０％", "60%"],
    ["（010）１２３", "(010)123"],
    ["a\u3000\u3000b", "a b"],
    ["客户名称", "客户名称"],
    ["😀 ok", "😀 ok"],
    ["", ""],
    [" \t ", ""],
  ])("normalises %p to %p", (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it("returns clean text unchanged (the same string)", () => {
    const clean = "Already clean 文本 text";
    expect(normalizeText(clean)).toBe(clean);
  });

  it("agrees with the reference rule on any text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          fc.string({ unit: fc.constantFrom("a", " ", "\t", "Ａ", "\u3000", "\u00a0", "中") }),
        ),
        (text) => {
          expect(normalizeText(text)).toBe(referenceNormalize(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe("numberToText", () => {
  it("reads back to the same number for any finite double below 1e21", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, min: -1e21, max: 1e21, maxExcluded: true, minExcluded: true }),
        (n) => {
          const text = numberToText(n);
          expect(text).not.toMatch(/e/);
          expect(Number(text)).toBe(n === 0 ? 0 : n);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("upperCaseKey", () => {
  it.each([
    ["tbd", "TBD"],
    ["n/a", "N/A"],
    ["意向客户", "意向客户"],
    ["Ｗon", "ＷON"],
    ["straße", "STRASSE"],
    ["é", "É"],
  ])("keys %p as %p", (text, expected) => {
    expect(upperCaseKey(text)).toBe(expected);
  });

  it("is toUpperCase for any text, CJK, Hangul and astral characters included", () => {
    const units = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: fc.constantFrom("a", "Z", "中", "ß", "é", "한", "\u3000", "𐐨", "ｂ", "ǅ") }),
    );
    fc.assert(
      fc.property(units, (text) => expect(upperCaseKey(text)).toBe(text.toUpperCase())),
      { numRuns: 300 },
    );
  });
});

describe("makeParseContext and isPlaceholder", () => {
  it("normalises and upper-cases the placeholders", () => {
    const context = makeParseContext([" tbd ", "Ｎ／Ａ", "待确认", "", "  "], true);
    expect([...context.placeholders].sort()).toEqual(["N/A", "TBD", "待确认"].sort());
    expect(context.date1904).toBe(true);
  });

  it.each(["待确认", "待定", "未知", "TBD", "tbd", "Tbd", "N/A", "n/a", "-"])(
    "treats %p as a placeholder",
    (text) => {
      expect(isPlaceholder(text, ctx)).toBe(true);
    },
  );

  it.each(["#N/A", "待确认客户", "TBD2", "--", "NA"])("does not treat %p as a placeholder", (text) => {
    expect(isPlaceholder(text, ctx)).toBe(false);
  });

  it("finds nothing when no placeholders are configured", () => {
    expect(isPlaceholder("TBD", makeParseContext([], false))).toBe(false);
  });
});

describe("readCellText", () => {
  it.each([
    [null, BLANK],
    [undefined, BLANK],
    ["", BLANK],
    ["\u3000 \t", BLANK],
    [" 待定 ", PLACEHOLDER],
    ["－", PLACEHOLDER],
    [{ error: "#REF!" }, failure("excel-error")],
  ])("settles %p without reading further", (raw, expected) => {
    expect(readCellText(raw, ctx)).toEqual(expected);
  });

  it.each([
    [" a  b ", "a b"],
    [12, "12"],
    [true, "TRUE"],
    ["#N/A", "#N/A"],
  ])("hands %p over as the text %p", (raw, expected) => {
    expect(readCellText(raw, ctx)).toBe(expected);
  });

  it("never treats a typed number as a placeholder", () => {
    expect(readCellText(0, makeParseContext(["0"], false))).toBe("0");
  });
});

describe("parseText", () => {
  it.each([
    ["  华东  区 ", value("华东 区")],
    ["#N/A", value("#N/A")],
    ["#VALUE!", value("#VALUE!")],
    [42, value("42")],
    [false, value("FALSE")],
    ["", BLANK],
    ["TBD", PLACEHOLDER],
    [{ error: "#N/A" }, failure("excel-error")],
  ])("reads %p as %p", (raw, expected) => {
    expect(parseText(raw, ctx)).toEqual(expected);
  });

  it("is blank for any whitespace-only text", () => {
    fc.assert(fc.property(blankText, (text) => expect(parseText(text, ctx)).toEqual(BLANK)));
  });
});

describe("displayValue", () => {
  it.each([
    ["  as typed ", "  as typed "],
    ["５０万", "５０万"],
    [null, ""],
    [undefined, ""],
    [true, "TRUE"],
    [{ error: "#DIV/0!" }, "#DIV/0!"],
    [45366, "45366"],
    [13812345678, "13812345678"],
    [1 / 3, "0.333333333"],
  ])("shows %p as %p", (raw, expected) => {
    expect(displayValue(raw)).toBe(expected);
  });
});
