import { DEFAULT_CONFIG } from "../../src/engine/config/defaults";
import { PARAMETERS } from "../../src/engine/config/parameters";
import { evaluateForm, textsOf } from "../../src/taskpane/rules/rulesForm";

const defaults = DEFAULT_CONFIG;

describe("rules form", () => {
  test("the default rules read back as themselves, with no problem and weights at 100 %", () => {
    const texts = textsOf(defaults, "zh");
    expect(Object.keys(texts)).toHaveLength(PARAMETERS.length);
    const evaluation = evaluateForm(texts, defaults);
    expect(evaluation.problemCount).toBe(0);
    expect(evaluation.weightsTotal).toBe(100);
    expect(evaluation.config).toEqual(defaults);
  });

  test("percent fields hold points: 35 means 35 %, a bare 1 means 1 % (not 100 %)", () => {
    const texts = {
      ...textsOf(defaults, "zh"),
      "opportunity.weights.amount": "35",
      "opportunity.weights.payment": "5",
    };
    const evaluation = evaluateForm(texts, defaults);
    expect(evaluation.weightsTotal).toBe(100);
    expect(evaluation.problemCount).toBe(0);
    expect(evaluation.config.opportunity.weights.amount).toBe(35);

    const one = evaluateForm({ ...textsOf(defaults, "zh"), "opportunity.weights.payment": "1" }, defaults);
    expect(one.weightsTotal).toBe(91);
    expect(one.fieldErrors.size).toBeGreaterThan(0);
  });

  test("weights off 100 % are reported on a weight field, in both languages", () => {
    const evaluation = evaluateForm(
      { ...textsOf(defaults, "zh"), "opportunity.weights.amount": "40" },
      defaults,
    );
    expect(evaluation.weightsTotal).toBe(110);
    expect(evaluation.problemCount).toBeGreaterThan(0);
    const messages = [...evaluation.fieldErrors.entries()].filter(([key]) =>
      key.startsWith("opportunity.weights."),
    );
    expect(messages.length).toBeGreaterThan(0);
    expect(messages[0][1][0].zh).toContain("100");
  });

  test("an unreadable field keeps the default, says why, and leaves the total unknown", () => {
    const evaluation = evaluateForm(
      { ...textsOf(defaults, "zh"), "opportunity.weights.cost": "十五" },
      defaults,
    );
    expect(evaluation.fieldErrors.get("opportunity.weights.cost")).toHaveLength(1);
    expect(evaluation.weightsTotal).toBeNull();
    // The cross-check would only echo the unreadable cell.
    expect(evaluation.problemCount).toBe(1);
  });

  test("a blank field means the default, and an optional one means not set", () => {
    const optional = PARAMETERS.find((param) => param.optional);
    const required = PARAMETERS.find((param) => !param.optional && param.kind.type === "integer");
    if (optional === undefined || required === undefined) throw new Error("registry has no such parameters");
    const evaluation = evaluateForm({ ...textsOf(defaults, "zh"), [required.key]: "  " }, defaults);
    expect(required.get(evaluation.config)).toEqual(required.get(defaults));
    expect(evaluation.problemCount).toBe(0);
    const unset = evaluateForm({ ...textsOf(defaults, "zh"), [optional.key]: "" }, defaults);
    expect(optional.get(unset.config)).toBeNull();
  });

  test("English texts read the same config", () => {
    expect(evaluateForm(textsOf(defaults, "en"), defaults).config).toEqual(defaults);
  });
});
