import type { DoubleRequestContext } from "../core/context";
import { invalidArgument, officeError, ErrorCodes } from "../core/errors";
import { DoubleCollection } from "../core/collection";
import { DoubleProxy, ProxyNode } from "../core/proxy";
import { intersects, parseRange, splitSheet, type Rect } from "../model/address";
import type { TableModel } from "../model/objects";
import type { SheetModel } from "../model/sheetModel";
import { RangeProxy } from "./range";

interface TableEntity {
  readonly sheet: SheetModel;
  readonly table: TableModel;
}

function findTable(context: DoubleRequestContext, key: string): TableEntity | null {
  const wanted = key.toLowerCase();
  for (const sheet of context.model.sheets) {
    const table = sheet.tables.find((t) => t.id === key || t.name.toLowerCase() === wanted);
    if (table) return { sheet, table };
  }
  return null;
}

/** `workbook.tables` or `worksheet.tables`. */
export class TableCollectionProxy extends DoubleCollection<TableProxy> {
  constructor(
    context: DoubleRequestContext,
    parent: ProxyNode,
    private readonly sheet: DoubleProxy<SheetModel> | null,
  ) {
    super(context, { path: `${parent.path}.tables`, typeName: "TableCollection", parent });
  }

  add(address: unknown, hasHeaders: boolean): TableProxy {
    const id = this.context.model.newId("table");
    this.queueCall("add", [address instanceof DoubleProxy ? address.path : address, hasHeaders], () => {
      const { sheet, rect } = this.target(address);
      if (sheet.tables.some((t) => intersects(t.rect, rect))) {
        throw officeError(ErrorCodes.invalidOperation, "A table cannot overlap another table.");
      }
      const count = this.context.model.sheets.reduce((n, s) => n + s.tables.length, 0);
      sheet.tables.push({ id, name: `Table${count + 1}`, rect, showHeaders: hasHeaders });
    });
    return this.itemFor(id);
  }

  getItem(key: string): TableProxy {
    return this.itemFor(key);
  }

  getItemOrNullObject(key: string): TableProxy {
    return new TableProxy(this.context, this, key, true);
  }

  protected keys(): readonly string[] | null {
    if (this.sheet === null) return this.context.model.sheets.flatMap((s) => s.tables.map((t) => t.id));
    const sheet = this.sheet.resolveEntity();
    return sheet === null ? null : sheet.tables.map((t) => t.id);
  }

  protected makeItem(key: string): TableProxy {
    return new TableProxy(this.context, this, key, false);
  }

  private target(address: unknown): { sheet: SheetModel; rect: Rect } {
    if (address instanceof RangeProxy) {
      const entity = address.resolveEntity();
      if (entity === null) throw invalidArgument("the table's range does not exist");
      return entity;
    }
    if (typeof address !== "string") throw invalidArgument("a table's address");
    const parts = splitSheet(address);
    const own = this.sheet?.resolveEntity() ?? null;
    const sheet = parts.sheet === null ? own : this.context.model.sheet(parts.sheet);
    if (!sheet) throw invalidArgument(`"${address}" names no sheet`);
    return { sheet, rect: parseRange(parts.range) };
  }
}

export class TableProxy extends DoubleProxy<TableEntity> {
  constructor(
    context: DoubleRequestContext,
    parent: ProxyNode,
    private readonly key: string,
    orNull: boolean,
  ) {
    super(context, {
      path: `table(${key})`,
      typeName: "Table",
      parent,
      orNull,
      requires: orNull ? "1.4" : undefined,
      scalars: {
        id: { get: (e) => e.table.id },
        name: {
          get: (e) => e.table.name,
          set: (e, value) => {
            e.table.name = String(value);
          },
        },
        showHeaders: {
          get: (e) => e.table.showHeaders,
          set: (e, value) => {
            e.table.showHeaders = value === true;
          },
        },
      },
    });
  }

  protected locate(): TableEntity | null {
    return findTable(this.context, this.key);
  }

  getRange(): RangeProxy {
    return this.part("getRange()", (r) => r);
  }

  getHeaderRowRange(): RangeProxy {
    return this.part("getHeaderRowRange()", (r) => ({ ...r, rows: 1 }));
  }

  getDataBodyRange(): RangeProxy {
    return this.part("getDataBodyRange()", (r, headers) =>
      headers ? { ...r, row: r.row + 1, rows: r.rows - 1 } : r,
    );
  }

  delete(): void {
    this.queueCall("delete", [], (e) => {
      e.sheet.clear(e.table.rect, "All");
      e.sheet.tables = e.sheet.tables.filter((t) => t !== e.table);
    });
  }

  private part(call: string, pick: (rect: Rect, headers: boolean) => Rect): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.${call}`, this, () => {
      const entity = this.resolveEntity();
      return entity === null
        ? null
        : { sheet: entity.sheet, rect: pick(entity.table.rect, entity.table.showHeaders) };
    });
  }
}
