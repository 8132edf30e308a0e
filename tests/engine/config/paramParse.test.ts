import type { RawCell } from "../../../src/engine/cells/types";
import { readParamCell } from "../../../src/engine/config/paramParse";
import type { ParamKind } from "../../../src/engine/config/parameterTypes";

const INTEGER: ParamKind = { type: "integer", min: 0 };
const NUMBER: ParamKind = { type: "number", min: 0 };
const AMOUNT: ParamKind = { type: "amount" };
const WEIGHT: ParamKind = { type: "percent", stored: "points" };
const PROBABILITY: ParamKind = { type: "percent", stored: "fraction" };
const CHOICE: ParamKind = {
  type: "choice",
  options: [
    { value: "quintile", label: { zh: "五分位", en: "Quintiles" } },
    { value: "fixed", label: { zh: "固定切点", en: "Fixed cut-points" } },
  ],
};

const valueOf = (kind: ParamKind, cell: RawCell) => readParamCell(kind, cell);
const ok = (value: unknown) => ({ kind: "value", value });
const ruleOf = (kind: ParamKind, cell: RawCell) => {
  const read = readParamCell(kind, cell);
  return read.kind === "error" ? read.rule : read.kind;
};

describe("readParamCell", () => {
  it.each([null, undefined, "", "   ", "\u3000"])("reads %p as blank for every kind", (cell) => {
    for (const kind of [INTEGER, NUMBER, AMOUNT, WEIGHT, CHOICE, { type: "list" } as ParamKind]) {
      expect(valueOf(kind, cell)).toEqual({ kind: "blank" });
    }
  });

  it("reports an Excel error value for every kind", () => {
    for (const kind of [
      INTEGER,
      NUMBER,
      { type: "text" } as ParamKind,
      { type: "scoreRange" } as ParamKind,
    ]) {
      expect(ruleOf(kind, { error: "#VALUE!" })).toBe("rules.excel-error");
    }
  });

  it.each([
    [7, 7],
    ["7", 7],
    ["7天", 7],
    ["1,000", 1000],
  ])("reads the integer %p", (cell, expected) => {
    expect(valueOf(INTEGER, cell)).toEqual(ok(expected));
  });

  it.each([
    [7.5, "rules.not-an-integer"],
    ["7.5", "rules.not-an-integer"],
    ["七", "rules.not-a-number"],
    ["待定", "rules.not-a-number"],
  ])("rejects the integer %p as %s", (cell, rule) => {
    expect(ruleOf(INTEGER, cell)).toBe(rule);
  });

  it.each([
    [1.5, 1.5],
    ["1.5", 1.5],
    ["1,234.5", 1234.5],
    ["０.５", 0.5],
  ])("reads the number %p", (cell, expected) => {
    expect(valueOf(NUMBER, cell)).toEqual(ok(expected));
  });

  it.each(["1e3", "1.5次", "--1", "1,2"])("rejects the number %p", (cell) => {
    expect(ruleOf(NUMBER, cell)).toBe("rules.not-a-number");
  });

  it.each([
    [50, 50],
    ["50万", 50],
    ["¥1,200,000", 120],
    ["1.2亿", 12000],
    ["3千", 0.3],
  ])("reads the amount %p in 万", (cell, expected) => {
    expect(valueOf(AMOUNT, cell)).toEqual(ok(expected));
  });

  it("rejects a negative amount", () => {
    expect(ruleOf(AMOUNT, -1)).toBe("rules.negative");
  });

  it.each([
    [30, 30],
    ["30", 30],
    ["30%", 30],
    [0.3, 30],
    [1, 100],
    ["1%", 1],
    [1.01, 1.01],
    [0, 0],
    [100, 100],
    ["0.5%", 0.5],
  ])("reads the weight %p as %p percent points", (cell, expected) => {
    expect(valueOf(WEIGHT, cell)).toEqual(ok(expected));
  });

  it.each([
    [80, 0.8],
    ["80%", 0.8],
    [0.8, 0.8],
    ["55.5", 0.555],
    ["0.5%", 0.005],
  ])("reads the probability %p as the fraction %p", (cell, expected) => {
    expect(valueOf(PROBABILITY, cell)).toEqual(ok(expected));
  });

  it.each([
    [100.5, "rules.percent-out-of-range"],
    ["100.5%", "rules.percent-out-of-range"],
    ["-1%", "rules.percent-out-of-range"],
    ["三成", "rules.not-a-percent"],
  ])("rejects the percent %p as %s", (cell, rule) => {
    expect(ruleOf(WEIGHT, cell)).toBe(rule);
  });

  it("normalises text but takes a pattern as typed apart from its ends", () => {
    expect(valueOf({ type: "text" }, "  每周  跟进ＡＢ ")).toEqual(ok("每周 跟进AB"));
    expect(valueOf({ type: "text" }, 12)).toEqual(ok("12"));
    expect(valueOf({ type: "pattern" }, "  ^a  b$ ")).toEqual(ok("^a  b$"));
    expect(valueOf({ type: "pattern" }, 12)).toEqual(ok("12"));
  });

  it("splits lists on 、 , ， ; ； and drops empty items", () => {
    expect(valueOf({ type: "list" }, "北京、上海,广州，深圳;杭州；南京、、 ")).toEqual(
      ok(["北京", "上海", "广州", "深圳", "杭州", "南京"]),
    );
    expect(valueOf({ type: "list" }, "、,")).toEqual({ kind: "blank" });
    expect(valueOf({ type: "list" }, "N/A")).toEqual(ok(["N/A"]));
  });

  it("reads cut-points separated by list separators or spaces", () => {
    const cuts: ParamKind = { type: "numbers", count: 4 };
    expect(valueOf(cuts, "30、60,120 240")).toEqual(ok([30, 60, 120, 240]));
    expect(valueOf(cuts, 5)).toEqual(ok([5]));
    expect(ruleOf(cuts, "30、六十")).toBe("rules.not-a-number");
  });

  it.each([
    ["4~5", [4, 5]],
    ["4-5", [4, 5]],
    ["4–5", [4, 5]],
    ["4 至 5", [4, 5]],
    ["4到5", [4, 5]],
    ["4～5", [4, 5]],
    ["3", [3, 3]],
    [3, [3, 3]],
    ["5~4", [5, 4]],
  ])("reads the score range %p", (cell, expected) => {
    expect(valueOf({ type: "scoreRange" }, cell)).toEqual(ok(expected));
  });

  it.each(["4.5", "4~", "a~b", "4~5~6", 3.5])("rejects the score range %p", (cell) => {
    expect(ruleOf({ type: "scoreRange" }, cell)).toBe("rules.bad-range");
  });

  it("reads label=points maps with = : or ：", () => {
    const map: ParamKind = { type: "pointsMap", min: 0, max: 100 };
    expect(valueOf(map, "行业标杆=10、区域龙头：5, 普通 : 0")).toEqual(
      ok({ 行业标杆: 10, 区域龙头: 5, 普通: 0 }),
    );
    expect(ruleOf(map, "行业标杆")).toBe("rules.bad-map");
    expect(ruleOf(map, "行业标杆=高")).toBe("rules.bad-map");
    expect(ruleOf(map, "A=1、A=2")).toBe("rules.duplicate");
  });

  it.each(["五分位", "Quintiles", "quintile", "QUINTILES", " 五 分 位 "])("reads the choice %p", (cell) => {
    expect(valueOf(CHOICE, cell)).toEqual(ok("quintile"));
  });

  it("names the options of a choice it cannot read", () => {
    expect(valueOf(CHOICE, "随机")).toEqual({
      kind: "error",
      rule: "rules.not-an-option",
      detail: { zh: "应为以下之一:五分位、固定切点", en: "must be one of: Quintiles, Fixed cut-points" },
    });
  });
});
