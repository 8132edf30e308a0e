import type { DoubleRequestContext } from "../core/context";
import { invalidArgument } from "../core/errors";
import { BagProxy } from "../core/bag";
import { DoubleCollection } from "../core/collection";
import { DoubleProxy, ProxyNode } from "../core/proxy";
import { intersects } from "../model/address";
import type { ConditionalFormatModel } from "../model/objects";
import type { SheetModel } from "../model/sheetModel";
import { RangeProxy, type RangeEntity } from "./range";

interface FormatEntity {
  readonly sheet: SheetModel;
  readonly cf: ConditionalFormatModel;
}

const TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];

/**
 * `range.conditionalFormats` (ExcelApi 1.6): the rules that touch the range, highest priority
 * first. Simplification: `clearAll()` removes every rule touching the range, where Excel trims
 * rules that extend beyond it.
 */
export class ConditionalFormatCollectionProxy extends DoubleCollection<ConditionalFormatProxy> {
  constructor(
    context: DoubleRequestContext,
    private readonly range: RangeProxy,
  ) {
    super(context, {
      path: `${range.path}.conditionalFormats`,
      typeName: "ConditionalFormatCollection",
      parent: range,
      requires: "1.6",
    });
  }

  add(type: string): ConditionalFormatProxy {
    const id = this.context.model.newId("cf");
    this.queueCall(
      "add",
      [type],
      () => {
        const entity = this.rangeEntity();
        if (!TYPES.includes(type)) throw invalidArgument(`conditional format type ${type}`);
        for (const cf of entity.sheet.conditionalFormats) cf.priority += 1;
        entity.sheet.conditionalFormats.push({
          id,
          rect: entity.rect,
          type,
          formula: null,
          fill: null,
          fontColor: null,
          priority: 0,
          stopIfTrue: false,
        });
      },
      { requires: "1.6" },
    );
    return this.itemFor(id);
  }

  getItem(id: string): ConditionalFormatProxy {
    return this.itemFor(id);
  }

  clearAll(): void {
    this.queueCall(
      "clearAll",
      [],
      () => {
        const { sheet, rect } = this.rangeEntity();
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, rect));
      },
      { requires: "1.6" },
    );
  }

  protected keys(): readonly string[] | null {
    const entity = this.range.resolveEntity();
    if (entity === null) return null;
    return entity.sheet.conditionalFormats
      .filter((cf) => intersects(cf.rect, entity.rect))
      .sort((a, b) => a.priority - b.priority)
      .map((cf) => cf.id);
  }

  protected makeItem(id: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, this, id);
  }

  private rangeEntity(): RangeEntity {
    const entity = this.range.resolveEntity();
    if (entity === null) throw invalidArgument("the range does not exist");
    return entity;
  }
}

function findFormat(context: DoubleRequestContext, id: string): FormatEntity | null {
  for (const sheet of context.model.sheets) {
    const cf = sheet.conditionalFormats.find((candidate) => candidate.id === id);
    if (cf) return { sheet, cf };
  }
  return null;
}

export class ConditionalFormatProxy extends DoubleProxy<FormatEntity> {
  private customProxy: CustomFormatProxy | undefined;
  private customOrNullProxy: CustomFormatProxy | undefined;

  constructor(
    context: DoubleRequestContext,
    parent: ProxyNode,
    private readonly formatId: string,
  ) {
    super(context, {
      path: `conditionalFormat(${formatId})`,
      typeName: "ConditionalFormat",
      parent,
      navigations: ["custom", "customOrNullObject"],
      scalars: {
        id: { get: (e) => e.cf.id },
        type: { get: (e) => e.cf.type },
        priority: {
          get: (e) => e.cf.priority,
          set: (e, value) => {
            e.cf.priority = Number(value);
          },
        },
        stopIfTrue: {
          get: (e) => e.cf.stopIfTrue,
          set: (e, value) => {
            e.cf.stopIfTrue = value === true;
          },
        },
      },
    });
  }

