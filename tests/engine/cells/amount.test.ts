import fc from "fast-check";
import { formatAmount, parseAmount } from "../../../src/engine/cells/amount";
import { BLANK, PLACEHOLDER, failure, value } from "../../../src/engine/cells/types";
import { ctx } from "./helpers";

describe("parseAmount: numbers", () => {
  it.each([
    [50, 50],
    [49.99, 49.99],
    [0, 0],
    [-0, 0],
    [1234.5, 1234.5],
  ])("takes %p as %p 万", (raw, expected) => {
    expect(parseAmount(raw, ctx)).toEqual(value(expected));
  });

  it.each([
    [-1, "negative"],
    [-0.0001, "negative"],
    [Number.NaN, "not-a-number"],
    [Number.POSITIVE_INFINITY, "not-a-number"],
    [Number.NEGATIVE_INFINITY, "not-a-number"],
  ] as const)("rejects %p with %p", (raw, code) => {
    expect(parseAmount(raw, ctx)).toEqual(failure(code));
  });
});

describe("parseAmount: text", () => {
  it.each([
    ["50万", 50],
    ["50 万元", 50],
    ["50万元", 50],
    ["49.99万", 49.99],
    ["¥1,200,000", 120],
    ["￥1,200,000", 120],
    ["¥ 1,200,000", 120],
    ["1,200,000元", 120],
    ["¥1,200,000元", 120],
    ["12345元", 1.2345],
    ["¥50万", 50],
    ["1.2亿", 12000],
    ["1.2亿元", 12000],
    ["1.1亿", 11000],
    ["3k", 0.3],
    ["3K", 0.3],
    ["3千", 0.3],
    ["3千元", 0.3],
    ["3 k", 0.3],
    ["50", 50],
    ["1,234.5", 1234.5],
    ["0.5", 0.5],
    ["0", 0],
    ["-0", 0],
    ["５０万", 50],
    ["１，２００，０００元", 120],
    [" 50 万 ", 50],
  ])("reads %p as %p 万", (raw, expected) => {
    expect(parseAmount(raw, ctx)).toEqual(value(expected));
  });

  it.each([
    ["-50万", "negative"],
    ["-¥50", "negative"],
    ["¥-50", "negative"],
    ["-1,200,000元", "negative"],
    ["--5", "not-a-number"],
    ["-¥-5", "not-a-number"],
    ["1,2,3", "not-a-number"],
    ["12,34,567元", "not-a-number"],
    ["1234,567", "not-a-number"],
    ["1,23万", "not-a-number"],
    ["50万万", "not-a-number"],
    ["50 万 元", "not-a-number"],
    ["50w", "not-a-number"],
    ["5e3", "not-a-number"],
    ["+50", "not-a-number"],
    ["万", "not-a-number"],
    ["¥", "not-a-number"],
    ["约50万", "not-a-number"],
    ["50-100万", "not-a-number"],
    ["abc", "not-a-number"],
    ["#N/A", "not-a-number"],
    ["#DIV/0!", "not-a-number"],
    ["TRUE", "not-a-number"],
    [`1${"0".repeat(400)}`, "out-of-range"],
  ] as const)("rejects %p with %p", (raw, code) => {
    expect(parseAmount(raw, ctx)).toEqual(failure(code));
  });

  it.each([
    [true, failure("not-a-number")],
    [false, failure("not-a-number")],
    [{ error: "#VALUE!" }, failure("excel-error")],
    [null, BLANK],
    ["  ", BLANK],
    ["待定", PLACEHOLDER],
    ["-", PLACEHOLDER],
    ["n/a", PLACEHOLDER],
  ])("reads %p as %p", (raw, expected) => {
    expect(parseAmount(raw, ctx)).toEqual(expected);
  });

  it("reads whole yuan as exactly that many ten-thousandths of 万", () => {
    fc.assert(
      fc.property(fc.nat(), (yuan) => {
        expect(parseAmount(`${yuan.toLocaleString("en-US")}元`, ctx)).toEqual(value(yuan / 10000));
      }),
      { numRuns: 300 },
    );
  });
});

describe("formatAmount", () => {
  it.each([
    [0, "0万"],
    [-0, "0万"],
    [50, "50万"],
    [120, "120万"],
    [1234.5, "1,234.5万"],
    [1234567.25, "1,234,567.25万"],
    [0.0000001, "0.0000001万"],
    [-5, "-5万"],
  ])("writes %p as %p", (wan, expected) => {
    expect(formatAmount(wan)).toBe(expected);
  });

  it("is read back to the same number", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }), (wan) => {
        expect(parseAmount(formatAmount(wan), ctx)).toEqual(value(wan === 0 ? 0 : wan));
      }),
      { numRuns: 300 },
    );
  });

  it("writes negative amounts so that the parser calls them negative", () => {
    fc.assert(
      fc.property(fc.double({ min: Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }), (wan) => {
        expect(parseAmount(formatAmount(-wan), ctx)).toEqual(failure("negative"));
      }),
      { numRuns: 200 },
    );
  });
});
