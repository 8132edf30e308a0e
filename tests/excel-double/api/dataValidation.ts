import type { DoubleRequestContext } from "../core/context";
import { invalidArgument } from "../core/errors";
import { DoubleProxy } from "../core/proxy";
import { intersects } from "../model/address";
import type { RangeEntity, RangeProxy } from "./range";

const RULE_TYPES: Readonly<Record<string, string>> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

/**
 * `range.dataValidation` (ExcelApi 1.8). A rule is one of `{ list: … }`, `{ wholeNumber: … }`, …;
 * setting it replaces the rules it overlaps. Simplification: `valid` is always true.
 */
export class DataValidationProxy extends DoubleProxy<RangeEntity> {
  constructor(
    context: DoubleRequestContext,
    private readonly range: RangeProxy,
  ) {
    super(context, {
      path: `${range.path}.dataValidation`,
      typeName: "DataValidation",
      parent: range,
      scalars: {
        type: { get: (e) => ruleType(currentRule(e)), requires: "1.8" },
        rule: {
          get: (e) => currentRule(e) ?? {},
          set: (e, rule) => {
            ruleType(rule);
            e.sheet.validations = e.sheet.validations.filter((v) => !intersects(v.rect, e.rect));
            e.sheet.validations.push({ rect: e.rect, rule: JSON.parse(JSON.stringify(rule)) as unknown });
          },
          requires: "1.8",
        },
        ignoreBlanks: { get: () => true, set: () => undefined, requires: "1.8" },
        valid: { get: () => true, requires: "1.8" },
      },
    });
  }

  protected locate(): RangeEntity | null {
    return this.range.resolveEntity();
  }

  clear(): void {
    this.queueCall(
      "clear",
      [],
      (e) => {
        e.sheet.validations = e.sheet.validations.filter((v) => !intersects(v.rect, e.rect));
      },
      { requires: "1.8" },
    );
  }
}

function currentRule(e: RangeEntity): unknown {
  return (
    e.sheet.validations.find((v) => intersects(v.rect, { ...e.rect, rows: 1, columns: 1 }))?.rule ?? null
  );
}

function ruleType(rule: unknown): string {
  if (rule === null || rule === undefined) return "None";
  if (typeof rule !== "object") throw invalidArgument("a validation rule is an object");
  const keys = Object.keys(rule).filter((key) => RULE_TYPES[key]);
  if (keys.length !== 1) throw invalidArgument("a validation rule has exactly one kind");
  return RULE_TYPES[keys[0]];
}
