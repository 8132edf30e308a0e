import fc from "fast-check";
import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import { parameterByKey } from "../../../src/engine/config/parameters";
import type { ParamValue } from "../../../src/engine/config/parameterTypes";
import type { CodesConfig, EngineConfig } from "../../../src/engine/config/types";
import { validateConfig } from "../../../src/engine/config/validateConfig";
import { validCodes, validConfig } from "./arbitraries";

/** The defaults with some parameters replaced. */
function withValues(values: Readonly<Record<string, ParamValue>>): EngineConfig {
  return Object.entries(values).reduce((config, [key, value]) => {
    const param = parameterByKey(key);
    if (param === undefined) throw new Error(`unknown parameter ${key}`);
    return param.set(config, value);
  }, DEFAULT_CONFIG);
}

const pathsOf = (values: Readonly<Record<string, ParamValue>>) =>
  validateConfig(withValues(values)).map((p) => p.path);

function expectValid(values: Readonly<Record<string, ParamValue>>): void {
  expect(validateConfig(withValues(values))).toEqual([]);
}

describe("validateConfig", () => {
  it("accepts the defaults and every generated valid config", () => {
    expect(validateConfig(DEFAULT_CONFIG)).toEqual([]);
    fc.assert(
      fc.property(validConfig, validCodes, (config, codes) => {
        expect(validateConfig({ ...config, codes })).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  describe("opportunity weights", () => {
    it("accept a sum of exactly 100, decimals included", () => {
      expectValid({ "opportunity.weights.amount": 31, "opportunity.weights.payment": 9 });
      expectValid({
        "opportunity.weights.amount": 33.3,
        "opportunity.weights.probability": 33.3,
        "opportunity.weights.strategic": 33.4,
        "opportunity.weights.cost": 0,
        "opportunity.weights.payment": 0,
      });
    });

    it.each([99.9, 100.1])("reject a sum of %p, naming the sum", (sum) => {
      const problems = validateConfig(withValues({ "opportunity.weights.amount": roundTo(30 + sum - 100) }));
      expect(problems).toEqual([
        {
          path: "opportunity.weights.amount",
          message: {
            zh: `「权重:预估采购金额(%)」五项权重合计为 ${sum}%,应为 100%`,
            en: `Weight: est. purchase (%): the five weights add up to ${sum} %, not 100 %`,
          },
        },
      ]);
    });

    it("reject a weight outside 0–100 %", () => {
      expect(pathsOf({ "opportunity.weights.amount": -1, "opportunity.weights.payment": 41 })).toContain(
        "opportunity.weights.amount",
      );
    });
  });

  describe("bands", () => {
    it.each([
      ["priority.recency.2.months", 4, 3],
      ["priority.frequency.2.min", 2.9, 3],
      ["priority.monetary.2.min", 49.99, 50],
      ["opportunity.amount.3", 49, 50],
      ["opportunity.probability.4", 0.79, 0.8],
    ])("%s: %p is in order, %p (equal to the band before) is not", (key, fine, equal) => {
      expectValid({ [key]: fine });
      expect(pathsOf({ [key]: equal })).toEqual([key]);
    });

    it.each([
      ["priority.recency.2.months", 2],
      ["priority.frequency.2.min", 3.1],
      ["opportunity.amount.2", 11],
    ])("%s: %p runs the wrong way", (key, value) => {
      expect(pathsOf({ [key]: value })).toEqual([key]);
    });

    it("names the band it clashes with", () => {
      const [problem] = validateConfig(withValues({ "opportunity.probability.4": 0.8 }));
      expect(problem.message.zh).toBe("「成交概率 4 分:≥(%)」应小于「成交概率 5 分:≥(%)」(80%)");
    });

    it("need whole months of at least 1", () => {
      expectValid({ "priority.recency.1.months": 1 });
      expect(pathsOf({ "priority.recency.1.months": 0 })).toEqual(["priority.recency.1.months"]);
      expect(pathsOf({ "priority.recency.1.months": 1.5 })).toEqual(["priority.recency.1.months"]);
    });

    it("keep probabilities within 0–100 %", () => {
      expectValid({ "opportunity.probability.5": 1 });
      expect(pathsOf({ "opportunity.probability.5": 1.01 })).toEqual(["opportunity.probability.5"]);
      expectValid({ "opportunity.probability.2": 0 });
      expect(pathsOf({ "opportunity.probability.2": -0.01 })).toEqual(["opportunity.probability.2"]);
    });
  });

  describe("tiers", () => {
    it.each(["priority", "opportunity"])("%s: high must exceed medium", (group) => {
      expectValid({ [`${group}.tiers.high`]: 61 });
      expect(pathsOf({ [`${group}.tiers.high`]: 60 })).toEqual([`${group}.tiers.high`]);
      expect(pathsOf({ [`${group}.tiers.high`]: 59 })).toEqual([`${group}.tiers.high`]);
    });

    it("stay within 0–100", () => {
      expectValid({ "priority.tiers.high": 100, "priority.tiers.medium": 0 });
      expect(pathsOf({ "priority.tiers.high": 100.5 })).toEqual(["priority.tiers.high"]);
      expect(pathsOf({ "priority.tiers.medium": -1 })).toEqual(["priority.tiers.medium"]);
    });
  });

  it("needs cadence days of at least 1 and a due-soon window of at least 0", () => {
    expectValid({ "cadence.high": 1, "cadence.dueSoonDays": 0 });
    expect(pathsOf({ "cadence.high": 0 })).toEqual(["cadence.high"]);
    expect(validateConfig(withValues({ "cadence.low": 0 }))[0].message.en).toBe(
      "Priority Low: contact every (days): must be at least 1",
    );
    expect(pathsOf({ "cadence.dueSoonDays": -1 })).toEqual(["cadence.dueSoonDays"]);
  });

  it("needs the fast payment days below the slow ones", () => {
    expectValid({ "opportunity.payment.fastDays": 59 });
    expect(pathsOf({ "opportunity.payment.fastDays": 60 })).toEqual(["opportunity.payment.slowDays"]);
  });

  describe("fixed cut-points", () => {
    it("need four strictly ascending numbers", () => {
      expectValid({ "segments.fixed.f": [1, 2, 3, 3.5] });
      expect(pathsOf({ "segments.fixed.f": [1, 2, 2, 3] })).toEqual(["segments.fixed.f"]);
      expect(pathsOf({ "segments.fixed.f": [4, 3, 2, 1] })).toEqual(["segments.fixed.f"]);
      expect(pathsOf({ "segments.fixed.f": [1, 2, 3] })).toEqual(["segments.fixed.f"]);
      expect(pathsOf({ "segments.fixed.f": [1, 2, 3, 4, 5] })).toEqual(["segments.fixed.f"]);
      expect(validateConfig(withValues({ "segments.fixed.r": [1, 2, 3] }))[0].message.zh).toBe(
        "「固定切点:R(距最近购买天数)」应有 4 项",
      );
    });
  });

  describe("segment rules", () => {
    it.each([
      [[1, 5], true],
      [[3, 3], true],
      [[0, 5], false],
      [[1, 6], false],
      [[4, 3], false],
      [[1.5, 3], false],
    ])("range %p valid: %p", (range, valid) => {
      expect(pathsOf({ "segments.loyal.f": range })).toEqual(valid ? [] : ["segments.loyal.f"]);
    });

    it("need each segment exactly once", () => {
      const rules = DEFAULT_CONFIG.segments.rules;
      const missing = { ...DEFAULT_CONFIG, segments: { ...DEFAULT_CONFIG.segments, rules: rules.slice(1) } };
      expect(validateConfig(missing).map((p) => p.path)).toEqual([
        "segments.champions.r",
        "segments.champions.f",
        "segments.champions.m",
      ]);
      const twice = {
        ...DEFAULT_CONFIG,
        segments: { ...DEFAULT_CONFIG.segments, rules: [...rules, rules[0]] },
      };
      expect(validateConfig(twice).map((p) => p.path)).toEqual(["segments.champions.r"]);
    });
  });

  it("needs an ID pattern that compiles", () => {
    expectValid({ idPattern: "^C\\d+$" });
    expect(validateConfig(withValues({ idPattern: "^[A-Z" }))).toEqual([
      {
        path: "idPattern",
        message: {
          zh: "「客户编号格式」不是有效的正则表达式",
          en: "Customer ID pattern: is not a valid regular expression",
        },
      },
    ]);
    expect(pathsOf({ idPattern: "" })).toEqual(["idPattern"]);
  });

  it("needs two different cross-table dimensions", () => {
    expectValid({ "funnel.crossRows": "size", "funnel.crossColumns": "region" });
    expect(pathsOf({ "funnel.crossColumns": "region" })).toEqual(["funnel.crossColumns"]);
  });

  it("needs an ICP minimum no larger than its maximum", () => {
    expectValid({ "icp.employees.min": 50, "icp.employees.max": 50 });
    expectValid({ "icp.revenue.max": 100 });
    expect(pathsOf({ "icp.employees.min": 51, "icp.employees.max": 50 })).toEqual(["icp.employees.max"]);
    expect(pathsOf({ "icp.employees.min": -1 })).toEqual(["icp.employees.min"]);
  });

  it("keeps factor points within 1–5 and map labels free of separators", () => {
    expectValid({ "opportunity.strategic": { 行业标杆: 5, 普通: 1 } });
    expect(pathsOf({ "opportunity.strategic": { 行业标杆: 6 } })).toEqual(["opportunity.strategic"]);
    expect(pathsOf({ "opportunity.cost": { 低: 0 } })).toEqual(["opportunity.cost"]);
    expect(validateConfig(withValues({ "opportunity.cost": { 低: 0 } }))[0].message.zh).toBe(
      "「跟进成本:得分」「低」不能小于 1",
    );
    expect(pathsOf({ "opportunity.cost": { "低=1": 1 } })).toEqual(["opportunity.cost"]);
    expect(pathsOf({ "opportunity.cost": { "": 1 } })).toEqual(["opportunity.cost"]);
  });

  it("keeps list items non-empty and free of separators", () => {
    expectValid({ "icp.regions": ["北京", "上海"] });
    expect(pathsOf({ "icp.regions": ["北京,上海"] })).toEqual(["icp.regions"]);
    expect(pathsOf({ placeholders: ["待定", ""] })).toEqual(["placeholders"]);
  });

  it("keeps churn signal counts and satisfaction on their scales", () => {
    expectValid({ "churn.highSignals": 4, "churn.satisfactionAtMost": 5 });
    expect(pathsOf({ "churn.highSignals": 5 })).toEqual(["churn.highSignals"]);
    expect(pathsOf({ "churn.satisfactionAtMost": 5.5 })).toEqual(["churn.satisfactionAtMost"]);
  });

  it("explains values of the wrong type, as a form might send them", () => {
    const config = withValues({});
    const broken = { ...config, cadence: { ...config.cadence, high: "7" } } as unknown as EngineConfig;
    expect(validateConfig(broken)).toEqual([
      {
        path: "cadence.high",
        message: {
          zh: "「高优先级:跟进间隔(天)」应为数字",
          en: "Priority High: contact every (days): must be a number",
        },
      },
    ]);
    const period = { ...config, funnel: { ...config.funnel, period: "year" } } as unknown as EngineConfig;
    expect(validateConfig(period)[0].message.zh).toBe("「漏斗统计期间」应为以下之一:全部、本月、本季度");
    const short = { ...config, priority: { ...config.priority, recency: config.priority.recency.slice(1) } };
    expect(validateConfig(short)).toEqual([
      {
        path: "priority.recency",
        message: {
          zh: "配置项 priority.recency 的结构不正确",
          en: "the setting priority.recency does not have the expected structure",
        },
      },
    ]);
  });

  describe("codes", () => {
    const withCodes = (codes: Partial<CodesConfig>) =>
      validateConfig({ ...DEFAULT_CONFIG, codes: { ...DEFAULT_CONFIG.codes, ...codes } });

    it("need two capital letters", () => {
      for (const code of ["yl", "Y", "YLX", "Y1"]) {
        expect(withCodes({ industry: { 医疗: code } })).toEqual([
          {
            path: "codes.industry.医疗",
            message: {
              zh: `「行业代码」中「医疗」的代码「${code}」应为两个大写字母`,
              en: `"Industry codes": the code "${code}" of "医疗" must be two capital letters`,
            },
          },
        ]);
      }
    });

    it("flag every name sharing a code", () => {
      expect(withCodes({ size: { 大型: "DX", 中型: "DX", 小型: "XX" } }).map((p) => p.path)).toEqual([
        "codes.size.大型",
        "codes.size.中型",
      ]);
    });

    it("need non-empty tables and lists", () => {
      expect(withCodes({ industry: {} }).map((p) => p.path)).toEqual(["codes.industry"]);
      expect(withCodes({ lists: { ...DEFAULT_CONFIG.codes.lists, method: [] } })).toEqual([
        {
          path: "codes.lists.method",
          message: { zh: "选项列表「跟进方式」不能为空", en: 'the option list "Method" must not be empty' },
        },
      ]);
    });

    it("need the six stages and nothing else in the stage table", () => {
      const { 流失客户: _lost, ...fiveStages } = DEFAULT_CONFIG.codes.stage;
      expect(withCodes({ stage: fiveStages }).map((p) => p.path)).toEqual(["codes.stage"]);
      expect(
        withCodes({ stage: { ...DEFAULT_CONFIG.codes.stage, 休眠客户: "XM" } }).map((p) => p.path),
      ).toEqual(["codes.stage.休眠客户"]);
    });
  });
});

function roundTo(n: number): number {
  return Number(n.toFixed(6));
}
