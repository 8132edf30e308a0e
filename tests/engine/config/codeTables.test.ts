import { CODE_PATTERN, listDisplayName, listHeaderNames } from "../../../src/engine/config/codeTables";
import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";

describe("codeTables", () => {
  it("names each default list after the column it feeds", () => {
    const names = Object.keys(DEFAULT_CONFIG.codes.lists).map((key) => listDisplayName(key).zh);
    expect(names).toEqual([
      "企业规模",
      "客户阶段",
      "需求等级",
      "战略价值",
      "跟进成本",
      "紧急程度",
      "生命周期",
      "跟进方式",
      "完成状态",
    ]);
    expect(listDisplayName("method").en).toBe("Method");
  });

  it("falls back to the key for a list no column names", () => {
    expect(listDisplayName("colour")).toEqual({ zh: "colour", en: "colour" });
    expect(listHeaderNames("colour")).toEqual(["colour"]);
  });

  it("accepts a list's key, names and aliases as its header", () => {
    expect(listHeaderNames("size")).toEqual(["size", "企业规模", "Company Size", "规模"]);
  });

  it.each([
    ["YL", true],
    ["yl", false],
    ["Y", false],
    ["YLX", false],
    ["Y1", false],
  ])("code %p valid: %p", (code, valid) => {
    expect(CODE_PATTERN.test(code)).toBe(valid);
  });
});
