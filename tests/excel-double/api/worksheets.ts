import type { DoubleRequestContext } from "../core/context";
import { DoubleCollection } from "../core/collection";
import { DoubleProxy, ProxyNode } from "../core/proxy";
import { AddressError, parseRange, splitSheet, WHOLE_SHEET, type Rect } from "../model/address";
import type { SheetModel } from "../model/sheetModel";
import { invalidArgument } from "../core/errors";
import { ChartCollectionProxy } from "./charts";
import { areasOn, RangeAreasProxy } from "./rangeAreas";
import { RangeProxy } from "./range";
import { TableCollectionProxy } from "./tables";
import { requireString } from "./workbook";

/** `workbook.worksheets`. Items are keyed by sheet ID, which survives renames. */
export class WorksheetCollectionProxy extends DoubleCollection<WorksheetProxy> {
  constructor(context: DoubleRequestContext, parent: ProxyNode) {
    super(context, { path: "workbook.worksheets", typeName: "WorksheetCollection", parent });
  }

  add(name?: string): WorksheetProxy {
    const id = this.context.model.newId("sheet");
    this.queueCall("add", [name], () => {
      this.context.model.addSheet(name, undefined, id);
    });
    return this.itemFor(id);
  }

  /** By name or ID, as Excel accepts either. */
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, this, key, false);
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, this, key, true);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, this, null, false);
  }

  protected keys(): readonly string[] {
    return this.context.model.sheets.map((sheet) => sheet.id);
  }

  protected makeItem(id: string): WorksheetProxy {
    return new WorksheetProxy(this.context, this, id, false);
  }
}

export class WorksheetProxy extends DoubleProxy<SheetModel> {
  private freezeProxy: FreezePanesProxy | undefined;
  private chartsProxy: ChartCollectionProxy | undefined;
  private tablesProxy: TableCollectionProxy | undefined;

  /** `key` is a name or ID; null means the active sheet. */
  constructor(
    context: DoubleRequestContext,
    parent: ProxyNode,
    private readonly key: string | null,
    orNull: boolean,
  ) {
    super(context, {
      path: `worksheet(${key ?? "active"})`,
      typeName: "Worksheet",
      parent,
      orNull,
      requires: orNull ? "1.4" : undefined,
      navigations: ["freezePanes", "charts", "tables"],
      scalars: {
        name: {
          get: (s) => s.name,
          set: (s, value) => context.model.renameSheet(s, requireString(value, "A sheet name")),
        },
        id: { get: (s) => s.id },
        position: { get: (s) => context.model.sheets.indexOf(s) },
        visibility: {
          get: (s) => s.visibility,
          set: (s, value) => {
            s.visibility = requireString(value, "Visibility");
          },
        },
      },
    });
  }

  protected locate(): SheetModel | null {
    const model = this.context.model;
    if (this.key === null) return model.activeSheet() ?? null;
    return model.sheetById(this.key) ?? model.sheet(this.key) ?? null;
  }

  get freezePanes(): FreezePanesProxy {
    this.freezeProxy ??= new FreezePanesProxy(this.context, this);
    return this.freezeProxy;
  }

  get charts(): ChartCollectionProxy {
    this.chartsProxy ??= new ChartCollectionProxy(this.context, this);
    return this.chartsProxy;
  }

  get tables(): TableCollectionProxy {
    this.tablesProxy ??= new TableCollectionProxy(this.context, this, this);
    return this.tablesProxy;
  }

  /** The whole sheet without an address. A bad address fails at sync, as in office-js. */
  getRange(address?: string): RangeProxy {
    let rect: Rect | AddressError = WHOLE_SHEET;
    if (address !== undefined) {
      try {
        const parts = splitSheet(address);
        rect = parseRange(parts.range);
      } catch (error) {
        rect = error instanceof AddressError ? error : new AddressError(String(error));
      }
    }
    return this.rangeAt(`getRange(${address ?? ""})`, rect);
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeProxy {
    return this.rangeAt(
      `getRangeByIndexes(${row},${column},${rows},${columns})`,
      { row, column, rows, columns },
      "1.7",
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this.rangeAt(`getCell(${row},${column})`, { row, column, rows: 1, columns: 1 });
  }

  /** Several rectangles as one `RangeAreas` (ExcelApi 1.9); the address is checked at sync. */
  getRanges(address?: string): RangeAreasProxy {
    const path = `${this.path}.getRanges(${address ?? ""})`;
    return new RangeAreasProxy(
      this.context,
      path,
      this,
      areasOn(() => this.resolveEntity(), address, path),
    );
  }

  /** An empty sheet's used range is A1; `…OrNullObject` answers a null object instead. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.usedRange(valuesOnly, false);
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.usedRange(valuesOnly, true);
  }

  /** Not undoable: refused inside a merged undo group (ExcelApi 1.20). */
  delete(): void {
    this.queueCall("delete", [], (s) => this.context.model.deleteSheet(s.name), { undoable: false });
  }

  activate(): void {
    this.queueCall(
      "activate",
      [],
      (s) => {
        this.context.model.activeSheetId = s.id;
      },
      { writes: false },
    );
  }

  private rangeAt(call: string, rect: Rect | AddressError, requires?: string): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this.path}.${call}`,
      this,
      () => {
        if (rect instanceof AddressError) throw invalidArgument(rect.message, `${this.path}.${call}`);
        if (rect.row < 0 || rect.column < 0 || rect.rows < 1 || rect.columns < 1)
          throw invalidArgument(`${call} is not on the sheet`);
        const sheet = this.resolveEntity();
        return sheet === null ? null : { sheet, rect };
      },
      { requires },
    );
  }

  private usedRange(valuesOnly: boolean, orNull: boolean): RangeProxy {
    const call = `${orNull ? "getUsedRangeOrNullObject" : "getUsedRange"}(${valuesOnly})`;
    return new RangeProxy(
      this.context,
      `${this.path}.${call}`,
      this,
      () => {
        const sheet = this.resolveEntity();
        if (sheet === null) return null;
        const rect = sheet.usedRect(valuesOnly);
        if (rect === null) return orNull ? null : { sheet, rect: { row: 0, column: 0, rows: 1, columns: 1 } };
        return { sheet, rect };
      },
      { orNull, requires: orNull ? "1.4" : undefined },
    );
  }
}

/** `worksheet.freezePanes` (ExcelApi 1.7). */
export class FreezePanesProxy extends DoubleProxy<SheetModel> {
  constructor(
    context: DoubleRequestContext,
    private readonly sheet: WorksheetProxy,
  ) {
    super(context, { path: `${sheet.path}.freezePanes`, typeName: "WorksheetFreezePanes", parent: sheet });
  }

  protected locate(): SheetModel | null {
    return this.sheet.resolveEntity();
  }

  freezeRows(count = 1): void {
    this.queueCall(
      "freezeRows",
      [count],
      (s) => {
        s.frozenRows = count;
        s.frozenColumns = 0;
      },
      { requires: "1.7" },
    );
  }

  freezeColumns(count = 1): void {
    this.queueCall(
      "freezeColumns",
      [count],
      (s) => {
        s.frozenColumns = count;
        s.frozenRows = 0;
      },
      { requires: "1.7" },
    );
  }

  unfreeze(): void {
    this.queueCall(
      "unfreeze",
      [],
      (s) => {
        s.frozenRows = 0;
        s.frozenColumns = 0;
      },
      { requires: "1.7" },
    );
  }
}
