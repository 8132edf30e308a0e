import {
  BUILTIN_FORMATS,
  FIRST_CUSTOM_FORMAT_ID,
  isPlainRequest,
  lookOf,
  styleRequestKey,
  type CellLook,
  type FontLook,
  type StyleRequest,
} from "./style-catalog";
import { escapeXmlAttribute } from "./xml-text";
import { applyEdits, scanElements, withAttribute, type TextEdit, type XmlElement } from "./xml-elements";

/**
 * Adds the formats the written cells need to `styles.xml` by appending: existing fonts, fills,
 * borders, number formats and cell formats keep their indexes, so every user cell looks as it
 * did. An entry this adapter appended on an earlier refresh is found again by its exact text and
 * reused, so refreshing twice leaves the style sheet as it was after the first time.
 */

const MAIN_NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** CT_Stylesheet's children in schema order; a missing section is inserted where it belongs. */
const SECTION_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;

type SectionName = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs";

/** What a section holds before anything is added when the file has none (index 0 must exist). */
const SECTION_DEFAULTS: Readonly<Record<SectionName, readonly string[]>> = {
  numFmts: [],
  fonts: ['<font><sz val="11"/><name val="Calibri"/></font>'],
  fills: [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ],
  borders: ["<border><left/><right/><top/><bottom/><diagonal/></border>"],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
};

interface Section {
  readonly element: XmlElement | null;
  /** Children as written (or the defaults of a missing section), then the ones appended. */
  readonly items: string[];
  readonly initial: number;
}

export const EMPTY_STYLE_SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NAMESPACE}"></styleSheet>`;

export class StyleSheetEditor {
  private readonly sections: Record<SectionName, Section>;
  private readonly resolved = new Map<string, number>();
  private readonly prefix: string;
  private readonly root: XmlElement;
  /** Root children as (local name, start), to place a missing section. */
  private readonly rootChildren: readonly { readonly local: string; readonly start: number }[];
  /** Number format codes by id, as declared and as appended. */
  private readonly formats: { id: number; code: string }[];
  /** `val` of each child of the default font (sz, name, family, charset, scheme). */
  private readonly baseFont: Readonly<Record<string, string>>;

  constructor(
    private readonly xml: string,
    partName: string,
  ) {
    const elements = scanElements(xml, partName);
    const root = elements.find((e) => e.depth === 0);
    if (!root) throw new Error(`${partName} has no root element`);
    this.root = root;
    this.prefix = root.prefix;
    const rootIndex = elements.indexOf(root);
    this.rootChildren = elements
      .filter((e) => e.parent === rootIndex)
      .map((e) => ({ local: e.local, start: e.start }));
    const childrenOf = (element: XmlElement | undefined): XmlElement[] => {
      const index = element ? elements.indexOf(element) : -2;
      return elements.filter((e) => e.parent === index);
    };
    const section = (name: SectionName): Section => {
      const element = elements.find((e) => e.parent === rootIndex && e.local === name) ?? null;
      const items = element
        ? childrenOf(element).map((e) => xml.slice(e.start, e.end))
        : SECTION_DEFAULTS[name].map((item) => this.prefixed(item));
      return { element, items, initial: items.length };
    };
    this.sections = {
      numFmts: section("numFmts"),
      fonts: section("fonts"),
      fills: section("fills"),
      borders: section("borders"),
      cellXfs: section("cellXfs"),
    };
    const numFmts = elements.find((e) => e.parent === rootIndex && e.local === "numFmts");
    this.formats = childrenOf(numFmts).map((e) => ({
      id: Number(e.attributes.numFmtId),
      code: e.attributes.formatCode ?? "",
    }));
    const fonts = elements.find((e) => e.parent === rootIndex && e.local === "fonts");
    const firstFont = childrenOf(fonts)[0];
    this.baseFont = Object.fromEntries(childrenOf(firstFont).map((e) => [e.local, e.attributes.val ?? ""]));
  }

  /** The cell format index (`s`) for a request, appending what it needs; 0 for a plain cell. */
  xfIndex(request: StyleRequest): number {
    if (isPlainRequest(request)) return 0;
    const key = styleRequestKey(request);
    const known = this.resolved.get(key);
    if (known !== undefined) return known;
    const look = lookOf(request);
    const numFmtId = request.format === undefined ? 0 : this.numberFormat(request.format);
    const fontId = look.font ? this.findOrAppend("fonts", this.fontXml(look.font)) : 0;
    const fillId = look.fill ? this.findOrAppend("fills", this.fillXml(look.fill)) : 0;
    const borderId = look.bottomBorder ? this.findOrAppend("borders", this.borderXml(look.bottomBorder)) : 0;
    const index = this.findOrAppend("cellXfs", this.xfXml(numFmtId, fontId, fillId, borderId, look));
    this.resolved.set(key, index);
    return index;
  }

  /** True when something was appended, so the part must be rewritten. */
  get changed(): boolean {
    return Object.values(this.sections).some((s) => s.items.length > s.initial);
  }

