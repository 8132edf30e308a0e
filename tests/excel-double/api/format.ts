import type { DoubleRequestContext } from "../core/context";
import { invalidArgument } from "../core/errors";
import { BagProxy } from "../core/bag";
import { DoubleProxy, type PropertyDef, type PropertyDefs } from "../core/proxy";
import { displayText } from "../model/cellInput";
import type { CellFormat } from "../model/objects";
import type { RangeEntity, RangeProxy } from "./range";

/** Widths in points from characters, as Excel sizes Calibri 11: 7 px a character plus 5 px padding. */
function pointsForCharacters(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** A format property every cell of the range shares (null when they differ), set on all of them. */
function formatProperty<K extends keyof CellFormat>(
  key: K,
  check: (value: unknown) => CellFormat[K],
): PropertyDef<RangeEntity> {
  return {
    get: (e) => e.sheet.sharedFormat(e.rect, key),
    set: (e, value) => e.sheet.patchFormat(e.rect, { [key]: check(value) }),
  };
}

const text = (value: unknown): string => {
  if (typeof value !== "string") throw invalidArgument("expected text");
  return value;
};
const flag = (value: unknown): boolean => {
  if (typeof value !== "boolean") throw invalidArgument("expected true or false");
  return value;
};
const number = (value: unknown): number => {
  if (typeof value !== "number" || !(value > 0)) throw invalidArgument("expected a positive number");
  return value;
};

export const FORMAT_SCALARS: PropertyDefs<RangeEntity> = {
  columnWidth: {
    get: (e) => {
      const widths = new Set(
        Array.from({ length: Math.min(e.rect.columns, 1000) }, (_, i) =>
          e.sheet.columnWidth(e.rect.column + i),
        ),
      );
      return widths.size === 1 ? [...widths][0] : null;
    },
    set: (e, value) => {
      for (let c = e.rect.column; c < e.rect.column + e.rect.columns; c++)
        e.sheet.columnWidths.set(c, number(value));
    },
    requires: "1.2",
  },
  rowHeight: { get: () => 15 },
  wrapText: formatProperty("wrapText", flag),
  horizontalAlignment: formatProperty("horizontalAlignment", text),
};

export const FILL_SCALARS: PropertyDefs<RangeEntity> = { color: formatProperty("fill", text) };

export const FONT_SCALARS: PropertyDefs<RangeEntity> = {
  color: formatProperty("fontColor", text),
  bold: formatProperty("bold", flag),
  italic: formatProperty("italic", flag),
  underline: formatProperty("underline", text),
  size: formatProperty("fontSize", number),
  name: { get: () => "Calibri" },
};

/** `range.format`: widths, wrapping, alignment, and the fill, font and borders below it. */
export class RangeFormatProxy extends DoubleProxy<RangeEntity> {
  private fillProxy: RangeFillProxy | undefined;
  private fontProxy: RangeFontProxy | undefined;
  private bordersProxy: RangeBorderCollectionProxy | undefined;
  private readonly find: () => RangeEntity | null;

  constructor(
    context: DoubleRequestContext,
    private readonly range: RangeProxy,
  ) {
    super(context, {
      path: `${range.path}.format`,
      typeName: "RangeFormat",
      parent: range,
      navigations: ["fill", "font", "borders"],
      scalars: FORMAT_SCALARS,
    });
    this.find = () => range.resolveEntity();
  }

  get fill(): RangeFillProxy {
    this.fillProxy ??= new RangeFillProxy(this.context, this, this.find);
    return this.fillProxy;
  }

  get font(): RangeFontProxy {
    this.fontProxy ??= new RangeFontProxy(this.context, this, this.find);
    return this.fontProxy;
  }

  get borders(): RangeBorderCollectionProxy {
    this.bordersProxy ??= new RangeBorderCollectionProxy(this.context, this, this.find);
    return this.bordersProxy;
  }

  protected locate(): RangeEntity | null {
    return this.range.resolveEntity();
  }

  /** Each column as wide as its longest text (within the used part of the range). */
  autofitColumns(): void {
    this.queueCall(
      "autofitColumns",
      [],
      (e) => {
        const used = e.sheet.usedRect(true);
        const lastRow = Math.min(e.rect.row + e.rect.rows, used ? used.row + used.rows : 0);
        const lastColumn = Math.min(e.rect.column + e.rect.columns, used ? used.column + used.columns : 0);
        for (let c = e.rect.column; c < lastColumn; c++) {
          let longest = 0;
          for (let r = e.rect.row; r < lastRow; r++) {
            const shown = displayText(
              e.sheet.values.get(r, c),
              e.sheet.numberFormat(r, c),
              e.sheet.date1904(),
            );
            longest = Math.max(
              longest,
              [...shown].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0),
            );
          }
          if (longest > 0) e.sheet.columnWidths.set(c, pointsForCharacters(longest));
        }
      },
      { requires: "1.2" },
    );
  }

  autofitRows(): void {
    this.queueCall("autofitRows", [], () => undefined, { requires: "1.2" });
  }
}

