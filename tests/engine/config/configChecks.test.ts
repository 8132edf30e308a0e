import { crossFieldIssues } from "../../../src/engine/config/configChecks";
import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import { parameterByKey } from "../../../src/engine/config/parameters";
import type { ParamValue } from "../../../src/engine/config/parameterTypes";

function withValues(values: Readonly<Record<string, ParamValue>>) {
  return Object.entries(values).reduce((config, [key, value]) => {
    const param = parameterByKey(key);
    if (param === undefined) throw new Error(key);
    return param.set(config, value);
  }, DEFAULT_CONFIG);
}

describe("crossFieldIssues", () => {
  it("finds nothing in the defaults", () => {
    expect(crossFieldIssues(DEFAULT_CONFIG)).toEqual([]);
  });

  it("names both parameters of an order issue, the later one first", () => {
    expect(crossFieldIssues(withValues({ "priority.monetary.2.min": 50 }))).toEqual([
      {
        keys: ["priority.monetary.2.min", "priority.monetary.1.min"],
        path: ["priority", "monetary", 1, "min"],
        rule: "rules.order",
        detail: {
          zh: "应小于「M 第1档:预估采购金额 ≥(万元)」(50)",
          en: 'must be less than "M band 1: est. purchase ≥ (10k CNY)" (50)',
        },
      },
    ]);
  });

  it("names all five weights of a sum issue", () => {
    const [found] = crossFieldIssues(withValues({ "opportunity.weights.cost": 16 }));
    expect(found.rule).toBe("rules.weights-sum");
    expect(found.keys).toEqual([
      "opportunity.weights.amount",
      "opportunity.weights.probability",
      "opportunity.weights.strategic",
      "opportunity.weights.cost",
      "opportunity.weights.payment",
    ]);
  });

  it("compares ICP bounds only when both are set", () => {
    expect(crossFieldIssues(withValues({ "icp.revenue.min": 500 }))).toEqual([]);
    expect(
      crossFieldIssues(withValues({ "icp.revenue.min": 500, "icp.revenue.max": 499.99 })).map((i) => i.rule),
    ).toEqual(["rules.order"]);
  });

  it("reports each out-of-order step once", () => {
    const issues = crossFieldIssues(withValues({ "opportunity.amount.5": 1 }));
    expect(issues.map((i) => i.keys[0])).toEqual(["opportunity.amount.4"]);
    const reversed = crossFieldIssues(
      withValues({
        "opportunity.amount.5": 1,
        "opportunity.amount.4": 2,
        "opportunity.amount.3": 3,
        "opportunity.amount.2": 4,
      }),
    );
    expect(reversed.map((i) => i.keys[0])).toEqual([
      "opportunity.amount.4",
      "opportunity.amount.3",
      "opportunity.amount.2",
    ]);
  });
});
