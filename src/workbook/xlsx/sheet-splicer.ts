import { SaxesParser } from "saxes";
import { formatRange, parseCellAddress, parseRange, unionRange } from "./cell-ref";
import { hyperlinksXml } from "./cell-xml";
import { rebuiltHyperlinks, type OpenHyperlinks } from "./link-splice";
import type { OwnedBlock } from "./owned-block";
import { streamPartTextAsync, xmlFailure } from "./part-stream";
import { splicedRow, type CellSpan, type OpenRow } from "./row-splice";
import { setTagAttribute, splitName } from "./xml-elements";
import type { ZipEntry } from "./zip-directory";
import type { EntryStream, InflateStream } from "./zip-io";

/**
 * Rewrites the ledger's worksheet part in one streaming pass, splicing the owned block into each
 * `<row>`: cells in the block's columns are replaced, every other byte of the part is copied as
 * it was. Rows the block needs and the sheet lacks are created in order; `<dimension>` is
 * widened; the block's internal links join `<hyperlinks>`.
 */

/** Worksheet children that come after `<hyperlinks>` in the schema: a new `<hyperlinks>` goes before the first. */
const AFTER_HYPERLINKS = new Set([
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
  "AlternateContent",
]);

/** Output is handed on in pieces of about this many characters (small strings stay cheap to collect). */
const OUTPUT_PIECE = 1 << 15;

export async function spliceSheet(
  archive: Uint8Array,
  entry: ZipEntry,
  block: OwnedBlock,
  out: EntryStream,
  options: { readonly onProgress?: (fraction: number) => void; readonly inflate?: InflateStream } = {},
): Promise<void> {
  const splicer = new SheetSplicer(block, out);
  try {
    await streamPartTextAsync(archive, entry, (text) => splicer.write(text), options);
    splicer.end();
  } catch (cause) {
    throw xmlFailure(entry, cause);
  }
}

class SheetSplicer {
  private readonly parser = new SaxesParser({ xmlns: false, position: true });
  /** Text not yet emitted; `base` is the stream position of its first character. */
  private buffer = "";
  private base = 0;
  private flushed = 0;
  private pieces: string[] = [];
  private piecesLength = 0;
  private depth = 0;
  private tagStart = 0;
  private prefix = "";
  private inSheetData = false;
  private sheetDataSeen = false;
  private lastRow = 0;
  /** The next block row that has neither been met in the sheet nor created. */
  private nextBlockRow: number;
  private row: OpenRow | null = null;
  private cell: CellSpan | null = null;
  private hyperlinks: OpenHyperlinks | null = null;
  private hyperlinksWritten = false;

  constructor(
    private readonly block: OwnedBlock,
    private readonly out: EntryStream,
  ) {
    this.nextBlockRow = block.firstRow;
    this.parser.on("opentagstart", () => {
      this.tagStart = this.buffer.lastIndexOf("<", this.parser.position - 1 - this.base) + this.base;
    });
    this.parser.on("opentag", (tag) => this.open(tag.name, tag.attributes, tag.isSelfClosing));
    this.parser.on("closetag", (tag) => this.close(tag.name));
  }

  write(text: string): void {
    this.buffer = this.buffer.slice(this.flushed - this.base) + text;
    this.base = this.flushed;
    this.parser.write(text);
  }

  end(): void {
    this.parser.close();
    this.flushTo(this.base + this.buffer.length);
    this.drain();
  }

  private open(name: string, attributes: Record<string, string>, selfClosing: boolean): void {
    this.depth++;
    const position = this.parser.position;
    const { local, prefix } = splitName(name);
    if (this.depth === 1) this.prefix = prefix;
    else if (this.depth === 2) this.openWorksheetChild(local, name, position, selfClosing);
    else if (this.depth === 3 && this.inSheetData && local === "row") {
      const r = Number(attributes.r);
      const index = Number.isInteger(r) && r > 0 ? r : this.lastRow + 1;
      this.flushTo(this.tagStart);
      this.createRowsBefore(index);
      this.row = { name, index, start: this.tagStart, openEnd: position, selfClosing, cells: [] };
    } else if (this.depth === 4 && this.row && local === "c") {
      const ref = attributes.r ? parseCellAddress(attributes.r) : null;
      const previous = this.row.cells[this.row.cells.length - 1];
      const column = ref ? ref.column : previous ? previous.column + 1 : 0;
      this.cell = { column, start: this.tagStart, end: this.tagStart, hasRef: ref !== null };
    } else if (this.depth === 3 && this.hyperlinks && local === "hyperlink") {
      this.hyperlinks.children.push({ start: this.tagStart, end: this.tagStart, ref: attributes.ref ?? "" });
    }
  }

  private openWorksheetChild(local: string, name: string, position: number, selfClosing: boolean): void {
    if (local === "sheetData") {
      this.sheetDataSeen = true;
      if (!selfClosing) {
        this.inSheetData = true;
        this.flushTo(position);
      }
    } else if (local === "hyperlinks") {
      this.flushTo(this.tagStart);
      this.hyperlinks = { name, start: this.tagStart, openEnd: position, selfClosing, children: [] };
    } else if (this.sheetDataSeen && !this.hyperlinksWritten && AFTER_HYPERLINKS.has(local)) {
      this.flushTo(this.tagStart);
      this.emit(this.newHyperlinks());
    }
  }

