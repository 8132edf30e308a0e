import { parseEnum } from "../../../src/engine/cells/enum";
import { BLANK, PLACEHOLDER, failure, value } from "../../../src/engine/cells/types";
import { ctx } from "./helpers";

const SIZES = ["大型", "中型", "小型", "个体"];
const CLASSES = ["A", "B", "C"];
const METHODS = ["电话", "拜访", "面谈", "邮件", "行业活动", "微信", "WeChat Call"];

describe("parseEnum", () => {
  it.each([
    ["中型", SIZES, "中型"],
    [" 中型\u3000", SIZES, "中型"],
    ["a", CLASSES, "A"],
    ["Ａ", CLASSES, "A"],
    ["ｂ", CLASSES, "B"],
    ["wechat  call", METHODS, "WeChat Call"],
    ["WECHAT CALL", METHODS, "WeChat Call"],
    ["行业活动", METHODS, "行业活动"],
    [1, ["1", "2"], "1"],
    [true, ["TRUE", "FALSE"], "TRUE"],
  ])("reads %p among %p as %p", (raw, options, expected) => {
    expect(parseEnum(raw, ctx, options)).toEqual(value(expected));
  });

  it("matches options written with odd widths and spaces, returning them as listed", () => {
    const options = [" 高 ", "ＶＩＰ"];
    expect(parseEnum("高", ctx, options)).toEqual(value(" 高 "));
    expect(parseEnum("vip", ctx, options)).toEqual(value("ＶＩＰ"));
  });

  it("prefers the first of two options that differ only in case", () => {
    expect(parseEnum("A", ctx, ["a", "A"])).toEqual(value("a"));
  });

  it.each([
    ["中", SIZES],
    ["中型企业", SIZES],
    ["D", CLASSES],
    ["AB", CLASSES],
    [1, CLASSES],
    [false, CLASSES],
    ["#N/A", CLASSES],
    ["中型", []],
  ])("rejects %p among %p", (raw, options) => {
    expect(parseEnum(raw, ctx, options)).toEqual(failure("not-an-option"));
  });

  it("gives the same answers when asked again (the lookup is cached per list)", () => {
    const options = ["电话", "微信"];
    expect(parseEnum("微信", ctx, options)).toEqual(value("微信"));
    expect(parseEnum("微信", ctx, options)).toEqual(value("微信"));
    expect(parseEnum("微信", ctx, ["电话"])).toEqual(failure("not-an-option"));
  });

  it.each([
    [null, BLANK],
    ["  ", BLANK],
    ["待定", PLACEHOLDER],
    ["tbd", PLACEHOLDER],
    [{ error: "#N/A" }, failure("excel-error")],
  ])("reads %p as %p", (raw, expected) => {
    expect(parseEnum(raw, ctx, SIZES)).toEqual(expected);
  });

  it("treats a placeholder as blank even when a list names it", () => {
    expect(parseEnum("未知", ctx, ["已知", "未知"])).toEqual(PLACEHOLDER);
  });
});
