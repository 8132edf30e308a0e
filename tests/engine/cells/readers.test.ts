import fc from "fast-check";
import { parseAmount } from "../../../src/engine/cells/amount";
import { dayFromRealYmd, dayFromYmd } from "../../../src/engine/cells/calendar";
import { parseDate } from "../../../src/engine/cells/date";
import { figureValue, scanDecimal } from "../../../src/engine/cells/decimal";
import { fastFigureValue, newFastFigure, scanFigureFast } from "../../../src/engine/cells/figure-fast";
import { parseInteger, parseSatisfaction } from "../../../src/engine/cells/number";
import { parsePercent } from "../../../src/engine/cells/percent";
import { parsePhone } from "../../../src/engine/cells/phone";
import { readDateInto } from "../../../src/engine/cells/read-date";
import {
  readAmountInto,
  readCountInto,
  readPercentInto,
  readSatisfactionInto,
} from "../../../src/engine/cells/read-numbers";
import { readPhoneInto } from "../../../src/engine/cells/read-phone";
import { newSlot, slotToParsed, type CellSlot } from "../../../src/engine/cells/slot";
import { parseText, readTextInto } from "../../../src/engine/cells/text";
import type { ParseContext, Parsed, RawCell } from "../../../src/engine/cells/types";
import { ctx, ctx1904, rawCell, trickyText } from "./helpers";

/**
 * The column readers (read…Into) take fast roads for the common forms and hand everything else
 * to the reference parsers; whatever the cell, they must come to the very same outcome.
 */

type Reader = (raw: RawCell, context: ParseContext, slot: CellSlot) => void;

function viaSlot(
  read: Reader,
  raw: RawCell,
  context: ParseContext,
  kind: "number" | "text",
): Parsed<unknown> {
  const slot = newSlot();
  // A slot is reused cell after cell: start from a stale outcome to catch fields left unset.
  slot.number = 12345;
  slot.text = "stale";
  read(raw, context, slot);
  return slotToParsed(slot, kind);
}

const digits = (min: number, max: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom("0", "1", "2", "3", "5", "7", "9"), minLength: min, maxLength: max });

/** Thousands groups done right and wrong. */
const grouped: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(digits(1, 3), fc.array(digits(3, 3), { maxLength: 4 }))
    .map(([head, rest]) => [head, ...rest].join(",")),
  fc.array(digits(1, 4), { minLength: 2, maxLength: 4 }).map((parts) => parts.join(",")),
);

/** A figure: whole part (plain or grouped, up to 20 digits), optional point and fraction. */
const figureText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("", "", "", "-"),
    fc.oneof(digits(0, 20), grouped),
    fc.constantFrom("", "", "."),
    digits(0, 12),
  )
  .map(([sign, whole, point, fraction]) => sign + whole + (point === "" ? "" : point + fraction));

function withAffixes(prefixes: readonly string[], suffixes: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...prefixes),
      figureText,
      fc.constantFrom("", "", " ", "  "),
      fc.constantFrom(...suffixes),
    )
    .map(([prefix, figure, space, suffix]) => prefix + figure + space + suffix);
}

const amountText = withAffixes(
  ["", "", "-", "¥", "￥", "¥ ", "-¥", "¥-", "约"],
  ["", "万", "万元", "亿", "亿元", "元", "千", "千元", "k", "K", "kk", "万万", "%"],
);
const percentText = withAffixes(["", "", "-", "+"], ["", "%", "％", "% ", "%%", "分"]);
const countText = withAffixes(["", "", "-"], ["", "人", "天", "次", "日", "分", "人人", "个"]);
const scoreText = withAffixes(["", "", "-"], ["", "分", "人", "分分"]);

const cellOr = (text: fc.Arbitrary<string>): fc.Arbitrary<RawCell> =>
  fc.oneof(text, rawCell, trickyText, fc.double({ min: -10, max: 1e7 }), fc.integer({ min: -5, max: 200 }));

const runs = { numRuns: 3000 };

describe("column readers agree with the reference parsers", () => {
  it("text", () => {
    fc.assert(
      fc.property(rawCell, (raw) => {
        expect(viaSlot(readTextInto, raw, ctx, "text")).toEqual(parseText(raw, ctx));
      }),
      runs,
    );
  });

  it("amounts", () => {
    fc.assert(
      fc.property(cellOr(amountText), (raw) => {
        expect(viaSlot(readAmountInto, raw, ctx, "number")).toEqual(parseAmount(raw, ctx));
      }),
      runs,
    );
  });

  it("percents", () => {
    fc.assert(
      fc.property(cellOr(percentText), (raw) => {
        expect(viaSlot(readPercentInto, raw, ctx, "number")).toEqual(parsePercent(raw, ctx));
      }),
      runs,
    );
  });

  it("counts (integers of 0 or more)", () => {
    fc.assert(
      fc.property(cellOr(countText), (raw) => {
        expect(viaSlot(readCountInto, raw, ctx, "number")).toEqual(parseInteger(raw, ctx, { min: 0 }));
      }),
      runs,
    );
  });

  it("satisfaction scores", () => {
    fc.assert(
      fc.property(cellOr(scoreText), (raw) => {
        expect(viaSlot(readSatisfactionInto, raw, ctx, "number")).toEqual(parseSatisfaction(raw, ctx));
      }),
      runs,
    );
  });
});

