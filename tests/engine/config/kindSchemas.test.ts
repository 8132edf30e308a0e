import { describeKindIssue, kindSchema } from "../../../src/engine/config/kindSchemas";
import type { ParamKind } from "../../../src/engine/config/parameterTypes";

function describe1(kind: ParamKind, value: unknown) {
  const result = kindSchema(kind).safeParse(value);
  if (result.success) return null;
  return describeKindIssue(result.error.issues[0], kind, value);
}

describe("kindSchema", () => {
  it("builds each kind's schema once", () => {
    const kind: ParamKind = { type: "integer", min: 1 };
    expect(kindSchema(kind)).toBe(kindSchema(kind));
  });

  it.each([
    [{ type: "integer", min: 1, max: 5 }, 1, true],
    [{ type: "integer", min: 1, max: 5 }, 5, true],
    [{ type: "integer", min: 1, max: 5 }, 0, false],
    [{ type: "integer", min: 1, max: 5 }, 6, false],
    [{ type: "number", min: 0 }, 0, true],
    [{ type: "number", min: 0 }, -0.001, false],
    [{ type: "number", min: 0 }, Infinity, false],
    [{ type: "days", min: 1 }, 1, true],
    [{ type: "days", min: 1 }, 0, false],
    [{ type: "amount" }, 0, true],
    [{ type: "amount" }, -1, false],
    [{ type: "percent", stored: "points" }, 100, true],
    [{ type: "percent", stored: "points" }, 100.01, false],
    [{ type: "percent", stored: "fraction" }, 1, true],
    [{ type: "percent", stored: "fraction" }, 1.01, false],
    [{ type: "text" }, "", true],
    [{ type: "pattern" }, "^a$", true],
    [{ type: "pattern" }, "(", false],
    [{ type: "list" }, [], true],
    [{ type: "numbers", count: 2 }, [1, 2], true],
    [{ type: "numbers", count: 2 }, [2, 2], false],
    [{ type: "scoreRange" }, [5, 5], true],
    [{ type: "scoreRange" }, [5, 4], false],
    [{ type: "pointsMap", min: 1, max: 5 }, {}, true],
    [{ type: "choice", options: [{ value: "a", label: { zh: "甲", en: "A" } }] }, "a", true],
    [{ type: "choice", options: [{ value: "a", label: { zh: "甲", en: "A" } }] }, "b", false],
  ] as [ParamKind, unknown, boolean][])("%o accepts %p: %p", (kind, value, valid) => {
    expect(kindSchema(kind).safeParse(value).success).toBe(valid);
  });
});

describe("describeKindIssue", () => {
  it("speaks of a required value, whole numbers and limits", () => {
    expect(describe1({ type: "integer", min: 1 }, null)).toEqual({
      rule: "rules.missing",
      detail: { zh: "必须填写", en: "is required" },
    });
    expect(describe1({ type: "integer", min: 1 }, 1.5)?.rule).toBe("rules.not-an-integer");
    expect(describe1({ type: "integer", min: 1, max: 4 }, 5)?.detail).toEqual({
      zh: "不能大于 4",
      en: "must be at most 4",
    });
    expect(describe1({ type: "text" }, 5)?.rule).toBe("rules.not-text");
  });

  it("speaks of percents in percent", () => {
    expect(describe1({ type: "percent", stored: "fraction" }, 2)?.detail).toEqual({
      zh: "应在 0%–100% 之间",
      en: "must be between 0 % and 100 %",
    });
  });

  it("names the list item or map label at fault", () => {
    expect(describe1({ type: "list" }, ["a", ""])?.detail).toEqual({
      zh: "第 2 项不能为空",
      en: "item 2 must not be empty",
    });
    expect(describe1({ type: "pointsMap", min: 1, max: 5 }, { 低: 9 })?.detail).toEqual({
      zh: "「低」不能大于 5",
      en: '"低" must be at most 5',
    });
    expect(describe1({ type: "pointsMap", min: 1, max: 5 }, { "a、b": 1 })?.rule).toBe("rules.separator");
    expect(describe1({ type: "pointsMap", min: 1, max: 5 }, { "": 1 })?.detail.en).toBe("has a blank label");
  });

  it("counts items of fixed-length values", () => {
    expect(describe1({ type: "numbers", count: 4 }, [1, 2])).toEqual({
      rule: "rules.count",
      detail: { zh: "应有 4 项", en: "must have 4 items" },
    });
  });
});
