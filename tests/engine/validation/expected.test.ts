import { LEDGER_FIELDS } from "../../../src/engine/schema/fields";
import { expectedForm } from "../../../src/engine/validation/expected";

const field = (key: string) => LEDGER_FIELDS.find((candidate) => candidate.key === key)!;

describe("expectedForm", () => {
  it("lists every stage for a stage field", () => {
    expect(expectedForm(field("stage"), undefined)).toEqual({
      zh: "潜在客户/意向客户/商机客户/谈判阶段/成交客户/流失客户",
      en: "Lead / Prospect / Opportunity / Negotiation / Won / Lost",
    });
  });

  it("lists the configured options of an enumeration", () => {
    expect(expectedForm(field("size"), ["大型", "小型"])).toEqual({ zh: "大型/小型", en: "大型 / 小型" });
  });

  it("shows an example of each typed form", () => {
    expect(expectedForm(field("createdOn"), undefined).zh).toBe("2024-03-15");
    expect(expectedForm(field("revenue"), undefined).zh).toContain("1.2亿");
    expect(expectedForm(field("winProbability"), undefined).en).toContain("60%");
    expect(expectedForm(field("employees"), undefined).zh).toContain("整数");
    expect(expectedForm(field("satisfaction"), undefined).en).toContain("1 to 5");
  });

  it("falls back to a generic phrase for free text", () => {
    expect(expectedForm(field("source"), undefined).en).toBe("a valid value");
  });
});
