import type { DoubleRequestContext } from "../core/context";
import { invalidArgument, itemNotFound } from "../core/errors";
import { DoubleCollection } from "../core/collection";
import { DoubleProxy, ProxyNode } from "../core/proxy";
import type { NamedItemModel } from "../model/workbookModel";
import { requireString } from "./workbook";

interface SettingEntity {
  readonly key: string;
  readonly value: unknown;
}

/** `workbook.settings` (ExcelApi 1.4): the add-in's key–value store saved in the file. */
export class SettingCollectionProxy extends DoubleCollection<SettingProxy> {
  constructor(context: DoubleRequestContext, parent: ProxyNode) {
    super(context, { path: "workbook.settings", typeName: "SettingCollection", parent });
  }

  add(key: string, value: unknown): SettingProxy {
    this.queueCall("add", [key, value], () => {
      this.context.model.settings.set(requireString(key, "A setting's key"), clone(value));
    });
    return this.itemFor(key);
  }

  getItem(key: string): SettingProxy {
    return this.itemFor(key);
  }

  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.context, this, key, true);
  }

  protected keys(): readonly string[] {
    return [...this.context.model.settings.keys()];
  }

  protected makeItem(key: string): SettingProxy {
    return new SettingProxy(this.context, this, key, false);
  }
}

export class SettingProxy extends DoubleProxy<SettingEntity> {
  constructor(
    context: DoubleRequestContext,
    parent: SettingCollectionProxy,
    private readonly settingKey: string,
    orNull: boolean,
  ) {
    super(context, {
      path: `workbook.settings[${settingKey}]`,
      typeName: "Setting",
      parent,
      orNull,
      scalars: {
        key: { get: (s) => s.key },
        value: {
          get: (s) => clone(s.value),
          set: (s, value) => {
            context.model.settings.set(s.key, clone(value));
          },
        },
      },
    });
  }

  delete(): void {
    this.queueCall("delete", [], (s) => {
      this.context.model.settings.delete(s.key);
    });
  }

  protected locate(): SettingEntity | null {
    const settings = this.context.model.settings;
    return settings.has(this.settingKey)
      ? { key: this.settingKey, value: settings.get(this.settingKey) }
      : null;
  }
}

/** Settings hold JSON: what goes in is what comes out, never a shared object. */
function clone(value: unknown): unknown {
  if (value === undefined) throw invalidArgument("a setting needs a value");
  return JSON.parse(JSON.stringify(value)) as unknown;
}

interface NamedItemEntity {
  readonly name: string;
  readonly item: NamedItemModel;
}

/** `workbook.names`: defined names. A range reference is stored as its address formula. */
export class NamedItemCollectionProxy extends DoubleCollection<NamedItemProxy> {
  constructor(context: DoubleRequestContext, parent: ProxyNode) {
    super(context, { path: "workbook.names", typeName: "NamedItemCollection", parent });
  }

  add(name: string, reference: unknown, comment = ""): NamedItemProxy {
    this.queueCall("add", [name, describe(reference), comment], () => {
      const formula = typeof reference === "string" ? reference : `=${addressOf(reference)}`;
      this.context.model.names.set(requireString(name, "A name"), { formula, comment });
    });
    return this.itemFor(name);
  }

  getItem(name: string): NamedItemProxy {
    return this.itemFor(name);
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, this, name, true);
  }

  protected keys(): readonly string[] {
    return [...this.context.model.names.keys()];
  }

  protected makeItem(key: string): NamedItemProxy {
    return new NamedItemProxy(this.context, this, key, false);
  }
}

export class NamedItemProxy extends DoubleProxy<NamedItemEntity> {
  constructor(
    context: DoubleRequestContext,
    parent: NamedItemCollectionProxy,
    private readonly itemName: string,
    orNull: boolean,
  ) {
    super(context, {
      path: `workbook.names[${itemName}]`,
      typeName: "NamedItem",
      parent,
      orNull,
      scalars: {
        name: { get: (n) => n.name },
        formula: {
          get: (n) => n.item.formula,
          set: (n, value) => {
            n.item.formula = requireString(value, "A name's formula");
          },
        },
        comment: { get: (n) => n.item.comment },
        type: { get: (n) => (n.item.formula.includes("!") ? "Range" : "String") },
        visible: { get: () => true },
      },
    });
  }

  delete(): void {
    this.queueCall("delete", [], (n) => {
      this.context.model.names.delete(n.name);
    });
  }

  protected locate(): NamedItemEntity | null {
    const item = this.context.model.names.get(this.itemName);
    return item ? { name: this.itemName, item } : null;
  }
}

function describe(reference: unknown): unknown {
  return reference instanceof DoubleProxy ? reference.path : reference;
}

function addressOf(reference: unknown): string {
  const address = (reference as { currentAddress?: () => string }).currentAddress;
  if (typeof address !== "function") throw itemNotFound("the range a name refers to");
  return address.call(reference);
}