const twoDigits = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, "0"));
/** Mostly real months and days (so times get checked), with the edges and typos around them. */
const monthText = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 12 }).map(String), weight: 4 },
  { arbitrary: fc.integer({ min: 1, max: 12 }).map((n) => String(n).padStart(2, "0")), weight: 4 },
  { arbitrary: fc.oneof(twoDigits, fc.constantFrom("0", "13", "123", "")), weight: 1 },
);
const dayText = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 28 }).map(String), weight: 4 },
  { arbitrary: fc.integer({ min: 1, max: 31 }).map((n) => String(n).padStart(2, "0")), weight: 4 },
  { arbitrary: fc.oneof(twoDigits, fc.constantFrom("0", "29", "30", "31", "32", "")), weight: 2 },
);
const dateText: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(fc.integer({ min: 1890, max: 2100 }).map(String), fc.constantFrom("24", "99999", "0900")),
    fc.constantFrom("-", "/", ".", "年", "-/"),
    monthText,
    dayText,
    fc.constantFrom("", " ", " ", "T", "日", "日 ", "", "x"),
    fc.constantFrom(
      "",
      "14:30",
      "9:05",
      "23:59:59",
      "24:00",
      "14:60",
      "14:30:61",
      "1430",
      "123:00",
      "14:3",
      "7:5",
    ),
  )
  .map(([year, separator, month, day, joint, time]) => {
    if (separator === "年") return `${year}年${month}月${day}${joint.startsWith("日") ? joint : "日"}${time}`;
    const second = separator.length > 1 ? separator[1] : separator;
    return `${year}${separator[0]}${month}${second}${day}${joint}${time}`;
  });
const serial = fc.oneof(
  fc.double({ min: -2, max: 3_000_000 }),
  fc.integer({ min: -2, max: 3_000_000 }),
  fc.constantFrom(0, 1, 59, 60, 61, 45_000.99999999, 2_958_465, 2_958_465.9999999, 2_958_466),
);

describe("the date reader agrees with parseDate", () => {
  for (const allowTime of [false, true]) {
    for (const [name, context] of [
      ["1900", ctx],
      ["1904", ctx1904],
    ] as const) {
      it(`${allowTime ? "date-times" : "dates"}, ${name} system`, () => {
        fc.assert(
          fc.property(fc.oneof({ arbitrary: dateText, weight: 4 }, serial, rawCell, trickyText), (raw) => {
            const read: Reader = (cell, c, slot) => readDateInto(cell, c, allowTime, slot);
            expect(viaSlot(read, raw, context, "number")).toEqual(parseDate(raw, context, { allowTime }));
          }),
          runs,
        );
      });
    }
  }

  it("knows every month's last day, leap years included", () => {
    const read: Reader = (cell, c, slot) => readDateInto(cell, c, false, slot);
    for (const year of [1900, 2000, 2023, 2024]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 27; day <= 32; day++) {
          for (const text of [`${year}-${month}-${day}`, `${year}年${month}月${day}日 8:00`]) {
            expect(viaSlot(read, text, ctx, "number")).toEqual(parseDate(text, ctx, { allowTime: false }));
          }
        }
      }
    }
  });

  it("builds day numbers as Date.UTC does", () => {
    for (let year = 1900; year <= 2400; year++) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 15, 28, 29, 30, 31]) {
          expect(dayFromRealYmd(year, month, day)).toBe(dayFromYmd(year, month, day));
        }
      }
    }
  });
});

const phoneText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("", "", "+86", "86", "0086", "+86 ", "+8 6", "+", "+860", "0"),
    fc.constantFrom("1", "1", "2", "0"),
    fc.constantFrom("3", "5", "8", "9", "2", "0"),
    fc.array(fc.constantFrom("0", "1", "4", "7", "9", " ", "-", "  "), { minLength: 5, maxLength: 14 }),
  )
  .map(([prefix, first, second, rest]) => prefix + first + second + rest.join(""));

describe("the phone reader agrees with parsePhone", () => {
  it("mobiles, landlines and everything else", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          phoneText,
          rawCell,
          trickyText,
          fc.integer({ min: 10_000_000_000, max: 19_999_999_999 }),
          fc.constantFrom("(010)12345678", "0755 1234567", "010-12345678转123", "01012345678"),
        ),
        (raw) => {
          expect(viaSlot(readPhoneInto, raw, ctx, "text")).toEqual(parsePhone(raw, ctx));
        },
      ),
      runs,
    );
  });

  it("keeps a bare mobile number as the very string it was given", () => {
    const slot = newSlot();
    const text = ["138", "1234", "5678"].join("");
    readPhoneInto(text, ctx, slot);
    expect(slot.text).toBe(text);
  });
});

describe("fast figures", () => {
  it("give figureValue's double whenever they take a figure", () => {
    const figure = newFastFigure();
    fc.assert(
      fc.property(figureText, fc.integer({ min: -6, max: 6 }), (text, shift) => {
        const reference = scanDecimal(text, 0);
        if (!scanFigureFast(text, 0, figure)) return;
        expect(reference).not.toBeNull();
        if (reference === null) return;
        expect(figure.end).toBe(reference.end);
        expect(fastFigureValue(figure, shift)).toBe(figureValue(reference, shift));
      }),
      { numRuns: 5000 },
    );
  });

  it("leave long figures to the exact route", () => {
    expect(scanFigureFast("1234567890123456", 0, newFastFigure())).toBe(false);
    expect(scanFigureFast("123456789012345", 0, newFastFigure())).toBe(true);
  });
});