  private close(name: string): void {
    const position = this.parser.position;
    const local = splitName(name).local;
    if (this.depth === 4 && this.cell && this.row) {
      this.cell.end = position;
      this.row.cells.push(this.cell);
      this.cell = null;
    } else if (this.depth === 3 && this.row) {
      this.finishRow(this.row, position);
      this.row = null;
    } else if (this.depth === 3 && this.hyperlinks) {
      const child = this.hyperlinks.children[this.hyperlinks.children.length - 1];
      if (child) child.end = position;
    } else if (this.depth === 2) {
      this.closeWorksheetChild(local, name, position);
    } else if (this.depth === 1 && !this.hyperlinksWritten) {
      this.flushTo(this.buffer.lastIndexOf("<", position - 1 - this.base) + this.base);
      this.emit(this.newHyperlinks());
      this.flushTo(position);
    }
    this.depth--;
  }

  private closeWorksheetChild(local: string, name: string, position: number): void {
    if (local === "sheetData") {
      if (this.inSheetData) {
        this.flushTo(this.buffer.lastIndexOf("<", position - 1 - this.base) + this.base);
        this.createRowsBefore(this.block.lastWrittenRow + 1);
        this.inSheetData = false;
      } else {
        // `<sheetData/>`: opened up to hold the block's rows.
        this.flushTo(this.tagStart);
        const rows = this.collectRowsBefore(this.block.lastWrittenRow + 1);
        this.skipTo(position);
        this.emit(rows ? `<${name}>${rows}</${name}>` : this.text(this.tagStart, position));
      }
    } else if (local === "dimension") {
      const tag = this.text(this.tagStart, position);
      this.flushTo(this.tagStart);
      this.skipTo(position);
      this.emit(this.widenedDimension(tag));
    } else if (local === "hyperlinks" && this.hyperlinks) {
      this.hyperlinksWritten = true;
      const rebuilt = rebuiltHyperlinks(
        this.hyperlinks,
        position,
        (start, stop) => this.text(start, stop),
        this.block,
      );
      this.skipTo(position);
      this.emit(rebuilt);
      this.hyperlinks = null;
    }
    this.flushTo(position);
  }

  private finishRow(row: OpenRow, end: number): void {
    this.lastRow = row.index;
    if (row.index >= this.nextBlockRow) this.nextBlockRow = row.index + 1;
    const text = (start: number, stop: number): string => this.text(start, stop);
    const spliced = splicedRow(row, end, text, this.block);
    if (spliced !== null) {
      this.skipTo(end);
      this.emit(spliced);
    }
    this.flushTo(end);
  }

  private createRowsBefore(index: number): void {
    const rows = this.collectRowsBefore(index);
    if (rows) this.emit(rows);
  }

  /** `<row>` elements for block rows before `index` that the sheet does not have. */
  private collectRowsBefore(index: number): string {
    const last = Math.min(index - 1, this.block.lastWrittenRow);
    const rowName = this.prefix ? `${this.prefix}:row` : "row";
    let rows = "";
    for (let r = this.nextBlockRow; r <= last; r++) {
      const cells = this.block.cellsOf(r, this.prefix);
      if (cells) rows += `<${rowName} r="${r}">${cells}</${rowName}>`;
    }
    this.nextBlockRow = Math.max(this.nextBlockRow, last + 1);
    return rows;
  }

  private widenedDimension(tag: string): string {
    const match = /\sref\s*=\s*(["'])([^"']*)\1/.exec(tag);
    const current = match ? parseRange(match[2]) : null;
    const widened = current ? unionRange(current, this.block.range) : this.block.range;
    return setTagAttribute(tag, "ref", formatRange(widened));
  }

  private newHyperlinks(): string {
    this.hyperlinksWritten = true;
    const name = this.prefix ? `${this.prefix}:hyperlinks` : "hyperlinks";
    const ours = hyperlinksXml(this.block.links, this.prefix);
    return ours ? `<${name}>${ours}</${name}>` : "";
  }

  private text(start: number, end: number): string {
    return this.buffer.slice(start - this.base, end - this.base);
  }

  /** Emits the input up to `position` as it was. */
  private flushTo(position: number): void {
    if (position <= this.flushed) return;
    this.emit(this.text(this.flushed, position));
    this.flushed = position;
  }

  /** Marks input up to `position` as handled without emitting it (it was replaced). */
  private skipTo(position: number): void {
    this.flushed = Math.max(this.flushed, position);
  }

  private emit(text: string): void {
    if (!text) return;
    this.pieces.push(text);
    this.piecesLength += text.length;
    if (this.piecesLength >= OUTPUT_PIECE) this.drain();
  }

  private drain(): void {
    if (this.pieces.length === 0) return;
    this.out.writeText(this.pieces.join(""));
    this.pieces = [];
    this.piecesLength = 0;
  }
}
