import fc from "fast-check";
import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import { PRIORITY_BAND_COUNTS } from "../../../src/engine/config/parameterDefs/priority";
import { SEGMENT_KEYS } from "../../../src/engine/config/parameterDefs/segments";
import {
  PARAMETERS,
  PARAM_GROUP_LABELS,
  parameterByKey,
  parametersInGroup,
} from "../../../src/engine/config/parameters";
import { checkConfig } from "../../../src/engine/config/configSchema";
import { validConfig } from "./arbitraries";

describe("the parameter registry", () => {
  it("has unique keys and unique labels in each language", () => {
    for (const names of [
      PARAMETERS.map((p) => p.key),
      PARAMETERS.map((p) => p.label.zh),
      PARAMETERS.map((p) => p.label.en),
    ]) {
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("lists the parameters group by group, in the order of the group labels", () => {
    const order = Object.keys(PARAM_GROUP_LABELS);
    const groups = PARAMETERS.map((p) => order.indexOf(p.group));
    expect(groups.every((g, i) => g >= 0 && (i === 0 || g >= groups[i - 1]))).toBe(true);
    expect(order.flatMap((group) => parametersInGroup(group as keyof typeof PARAM_GROUP_LABELS))).toEqual(
      PARAMETERS,
    );
  });

  it("uses the key examples the rules editor relies on", () => {
    for (const key of [
      "priority.recency.1.months",
      "opportunity.weights.amount",
      "icp.industries",
      "segments.method",
      "funnel.period",
      "recommendations.high",
      "idPattern",
      "placeholders",
    ]) {
      expect(parameterByKey(key)?.key).toBe(key);
    }
    expect(parameterByKey("nope")).toBeUndefined();
  });

  it("reads a value for every parameter of the defaults (only optional ones may be blank)", () => {
    for (const param of PARAMETERS) {
      if (param.optional !== true)
        expect([param.key, param.get(DEFAULT_CONFIG)]).not.toEqual([param.key, null]);
    }
  });

  it("matches the shapes of the defaults", () => {
    expect(DEFAULT_CONFIG.priority.recency).toHaveLength(PRIORITY_BAND_COUNTS.recency);
    expect(DEFAULT_CONFIG.priority.frequency).toHaveLength(PRIORITY_BAND_COUNTS.frequency);
    expect(DEFAULT_CONFIG.priority.monetary).toHaveLength(PRIORITY_BAND_COUNTS.monetary);
    expect(DEFAULT_CONFIG.segments.rules.map((rule) => rule.key)).toEqual(SEGMENT_KEYS);
  });

  it("covers every value of the config except the code tables", () => {
    fc.assert(
      fc.property(validConfig, validConfig, (from, to) => {
        const copied = PARAMETERS.reduce((config, param) => param.set(config, param.get(to)), from);
        expect(copied).toEqual({ ...to, codes: from.codes });
      }),
      { numRuns: 100 },
    );
  });

  it("sets one parameter without touching the others or the input", () => {
    fc.assert(
      fc.property(validConfig, validConfig, fc.constantFrom(...PARAMETERS), (config, other, param) => {
        const before = structuredClone(config);
        const value = param.get(other);
        const next = param.set(config, value);
        expect(param.get(next)).toEqual(value);
        const others = PARAMETERS.filter((p) => p.key !== param.key);
        expect(others.map((p) => p.get(next))).toEqual(others.map((p) => p.get(config)));
        expect(config).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  it("creates an ICP range when a bound is set and drops it when both bounds are cleared", () => {
    const min = parameterByKey("icp.employees.min");
    const max = parameterByKey("icp.employees.max");
    if (min === undefined || max === undefined) throw new Error("missing ICP bounds");
    const withMin = min.set(DEFAULT_CONFIG, 50);
    expect(withMin.icp.employees).toEqual({ min: 50, max: null });
    const withBoth = max.set(withMin, 500);
    expect(withBoth.icp.employees).toEqual({ min: 50, max: 500 });
    expect(min.set(withBoth, null).icp.employees).toEqual({ min: null, max: 500 });
    expect(min.set(withMin, null).icp.employees).toBeNull();
  });

  it("offers only choices the config accepts", () => {
    for (const param of PARAMETERS) {
      if (param.kind.type !== "choice") continue;
      for (const option of param.kind.options) {
        // Rows and columns may not repeat each other; that rule is tested with the cross-field checks.
        const problems = checkConfig(param.set(DEFAULT_CONFIG, option.value)).filter(
          (found) => found.rule !== "rules.same-dimension",
        );
        expect([param.key, option.value, problems]).toEqual([param.key, option.value, []]);
      }
    }
  });
});
