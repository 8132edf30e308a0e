import fc from "fast-check";
import { SATISFACTION_SCALE, parseInteger, parseSatisfaction } from "../../../src/engine/cells/number";
import { BLANK, PLACEHOLDER, failure, value } from "../../../src/engine/cells/types";
import { ctx } from "./helpers";

const COUNT = { min: 0 };

describe("parseInteger", () => {
  it.each([
    [12, 12],
    [0, 0],
    [-0, 0],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    ["12", 12],
    ["0", 0],
    ["1,234", 1234],
    ["12人", 12],
    ["12 人", 12],
    ["12 天", 12],
    ["3次", 3],
    ["30日", 30],
    ["12.0", 12],
    ["12.", 12],
    ["１２人", 12],
    ["-0", 0],
  ])("reads %p as %p", (raw, expected) => {
    expect(parseInteger(raw, ctx, COUNT)).toEqual(value(expected));
  });

  it.each([
    [12.5, "not-an-integer"],
    [0.0001, "not-an-integer"],
    ["12.5", "not-an-integer"],
    ["12.5人", "not-an-integer"],
    ["12.0001", "not-an-integer"],
    [-1, "negative"],
    ["-1", "negative"],
    ["-3天", "negative"],
    [2 ** 53, "out-of-range"],
    ["99999999999999999999", "out-of-range"],
    [Number.NaN, "not-a-number"],
    [Number.POSITIVE_INFINITY, "not-a-number"],
    [Number.NEGATIVE_INFINITY, "not-a-number"],
    [true, "not-a-number"],
    ["12个", "not-a-number"],
    ["12人人", "not-a-number"],
    ["人", "not-a-number"],
    ["1,2,3", "not-a-number"],
    ["十二", "not-a-number"],
    ["#N/A", "not-a-number"],
    ["12 人 人", "not-a-number"],
    ["12  人x", "not-a-number"],
  ] as const)("rejects %p with %p", (raw, code) => {
    expect(parseInteger(raw, ctx, COUNT)).toEqual(failure(code));
  });

  it.each([
    [{ error: "#NUM!" }, failure("excel-error")],
    [undefined, BLANK],
    ["\t", BLANK],
    ["-", PLACEHOLDER],
    ["未知", PLACEHOLDER],
  ])("reads %p as %p", (raw, expected) => {
    expect(parseInteger(raw, ctx, COUNT)).toEqual(expected);
  });

  it("allows any whole number without a range", () => {
    expect(parseInteger(-5, ctx)).toEqual(value(-5));
    expect(parseInteger("-1,000", ctx)).toEqual(value(-1000));
  });

  it.each([
    [{ min: 1 }, 1, value(1)],
    [{ min: 1 }, 2, value(2)],
    [{ min: 1 }, 0, failure("out-of-range")],
    [{ min: 1 }, -1, failure("negative")],
    [{ min: -5 }, -5, value(-5)],
    [{ min: -5 }, -6, failure("out-of-range")],
    [{ max: 10 }, 9, value(9)],
    [{ max: 10 }, 10, value(10)],
    [{ max: 10 }, 11, failure("out-of-range")],
    [{ min: 0, max: 10 }, "11天", failure("out-of-range")],
  ])("with range %p reads %p as %p", (range, raw, expected) => {
    expect(parseInteger(raw, ctx, range)).toEqual(expected);
  });

  it("reads a whole number the same as a number, as plain text and as grouped text", () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        expect(parseInteger(n, ctx, COUNT)).toEqual(value(n));
        expect(parseInteger(String(n), ctx, COUNT)).toEqual(value(n));
        expect(parseInteger(`${n.toLocaleString("en-US")}人`, ctx, COUNT)).toEqual(value(n));
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseSatisfaction", () => {
  it.each([
    [1, 1],
    [5, 5],
    [4.5, 4.5],
    [3, 3],
    ["4", 4],
    ["4分", 4],
    ["4.5", 4.5],
    ["4.5分", 4.5],
    ["4.5 分", 4.5],
    ["５分", 5],
    ["1.0", 1],
  ])("reads %p as %p", (raw, expected) => {
    expect(parseSatisfaction(raw, ctx)).toEqual(value(expected));
  });

  it.each([
    [0.9999, "out-of-range"],
    [5.0001, "out-of-range"],
    [0, "out-of-range"],
    [-1, "out-of-range"],
    ["0", "out-of-range"],
    ["6分", "out-of-range"],
    ["-4", "out-of-range"],
    [Number.NaN, "not-a-number"],
    [Number.POSITIVE_INFINITY, "not-a-number"],
    ["好", "not-a-number"],
    ["4分分", "not-a-number"],
    ["4人", "not-a-number"],
    ["4/5", "not-a-number"],
    [false, "not-a-number"],
  ] as const)("rejects %p with %p", (raw, code) => {
    expect(parseSatisfaction(raw, ctx)).toEqual(failure(code));
  });

  it("uses the scale it is given", () => {
    expect(SATISFACTION_SCALE).toEqual({ min: 1, max: 5 });
    expect(parseSatisfaction(10, ctx, { min: 0, max: 10 })).toEqual(value(10));
    expect(parseSatisfaction("0分", ctx, { min: 0, max: 10 })).toEqual(value(0));
    expect(parseSatisfaction(10.5, ctx, { min: 0, max: 10 })).toEqual(failure("out-of-range"));
  });

  it("is blank, a placeholder or an Excel error like every parser", () => {
    expect(parseSatisfaction(null, ctx)).toEqual(BLANK);
    expect(parseSatisfaction("待定", ctx)).toEqual(PLACEHOLDER);
    expect(parseSatisfaction({ error: "#N/A" }, ctx)).toEqual(failure("excel-error"));
  });
});
