import { checkConfig, engineConfigSchema } from "../../../src/engine/config/configSchema";
import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";

describe("checkConfig", () => {
  it("accepts the defaults", () => {
    expect(engineConfigSchema.safeParse(DEFAULT_CONFIG).success).toBe(true);
    expect(checkConfig(DEFAULT_CONFIG)).toEqual([]);
  });

  it("explains, and never throws on, input that is not a config at all", () => {
    expect(checkConfig(null)).toEqual([
      expect.objectContaining({ keys: [], path: [], rule: "rules.invalid" }),
    ]);
    const missing = checkConfig({ ...DEFAULT_CONFIG, cadence: undefined });
    expect(missing.map((found) => found.path)).toEqual([["cadence"]]);
  });

  it("judges values only once the shape is right", () => {
    const config = { ...DEFAULT_CONFIG, idPattern: 5, cadence: { ...DEFAULT_CONFIG.cadence, high: 0 } };
    expect(checkConfig(config).map((found) => found.keys)).toEqual([["idPattern"]]);
  });

  it("carries the rule and both languages of every issue", () => {
    const [found] = checkConfig({ ...DEFAULT_CONFIG, cadence: { ...DEFAULT_CONFIG.cadence, high: 0 } });
    expect(found).toEqual({
      keys: ["cadence.high"],
      path: ["cadence", "high"],
      rule: "rules.out-of-range",
      detail: { zh: "不能小于 1", en: "must be at least 1" },
    });
  });
});
