import type { DoubleRequestContext } from "../core/context";
import { invalidArgument } from "../core/errors";
import { DoubleProxy, type PropertyDefs, ProxyNode } from "../core/proxy";
import { cellCount, formatAddress, type Rect } from "../model/address";
import { displayText, valueOut, valueType } from "../model/cellInput";
import type { HyperlinkModel } from "../model/objects";
import type { SheetModel } from "../model/sheetModel";
import { ConditionalFormatCollectionProxy } from "./conditionalFormats";
import { DataValidationProxy } from "./dataValidation";
import { RangeFormatProxy } from "./format";

export interface RangeEntity {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

type Matrix = unknown[][];

function grid<T>(rect: Rect, cell: (row: number, column: number) => T): T[][] {
  const rows: T[][] = new Array<T[]>(rect.rows);
  for (let r = 0; r < rect.rows; r++) {
    const line = new Array<T>(rect.columns);
    for (let c = 0; c < rect.columns; c++) line[c] = cell(rect.row + r, rect.column + c);
    rows[r] = line;
  }
  return rows;
}

/** Each input of a 2-D array goes to its cell; a lone value goes to every cell. Shapes must match. */
function eachInput(
  entity: RangeEntity,
  input: unknown,
  apply: (row: number, column: number, value: unknown) => void,
): void {
  const { rect } = entity;
  if (!Array.isArray(input)) {
    for (let r = 0; r < rect.rows; r++)
      for (let c = 0; c < rect.columns; c++) apply(rect.row + r, rect.column + c, input);
    return;
  }
  const matrix = input as Matrix;
  if (
    matrix.length !== rect.rows ||
    matrix.some((line) => !Array.isArray(line) || line.length !== rect.columns)
  ) {
    throw invalidArgument(
      `the input array is not ${rect.rows} × ${rect.columns}, the size of ${formatAddress(entity.sheet.name, rect)}`,
    );
  }
  matrix.forEach((line, r) => line.forEach((value, c) => apply(rect.row + r, rect.column + c, value)));
}

const cells = (e: RangeEntity) => cellCount(e.rect);

function hyperlinkInput(value: unknown): HyperlinkModel {
  if (typeof value !== "object" || value === null) throw invalidArgument("a hyperlink is an object");
  const { address, documentReference, textToDisplay, screenTip } = value as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" ? v : undefined);
  return {
    address: text(address),
    documentReference: text(documentReference),
    textToDisplay: text(textToDisplay),
    screenTip: text(screenTip),
  };
}

const RANGE_SCALARS: PropertyDefs<RangeEntity> = {
  address: { get: (e) => formatAddress(e.sheet.name, e.rect) },
  addressLocal: { get: (e) => formatAddress(e.sheet.name, e.rect) },
  rowIndex: { get: (e) => e.rect.row },
  columnIndex: { get: (e) => e.rect.column },
  rowCount: { get: (e) => e.rect.rows },
  columnCount: { get: (e) => e.rect.columns },
  cellCount: { get: (e) => cellCount(e.rect) },
  values: {
    get: (e) => grid(e.rect, (r, c) => valueOut(e.sheet.values.get(r, c))),
    set: (e, input) => eachInput(e, input, (r, c, value) => e.sheet.write(r, c, value, "values")),
    cells,
  },
  formulas: {
    get: (e) => grid(e.rect, (r, c) => e.sheet.formulas.get(r, c) ?? valueOut(e.sheet.values.get(r, c))),
    set: (e, input) => eachInput(e, input, (r, c, value) => e.sheet.write(r, c, value, "formulas")),
    cells,
  },
  numberFormat: {
    get: (e) => grid(e.rect, (r, c) => e.sheet.numberFormat(r, c)),
    set: (e, input) => eachInput(e, input, (r, c, value) => e.sheet.setNumberFormat(r, c, value)),
    cells,
  },
  valueTypes: { get: (e) => grid(e.rect, (r, c) => valueType(e.sheet.values.get(r, c))), cells },
  text: {
    get: (e) =>
      grid(e.rect, (r, c) =>
        displayText(e.sheet.values.get(r, c), e.sheet.numberFormat(r, c), e.sheet.date1904()),
      ),
    cells,
  },
  hyperlink: {
    get: (e) => e.sheet.hyperlinks.get(e.rect.row, e.rect.column) ?? null,
    set: (e, value) => {
      const link = hyperlinkInput(value);
      eachInput(e, null, (r, c) => {
        e.sheet.hyperlinks.set(r, c, link);
        // The link's text becomes the cell's text; an empty cell shows the target.
        const shown =
          link.textToDisplay ??
          (e.sheet.values.get(r, c) === undefined ? (link.address ?? link.documentReference) : undefined);
        if (shown !== undefined) e.sheet.store(r, c, { value: shown });
      });
    },
    cells,
    requires: "1.7",
  },
};

/**
 * `Excel.Range`. Where the range is comes from `find`, evaluated when a command runs: a fixed
 * address, the used range as it is at that moment, or a range derived from another one.
 */
export class RangeProxy extends DoubleProxy<RangeEntity> {
  private formatProxy: RangeFormatProxy | undefined;
  private formatsProxy: ConditionalFormatCollectionProxy | undefined;
  private validationProxy: DataValidationProxy | undefined;