  /** The style sheet with the appended entries (and any missing section it needed) spliced in. */
  toXml(): string {
    if (!this.changed) return this.xml;
    const edits: TextEdit[] = [];
    for (const name of Object.keys(this.sections) as SectionName[]) {
      const section = this.sections[name];
      if (section.element) {
        const added = section.items.slice(section.initial);
        if (added.length > 0) edits.push(...this.appendEdits(section.element, added, section.items.length));
      } else if (section.items.length > 0) {
        const at = this.insertionPoint(name);
        const tag = this.tagName(name);
        edits.push({
          start: at,
          end: at,
          text: `<${tag} count="${section.items.length}">${section.items.join("")}</${tag}>`,
        });
      }
    }
    if (this.root.selfClosing) {
      // `<styleSheet/>`: open it up so that the new sections have somewhere to go.
      const open = this.xml.slice(this.root.start, this.root.end).replace(/\s*\/>$/, ">");
      const inner = edits.map((e) => e.text).join("");
      return `${this.xml.slice(0, this.root.start)}${open}${inner}</${this.root.name}>${this.xml.slice(this.root.end)}`;
    }
    return applyEdits(this.xml, edits);
  }

  private appendEdits(element: XmlElement, added: readonly string[], count: number): TextEdit[] {
    const counted = element.attributes.count !== undefined;
    const open = counted
      ? withAttribute(this.xml, element, "count", String(count))
      : this.xml.slice(element.start, element.openEnd);
    if (element.selfClosing) {
      return [
        {
          start: element.start,
          end: element.end,
          text: `${open.replace(/\s*\/>$/, ">")}${added.join("")}</${element.name}>`,
        },
      ];
    }
    return [
      { start: element.start, end: element.openEnd, text: open },
      { start: element.closeStart, end: element.closeStart, text: added.join("") },
    ];
  }

  /** Before the first later section present, else at the end of the style sheet. */
  private insertionPoint(name: SectionName): number {
    const later: readonly string[] = SECTION_ORDER.slice(SECTION_ORDER.indexOf(name) + 1);
    return this.rootChildren.find((child) => later.includes(child.local))?.start ?? this.root.closeStart;
  }

  private findOrAppend(name: SectionName, item: string): number {
    const items = this.sections[name].items;
    const found = items.indexOf(item);
    if (found >= 0) return found;
    items.push(item);
    return items.length - 1;
  }

  private numberFormat(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const existing = this.formats.find((f) => f.code === code);
    if (existing) return existing.id;
    const id =
      Math.max(FIRST_CUSTOM_FORMAT_ID - 1, ...this.formats.map((f) => f.id).filter(Number.isFinite)) + 1;
    this.formats.push({ id, code });
    this.sections.numFmts.items.push(
      `<${this.tagName("numFmt")} numFmtId="${id}" formatCode="${escapeXmlAttribute(code)}"/>`,
    );
    return id;
  }

  /** The workbook's default font (size, face, theme scheme) with the look's changes. */
  private fontXml(look: FontLook): string {
    const base = this.baseFont;
    const size = Number(base.sz ?? 11) + (look.sizeStep ?? 0);
    const optional = (name: string): string =>
      base[name] !== undefined ? `<${name} val="${escapeXmlAttribute(base[name])}"/>` : "";
    const parts = [
      look.bold ? "<b/>" : "",
      look.italic ? "<i/>" : "",
      look.underline ? "<u/>" : "",
      `<sz val="${size}"/>`,
      look.color ? `<color rgb="${look.color}"/>` : "",
      `<name val="${escapeXmlAttribute(base.name ?? "Calibri")}"/>`,
      optional("family"),
      optional("charset"),
      optional("scheme"),
    ];
    return this.prefixed(`<font>${parts.join("")}</font>`);
  }

  private fillXml(argb: string): string {
    return this.prefixed(
      `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`,
    );
  }

  private borderXml(argb: string): string {
    return this.prefixed(
      `<border><left/><right/><top/><bottom style="thin"><color rgb="${argb}"/></bottom><diagonal/></border>`,
    );
  }

  private xfXml(numFmtId: number, fontId: number, fillId: number, borderId: number, look: CellLook): string {
    const applied = [
      numFmtId ? ' applyNumberFormat="1"' : "",
      fontId ? ' applyFont="1"' : "",
      fillId ? ' applyFill="1"' : "",
      borderId ? ' applyBorder="1"' : "",
      look.wrap ? ' applyAlignment="1"' : "",
    ].join("");
    const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
    return this.prefixed(
      look.wrap ? `${open}><alignment vertical="center" wrapText="1"/></xf>` : `${open}/>`,
    );
  }

  private tagName(local: string): string {
    return this.prefix ? `${this.prefix}:${local}` : local;
  }

  /** Writes every element name of a fragment with the style sheet's prefix, if it uses one. */
  private prefixed(fragment: string): string {
    return this.prefix ? fragment.replace(/<(\/?)(\w+)/g, `<$1${this.prefix}:$2`) : fragment;
  }
}
