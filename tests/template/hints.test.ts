import { FOLLOWUP_FIELDS, LEDGER_FIELDS, type FieldDef } from "../../src/engine/schema/fields";
import { inputHint } from "../../src/template/hints";

const ALL_FIELDS = [...LEDGER_FIELDS, ...FOLLOWUP_FIELDS];
const field = (overrides: Partial<FieldDef>): FieldDef => ({
  key: "x",
  zh: "字段",
  en: "Field",
  type: "text",
  ...overrides,
});

describe("inputHint", () => {
  it("stays within Excel's limits: 32 characters of title, 255 of message", () => {
    for (const f of ALL_FIELDS) {
      for (const lang of ["zh", "en"] as const) {
        const hint = inputHint(f, lang);
        if (hint === null) continue;
        expect(hint.title.length).toBeLessThanOrEqual(32);
        expect(hint.prompt.length).toBeLessThanOrEqual(255);
        expect(hint.prompt).not.toMatch(/^\s|\s$|\s{2}/);
      }
    }
  });

  it("says required, recommended or nothing by the field's severity", () => {
    expect(inputHint(field({ required: "error" }), "zh")?.prompt).toBe("必填。");
    expect(inputHint(field({ required: "warning" }), "en")?.prompt).toBe("Recommended.");
    expect(inputHint(field({}), "zh")).toBeNull();
  });

  it("joins the type's and the column's advice", () => {
    const due = FOLLOWUP_FIELDS.find((f) => f.key === "nextActionDue") as FieldDef;
    expect(inputHint(due, "zh")?.prompt).toBe("写成 2024-03-15 14:30(时间可省略)。填写了下一步行动时必填。");
    expect(inputHint(due, "en")?.prompt).toBe(
      "Write 2024-03-15 14:30 (the time is optional). Required when a next action is given.",
    );
  });

  it("titles the hint with the header", () => {
    const amount = LEDGER_FIELDS.find((f) => f.key === "estimatedAmount") as FieldDef;
    expect(inputHint(amount, "zh")?.title).toBe("预估采购金额(万元)");
    expect(inputHint(amount, "zh")?.prompt).toContain("金额单位:万元");
  });
});