  protected locate(): FormatEntity | null {
    return findFormat(this.context, this.formatId);
  }

  get custom(): CustomFormatProxy {
    this.customProxy ??= new CustomFormatProxy(this.context, this, false);
    return this.customProxy;
  }

  get customOrNullObject(): CustomFormatProxy {
    this.customOrNullProxy ??= new CustomFormatProxy(this.context, this, true);
    return this.customOrNullProxy;
  }

  getRange(): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getRange()`, this, () => {
      const entity = this.resolveEntity();
      return entity === null ? null : { sheet: entity.sheet, rect: entity.cf.rect };
    });
  }

  delete(): void {
    this.queueCall("delete", [], (e) => {
      e.sheet.conditionalFormats = e.sheet.conditionalFormats.filter((cf) => cf !== e.cf);
    });
  }

  /** The rule's entity, for `custom`: only a Custom rule has one. */
  customEntity(orNull: boolean): ConditionalFormatModel | null {
    const entity = this.resolveEntity();
    if (entity === null) return null;
    if (entity.cf.type === "Custom") return entity.cf;
    if (orNull) return null;
    return this.invalidOperation(`a ${entity.cf.type} rule has no custom part`);
  }
}

/** `conditionalFormat.custom`: the rule's formula and the format it applies. */
export class CustomFormatProxy extends DoubleProxy<ConditionalFormatModel> {
  readonly rule: BagProxy<ConditionalFormatModel>;
  readonly format: BagProxy<ConditionalFormatModel>;

  constructor(
    context: DoubleRequestContext,
    private readonly owner: ConditionalFormatProxy,
    orNull: boolean,
  ) {
    super(context, {
      path: `${owner.path}.${orNull ? "customOrNullObject" : "custom"}`,
      typeName: "CustomConditionalFormat",
      parent: owner,
      orNull,
      navigations: ["rule", "format"],
    });
    const find = () => this.resolveEntity();
    const formula = {
      get: (cf: ConditionalFormatModel) => cf.formula,
      set: (cf: ConditionalFormatModel, value: unknown) => {
        if (typeof value !== "string" || !value.startsWith("="))
          throw invalidArgument("a rule formula starts with =");
        cf.formula = value;
      },
    };
    this.rule = new BagProxy(
      context,
      {
        path: `${this.path}.rule`,
        typeName: "ConditionalFormatRule",
        parent: this,
        scalars: { formula, formulaLocal: formula },
      },
      find,
    );
    const fill = new BagProxy<ConditionalFormatModel>(
      context,
      {
        path: `${this.path}.format.fill`,
        typeName: "ConditionalRangeFill",
        parent: this,
        scalars: {
          color: {
            get: (cf) => cf.fill,
            set: (cf, value) => {
              cf.fill = String(value);
            },
          },
        },
      },
      find,
    );
    const font = new BagProxy<ConditionalFormatModel>(
      context,
      {
        path: `${this.path}.format.font`,
        typeName: "ConditionalRangeFont",
        parent: this,
        scalars: {
          color: {
            get: (cf) => cf.fontColor,
            set: (cf, value) => {
              cf.fontColor = String(value);
            },
          },
        },
      },
      find,
    );
    this.format = new ConditionalRangeFormatProxy(context, `${this.path}.format`, this, find, fill, font);
  }

  protected locate(): ConditionalFormatModel | null {
    return this.owner.customEntity(this.spec.orNull === true);
  }
}

class ConditionalRangeFormatProxy extends BagProxy<ConditionalFormatModel> {
  constructor(
    context: DoubleRequestContext,
    path: string,
    parent: ProxyNode,
    find: () => ConditionalFormatModel | null,
    readonly fill: BagProxy<ConditionalFormatModel>,
    readonly font: BagProxy<ConditionalFormatModel>,
  ) {
    super(context, { path, typeName: "ConditionalRangeFormat", parent, navigations: ["fill", "font"] }, find);
  }
}
