import { FOLLOWUP_FIELDS, LEDGER_FIELDS, type FieldDef } from "../../src/engine/schema/fields";
import { columnSpec, displayWidth, listKeyOf } from "../../src/template/columns";

const field = (overrides: Partial<FieldDef>): FieldDef => ({
  key: "x",
  zh: "字段",
  en: "Field",
  type: "text",
  ...overrides,
});

describe("displayWidth", () => {
  it("counts CJK and full-width characters double", () => {
    expect(displayWidth("ab")).toBe(2);
    expect(displayWidth("客户")).toBe(4);
    expect(displayWidth("Ａ１")).toBe(4);
    expect(displayWidth("年营收(万元)")).toBe(12);
    expect(displayWidth("")).toBe(0);
  });
});

describe("columnSpec", () => {
  it("is at least as wide as the header plus the filter button", () => {
    for (const f of [...LEDGER_FIELDS, ...FOLLOWUP_FIELDS]) {
      for (const lang of ["zh", "en"] as const) {
        const spec = columnSpec(f, lang);
        expect(spec.width).toBeGreaterThanOrEqual(Math.min(displayWidth(spec.header), 20) + 3);
      }
    }
  });

  it("wraps a long header instead of widening past 20 + 3", () => {
    expect(columnSpec(field({ en: "x".repeat(20) }), "en").width).toBe(23);
    expect(columnSpec(field({ en: "x".repeat(21) }), "en").width).toBe(23);
    expect(columnSpec(field({ en: "x".repeat(19) }), "en").width).toBe(22);
  });

  it("uses the header of the chosen language", () => {
    expect(columnSpec(LEDGER_FIELDS[0], "zh").header).toBe("客户编号");
    expect(columnSpec(LEDGER_FIELDS[0], "en").header).toBe("Customer ID");
  });

  it("formats by type and keeps IDs and phones as text", () => {
    expect(columnSpec(field({ type: "date" }), "zh").numFmt).toBe("yyyy-mm-dd");
    expect(columnSpec(field({ type: "datetime" }), "zh").numFmt).toBe("yyyy-mm-dd hh:mm");
    expect(columnSpec(field({ type: "amount" }), "zh").numFmt).toBe("0.0");
    expect(columnSpec(field({ type: "percent" }), "zh").numFmt).toBe("0%");
    expect(columnSpec(field({ type: "id" }), "zh").numFmt).toBe("@");
    expect(columnSpec(field({ type: "phone" }), "zh").numFmt).toBe("@");
    expect(columnSpec(field({ type: "text" }), "zh").numFmt).toBeNull();
  });
});

describe("listKeyOf", () => {
  it("gives stage columns the stage list and enums their own", () => {
    expect(listKeyOf(field({ type: "stage" }))).toBe("stage");
    expect(listKeyOf(field({ type: "enum", list: "urgency" }))).toBe("urgency");
    expect(listKeyOf(field({ type: "enum" }))).toBeNull();
    expect(listKeyOf(field({ type: "text", list: "urgency" }))).toBeNull();
  });
});
