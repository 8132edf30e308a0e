import { dimensionReader, industryCategory } from "../../../src/engine/funnel/dimensions";
import { customer } from "./records";

describe("industryCategory", () => {
  it("takes the text before the first '-'", () => {
    expect(industryCategory("制造业-汽车零部件")).toBe("制造业");
    expect(industryCategory("医疗-器械-耗材")).toBe("医疗");
    expect(industryCategory("医疗 - 器械")).toBe("医疗");
  });

  it("keeps an industry without a 细分 whole, and a missing 大类 is blank", () => {
    expect(industryCategory("金融")).toBe("金融");
    expect(industryCategory("-器械")).toBeNull();
    expect(industryCategory(null)).toBeNull();
  });
});

describe("dimensionReader", () => {
  const record = customer({
    region: "北京",
    size: null,
    industry: "教育-培训",
    stage: "won",
    text: { source: "展会", lifecycle: null },
  });
  const read = (key: string) => dimensionReader(key)(record);

  it("reads ledger fields by key, industry by its 大类", () => {
    expect(read("region")).toBe("北京");
    expect(read("industry")).toBe("教育");
    expect(read("stage")).toBe("won");
  });

  it("reads the record's other text fields by key", () => {
    expect(read("source")).toBe("展会");
  });

  it("gives blank for blank values, unknown keys and inherited object keys", () => {
    expect(read("size")).toBe("");
    expect(read("lifecycle")).toBe("");
    expect(read("nonexistent")).toBe("");
    expect(read("constructor")).toBe("");
    expect(read("toString")).toBe("");
  });
});
