import fc from "fast-check";
import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import { PARAMETERS } from "../../../src/engine/config/parameters";
import { rulesSheetRows } from "../../../src/engine/config/rulesSheet";
import { validConfig } from "./arbitraries";
import { HEADER_INDEX, VALUE, indexOfKey, read, sheet, withValues, type Rows } from "./rulesSheetFixtures";

describe("rulesSheetRows", () => {
  it("writes a title, a note, a blank row, the header, then one row per parameter", () => {
    const rows = sheet();
    expect(rows[0][0]).toBe("评分规则");
    expect(typeof rows[1][0]).toBe("string");
    expect(rows[2].every((cell) => cell === null)).toBe(true);
    expect(rows[HEADER_INDEX]).toEqual(["参数键", "分类", "参数", "值", "说明"]);
    expect(rulesSheetRows(DEFAULT_CONFIG, "en")[HEADER_INDEX]).toEqual([
      "Key",
      "Group",
      "Parameter",
      "Value",
      "Notes",
    ]);
    expect(rows.slice(HEADER_INDEX + 1).map((row) => row[0])).toEqual(PARAMETERS.map((param) => param.key));
    expect(new Set(rows.map((row) => row.length))).toEqual(new Set([5]));
  });

  it("writes weights and probability bands as percent points and lists joined with 、", () => {
    const rows = sheet();
    expect(rows[indexOfKey(rows, "opportunity.weights.amount")][VALUE]).toBe(30);
    expect(rows[indexOfKey(rows, "opportunity.probability.5")][VALUE]).toBe(80);
    expect(rows[indexOfKey(rows, "placeholders")][VALUE]).toBe("待确认、待定、未知、TBD、N/A、-");
    expect(rows[indexOfKey(rows, "segments.method")][VALUE]).toBe("五分位");
    expect(rulesSheetRows(DEFAULT_CONFIG, "en")[indexOfKey(rows, "segments.method")][VALUE]).toBe(
      "Quintiles",
    );
  });
});

describe("configFromRulesSheet round trip", () => {
  it.each(["zh", "en"] as const)("gives back the defaults from a %s sheet, with no findings", (lang) => {
    expect(read(sheet(DEFAULT_CONFIG, lang))).toEqual({ config: DEFAULT_CONFIG, findings: [] });
  });

  it("gives back any valid config, in both languages", () => {
    fc.assert(
      fc.property(validConfig, fc.constantFrom("zh" as const, "en" as const), (config, lang) => {
        expect(read(sheet(config, lang))).toEqual({ config, findings: [] });
      }),
      { numRuns: 50 },
    );
  });

  it("reads a reordered sheet and an English sheet the same as the Chinese one", () => {
    const reordered = validConfig.chain((config) => {
      const body = sheet(config, "en").slice(HEADER_INDEX + 1);
      const shuffled = fc.shuffledSubarray(body, { minLength: body.length, maxLength: body.length });
      return fc.tuple(fc.constant(config), shuffled);
    });
    fc.assert(
      fc.property(reordered, ([config, body]) => {
        const english = [...sheet(config, "en").slice(0, HEADER_INDEX + 1), ...body];
        expect(read(english).config).toEqual(read(sheet(config, "zh")).config);
        expect(read(english).config).toEqual(config);
      }),
      { numRuns: 20 },
    );
  });
});

