import type { DoubleRequestContext } from "../core/context";
import { BagProxy } from "../core/bag";
import { invalidArgument } from "../core/errors";
import { DoubleProxy, type PropertyDefs, type ProxyNode } from "../core/proxy";
import {
  AddressError,
  cellCount,
  formatRange,
  parseRange,
  quoteSheet,
  splitSheet,
  type Rect,
} from "../model/address";
import type { ClearTarget, SheetModel } from "../model/sheetModel";
import { borderScalars, FILL_SCALARS, FONT_SCALARS, FORMAT_SCALARS } from "./format";
import type { RangeEntity } from "./range";

/** `Worksheet.getRanges`: one or more rectangles of one sheet (ExcelApi 1.9). */
export interface AreasEntity {
  readonly sheet: SheetModel;
  readonly rects: readonly Rect[];
}

const AREAS_API = "1.9";

/**
 * The areas of a `getRanges` address: comma- or semicolon-separated A1 ranges, each optionally
 * qualified with this sheet's name. A bad part fails the command at sync, as in office-js.
 */
export function parseAreas(address: string, sheetName: string): Rect[] {
  const parts = address.split(/[,;]/).map((part) => part.trim());
  if (parts.some((part) => part === "")) throw new AddressError(`Not a list of A1 ranges: ${address}`);
  return parts.map((part) => {
    const { sheet, range } = splitSheet(part);
    if (sheet !== null && sheet !== sheetName) throw new AddressError(`${part} is not on ${sheetName}`);
    return parseRange(range);
  });
}

/** The one value every area shares, or null when they differ (as office-js reports mixed formats). */
function shared(values: readonly unknown[]): unknown {
  return values.every((value) => value === values[0]) ? (values[0] ?? null) : null;
}

/** A range property applied to every area by one command, read back as the areas' shared value. */
function overAreas(defs: PropertyDefs<RangeEntity>): PropertyDefs<AreasEntity> {
  const result: Record<string, PropertyDefs<AreasEntity>[string]> = {};
  for (const [name, def] of Object.entries(defs)) {
    const get = def.get;
    const set = def.set;
    result[name] = {
      get: get && ((e) => shared(e.rects.map((rect) => get({ sheet: e.sheet, rect })))),
      set: set && ((e, value) => e.rects.forEach((rect) => set({ sheet: e.sheet, rect }, value))),
      requires: def.requires,
    };
  }
  return result;
}

const AREAS_SCALARS: PropertyDefs<AreasEntity> = {
  address: {
    get: (e) => e.rects.map((rect) => `${quoteSheet(e.sheet.name)}!${formatRange(rect)}`).join(","),
  },
  areaCount: { get: (e) => e.rects.length },
  cellCount: { get: (e) => e.rects.reduce((sum, rect) => sum + cellCount(rect), 0) },
};
const AREAS_FORMAT_SCALARS = overAreas(FORMAT_SCALARS);
const AREAS_FILL_SCALARS = overAreas(FILL_SCALARS);
const AREAS_FONT_SCALARS = overAreas(FONT_SCALARS);

/**
 * `Excel.RangeAreas` from `worksheet.getRanges(address)`. The address travels with every command
 * on it (it is part of the object's path), so a long list of areas costs its length each time.
 */
export class RangeAreasProxy extends DoubleProxy<AreasEntity> {
  private formatProxy: AreasFormatProxy | undefined;

  constructor(
    context: DoubleRequestContext,
    path: string,
    parent: ProxyNode,
    private readonly find: () => AreasEntity | null,
  ) {
    super(context, {
      path,
      typeName: "RangeAreas",
      parent,
      scalars: AREAS_SCALARS,
      navigations: ["format"],
    });
  }

  protected locate(): AreasEntity | null {
    this.context.requireApi(AREAS_API, this.path);
    return this.find();
  }

  get format(): AreasFormatProxy {
    this.formatProxy ??= new AreasFormatProxy(this.context, this, () => this.resolveEntity());
    return this.formatProxy;
  }

  clear(applyTo = "All"): void {
    this.queueCall("clear", [applyTo], (e) =>
      e.rects.forEach((rect) => e.sheet.clear(rect, applyTo as ClearTarget)),
    );
  }
}

/** `rangeAreas.format`: the same properties as a range's format, set on every area at once. */
export class AreasFormatProxy extends DoubleProxy<AreasEntity> {
  private fillProxy: BagProxy<AreasEntity> | undefined;
  private fontProxy: BagProxy<AreasEntity> | undefined;
  private bordersProxy: AreasBordersProxy | undefined;

  constructor(
    context: DoubleRequestContext,
    parent: RangeAreasProxy,
    private readonly find: () => AreasEntity | null,
  ) {
    super(context, {
      path: `${parent.path}.format`,
      typeName: "RangeFormat",
      parent,
      scalars: AREAS_FORMAT_SCALARS,
      navigations: ["fill", "font", "borders"],
    });
  }

  protected locate(): AreasEntity | null {
    return this.find();
  }

  get fill(): BagProxy<AreasEntity> {
    this.fillProxy ??= this.bag("fill", "RangeFill", AREAS_FILL_SCALARS);
    return this.fillProxy;
  }

  get font(): BagProxy<AreasEntity> {
    this.fontProxy ??= this.bag("font", "RangeFont", AREAS_FONT_SCALARS);
    return this.fontProxy;
  }

  get borders(): AreasBordersProxy {
    this.bordersProxy ??= new AreasBordersProxy(this.context, this, this.find);
    return this.bordersProxy;
  }

  private bag(name: string, typeName: string, scalars: PropertyDefs<AreasEntity>): BagProxy<AreasEntity> {
    return new BagProxy(
      this.context,
      { path: `${this.path}.${name}`, typeName, parent: this, scalars },
      this.find,
    );
  }
}

export class AreasBordersProxy extends DoubleProxy<AreasEntity> {
  constructor(
    context: DoubleRequestContext,
    parent: AreasFormatProxy,
    private readonly find: () => AreasEntity | null,
  ) {
    super(context, { path: `${parent.path}.borders`, typeName: "RangeBorderCollection", parent });
  }

  protected locate(): AreasEntity | null {
    return this.find();
  }

  getItem(index: string): BagProxy<AreasEntity> {
    return new BagProxy(
      this.context,
      {
        path: `${this.path}.getItem(${index})`,
        typeName: "RangeBorder",
        parent: this,
        scalars: overAreas(borderScalars(index)),
      },
      this.find,
    );
  }
}

/** Resolves a `getRanges` address on `sheet` when a command runs; a bad address fails that command. */
export function areasOn(
  sheet: () => SheetModel | null,
  address: string | undefined,
  path: string,
): () => AreasEntity | null {
  return () => {
    const model = sheet();
    if (model === null) return null;
    if (address === undefined) return { sheet: model, rects: [parseRange("A1:XFD1048576")] };
    try {
      return { sheet: model, rects: parseAreas(address, model.name) };
    } catch (error) {
      if (error instanceof AddressError) throw invalidArgument(error.message, path);
      throw error;
    }
  };
}

DoubleProxy.shareAccessors(RangeAreasProxy, AREAS_SCALARS);
DoubleProxy.shareAccessors(AreasFormatProxy, AREAS_FORMAT_SCALARS);