/** `format.fill`, with `clear()` removing the fill. */
export class RangeFillProxy extends BagProxy<RangeEntity> {
  constructor(context: DoubleRequestContext, parent: RangeFormatProxy, find: () => RangeEntity | null) {
    super(
      context,
      { path: `${parent.path}.fill`, typeName: "RangeFill", parent, scalars: FILL_SCALARS },
      find,
    );
  }

  clear(): void {
    this.queueCall("clear", [], (e) => e.sheet.patchFormat(e.rect, {}, ["fill"]));
  }
}

export class RangeFontProxy extends BagProxy<RangeEntity> {
  constructor(context: DoubleRequestContext, parent: RangeFormatProxy, find: () => RangeEntity | null) {
    super(
      context,
      { path: `${parent.path}.font`, typeName: "RangeFont", parent, scalars: FONT_SCALARS },
      find,
    );
  }
}

/** One border's properties; only the bottom edge is modelled (the one the add-in draws). */
export function borderScalars(index: string): PropertyDefs<RangeEntity> {
  if (index !== "EdgeBottom")
    throw invalidArgument(`the double models the EdgeBottom border only, not ${index}`);
  const border = (e: RangeEntity) => e.sheet.sharedFormat(e.rect, "bottomBorder");
  const update = (e: RangeEntity, patch: { style?: string; color?: string }) => {
    const current = border(e) ?? { style: "Continuous", color: "#000000" };
    e.sheet.patchFormat(e.rect, { bottomBorder: { ...current, ...patch } });
  };
  return {
    style: { get: (e) => border(e)?.style ?? "None", set: (e, v) => update(e, { style: text(v) }) },
    color: { get: (e) => border(e)?.color ?? "#000000", set: (e, v) => update(e, { color: text(v) }) },
    weight: { get: () => "Thin", set: () => undefined },
  };
}

/** `format.borders`: only the bottom edge is modelled (the one the add-in draws). */
export class RangeBorderCollectionProxy extends DoubleProxy<RangeEntity> {
  constructor(
    context: DoubleRequestContext,
    parent: RangeFormatProxy,
    private readonly find: () => RangeEntity | null,
  ) {
    super(context, { path: `${parent.path}.borders`, typeName: "RangeBorderCollection", parent });
  }

  protected locate(): RangeEntity | null {
    return this.find();
  }

  getItem(index: string): BagProxy<RangeEntity> {
    return new BagProxy(
      this.context,
      {
        path: `${this.path}.getItem(${index})`,
        typeName: "RangeBorder",
        parent: this,
        scalars: borderScalars(index),
      },
      this.find,
    );
  }
}

DoubleProxy.shareAccessors(RangeFormatProxy, FORMAT_SCALARS);
DoubleProxy.shareAccessors(RangeFillProxy, FILL_SCALARS);
DoubleProxy.shareAccessors(RangeFontProxy, FONT_SCALARS);