describe("configFromRulesSheet reading", () => {
  it("keeps the base for blank values and for rows missing from the sheet", () => {
    const rows = sheet();
    const partial = [
      ...rows.slice(0, HEADER_INDEX + 1),
      ["cadence.high", null, null, 5, null],
      ["cadence.low", null, null, null, null],
      ["opportunity.tiers.high", null, null, "", null],
    ];
    const { config, findings } = read(partial);
    expect(findings).toEqual([]);
    expect(config).toEqual({ ...DEFAULT_CONFIG, cadence: { ...DEFAULT_CONFIG.cadence, high: 5 } });
  });

  it("returns the base unchanged for a blank sheet", () => {
    expect(read([])).toEqual({ config: DEFAULT_CONFIG, findings: [] });
    expect(read([[null, ""], ["  "]])).toEqual({ config: DEFAULT_CONFIG, findings: [] });
  });

  it("finds the header within the first 10 rows and not below", () => {
    const body = sheet().slice(HEADER_INDEX);
    const padded = (blank: number) => [...Array.from({ length: blank }, () => ["说明文字"]), ...body];
    expect(read(padded(9)).findings).toEqual([]);
    const tooLow = read(padded(10));
    expect(tooLow.config).toBe(DEFAULT_CONFIG);
    expect(tooLow.findings).toEqual([
      expect.objectContaining({ rule: "rules.no-header", row: null, severity: "error" }),
    ]);
  });

  it("finds the key and value columns wherever they are", () => {
    const moved: Rows = [
      [null, "Value", null, "KEY"],
      [null, 45, null, "opportunity.weights.amount"],
      [null, 10, null, "opportunity.weights.probability"],
    ];
    expect(read(moved)).toEqual({
      config: {
        ...DEFAULT_CONFIG,
        opportunity: {
          ...DEFAULT_CONFIG.opportunity,
          weights: { ...DEFAULT_CONFIG.opportunity.weights, amount: 45, probability: 10 },
        },
      },
      findings: [],
    });
  });

  it.each([30, "30", "30%", "30 %", 0.3, "0.3", "３０％"])("reads the weight %p as 30 %%", (typed) => {
    const { config, findings } = read(
      withValues({ "opportunity.weights.amount": typed, "opportunity.weights.payment": typed }),
    );
    expect(findings.filter((f) => f.rule !== "rules.weights-sum")).toEqual([]);
    expect(config.opportunity.weights.amount).toBe(30);
  });

  it.each([80, "80%", 0.8, "0.8"])("reads the probability band %p as 0.8", (typed) => {
    expect(
      read(withValues({ "opportunity.probability.5": typed })).config.opportunity.probabilityBands[0],
    ).toBe(0.8);
  });

  it("reads numbers typed as text, amounts with units and lists with any separator", () => {
    const { config, findings } = read(
      withValues({
        "cadence.high": "5",
        "opportunity.amount.5": "120万",
        "icp.industries": "医疗, 制造业-汽车零部件；金融;教育，物流、",
        "icp.employees.min": "50",
        "segments.fixed.r": "10 20、30,40",
        "segments.champions.r": "3-5",
        "segments.new.f": 2,
        "priority.strategic": "行业标杆：12, 区域龙头 = 6",
        "funnel.crossRows": "Industry",
        "segments.method": "fixed",
      }),
    );
    expect(findings).toEqual([]);
    expect(config.cadence.high).toBe(5);
    expect(config.opportunity.amountBands[0]).toBe(120);
    expect(config.icp.industries).toEqual(["医疗", "制造业-汽车零部件", "金融", "教育", "物流"]);
    expect(config.icp.employees).toEqual({ min: 50, max: null });
    expect(config.segments.fixedR).toEqual([10, 20, 30, 40]);
    expect(config.segments.rules[0]).toEqual({ key: "champions", r: [3, 5], f: [4, 5], m: [4, 5] });
    expect(config.segments.rules.find((rule) => rule.key === "new")?.f).toEqual([2, 2]);
    expect(config.priority.strategic).toEqual({ 行业标杆: 12, 区域龙头: 6 });
    expect(config.funnel.crossRows).toBe("industry");
    expect(config.segments.method).toBe("fixed");
  });

  it("identifies rows by key regardless of case and surrounding spaces", () => {
    const rows = [...sheet().slice(0, HEADER_INDEX + 1), ["  Cadence.HIGH ", null, null, 9, null]];
    expect(read(rows).config.cadence.high).toBe(9);
  });

  it("does not mutate the base config", () => {
    const base = structuredClone(DEFAULT_CONFIG);
    read(withValues({ "cadence.high": 3, "icp.regions": "北京" }), base);
    expect(base).toEqual(DEFAULT_CONFIG);
  });
});
