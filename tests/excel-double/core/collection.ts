import type { Outcome } from "./context";
import { propertyNotLoaded } from "./errors";
import { DoubleProxy, type DoubleClientResult, type ProxyNode } from "./proxy";

/**
 * A collection (worksheets, charts, settings…): `items` must be loaded like any property, and
 * `load("items/name")` or `load("name")` loads those properties on every item.
 */
export abstract class DoubleCollection<Item extends ProxyNode> extends DoubleProxy<readonly string[]> {
  private loadedItems: Item[] | undefined;
  private readonly cache = new Map<string, Item>();

  /** Keys of the items as they are now; null when the collection's owner is missing. */
  protected abstract keys(): readonly string[] | null;
  protected abstract makeItem(key: string): Item;

  get items(): Item[] {
    if (this.loadedItems === undefined) throw propertyNotLoaded("items", this.spec.typeName);
    return this.loadedItems;
  }

  getCount(): DoubleClientResult<number> {
    return this.queueResult("getCount", [], (keys) => keys.length);
  }

  protected locate(): readonly string[] | null {
    return this.keys();
  }

  /** One proxy per item key, so loading twice updates the same objects. */
  protected itemFor(key: string): Item {
    let item = this.cache.get(key);
    if (!item) {
      item = this.makeItem(key);
      this.cache.set(key, item);
    }
    return item;
  }

  override collectLoad(paths: readonly string[][]): Outcome {
    this.context.requireApi(this.spec.requires, this.path);
    const keys = this.resolveEntity() ?? [];
    const itemPaths = paths
      .map((path) => (path[0] === "items" ? path.slice(1) : path))
      .filter((path) => path.length > 0);
    const items = keys.map((key) => this.itemFor(key));
    const outcomes = items.map((item) => item.collectLoad(itemPaths));
    return {
      data: outcomes.map((outcome) => outcome.data),
      cells: outcomes.reduce((sum, outcome) => sum + outcome.cells, 0),
      commit: () => {
        this.loadedItems = items;
        outcomes.forEach((outcome) => outcome.commit());
      },
    };
  }
}