  constructor(
    context: DoubleRequestContext,
    path: string,
    parent: ProxyNode | null,
    private readonly find: () => RangeEntity | null,
    options: { readonly orNull?: boolean; readonly requires?: string } = {},
  ) {
    super(context, {
      path,
      typeName: "Range",
      parent,
      orNull: options.orNull,
      requires: options.requires,
      scalars: RANGE_SCALARS,
      navigations: ["format", "conditionalFormats", "dataValidation"],
    });
  }

  protected locate(): RangeEntity | null {
    return this.find();
  }

  get format(): RangeFormatProxy {
    this.formatProxy ??= new RangeFormatProxy(this.context, this);
    return this.formatProxy;
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    this.formatsProxy ??= new ConditionalFormatCollectionProxy(this.context, this);
    return this.formatsProxy;
  }

  get dataValidation(): DataValidationProxy {
    this.validationProxy ??= new DataValidationProxy(this.context, this);
    return this.validationProxy;
  }

  /** The address right now (used by `names.add`). */
  currentAddress(): string {
    const entity = this.resolveEntity();
    if (entity === null) throw invalidArgument("the range does not exist");
    return formatAddress(entity.sheet.name, entity.rect);
  }

  clear(applyTo = "All"): void {
    const requires = applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks" ? "1.7" : undefined;
    this.queueCall(
      "clear",
      [applyTo],
      (e) => e.sheet.clear(e.rect, applyTo as Parameters<SheetModel["clear"]>[1]),
      {
        requires,
      },
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derive(`getCell(${row},${column})`, (r) => ({
      row: r.row + row,
      column: r.column + column,
      rows: 1,
      columns: 1,
    }));
  }

  getOffsetRange(rows: number, columns: number): RangeProxy {
    return this.derive(`getOffsetRange(${rows},${columns})`, (r) => ({
      ...r,
      row: r.row + rows,
      column: r.column + columns,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derive(`getResizedRange(${deltaRows},${deltaColumns})`, (r) => ({
      ...r,
      rows: r.rows + deltaRows,
      columns: r.columns + deltaColumns,
    }));
  }

  getEntireColumn(): RangeProxy {
    return this.derive("getEntireColumn()", (r) => ({ ...r, row: 0, rows: 1_048_576 }));
  }

  getEntireRow(): RangeProxy {
    return this.derive("getEntireRow()", (r) => ({ ...r, column: 0, columns: 16_384 }));
  }

  select(): void {
    this.queueCall("select", [], () => undefined, { writes: false });
  }

  private derive(call: string, move: (rect: Rect) => Rect): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.${call}`, this, () => {
      const entity = this.resolveEntity();
      if (entity === null) return null;
      const rect = move(entity.rect);
      if (rect.row < 0 || rect.column < 0 || rect.rows < 1 || rect.columns < 1)
        throw invalidArgument(`${call} leaves the sheet`);
      return { sheet: entity.sheet, rect };
    });
  }
}

DoubleProxy.shareAccessors(RangeProxy, RANGE_SCALARS);
