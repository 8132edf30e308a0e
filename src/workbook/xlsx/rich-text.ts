import { splitName } from "./xml-elements";

/**
 * Collects the text of a string item (`<si>` of the shared strings, `<is>` of an inline string):
 * plain `<t>` or the `<t>` of each rich-text run `<r>`; phonetic guides (`<rPh>`) are not part
 * of the value. Fed by saxes events of the elements inside the item.
 */
export class StringItemText {
  private parts: string[] = [];
  private inText = false;
  private phoneticDepth = 0;

  open(name: string): void {
    const { local } = splitName(name);
    if (local === "rPh") this.phoneticDepth++;
    else if (local === "t" && this.phoneticDepth === 0) this.inText = true;
  }

  close(name: string): void {
    const { local } = splitName(name);
    if (local === "rPh") this.phoneticDepth--;
    else if (local === "t") this.inText = false;
  }

  text(text: string): void {
    if (this.inText) this.parts.push(text);
  }

  /** The item's raw text (Excel's `_xHHHH_` escapes not yet undone); resets for the next item. */
  take(): string {
    const value = this.parts.length === 1 ? this.parts[0] : this.parts.join("");
    this.parts = [];
    this.inText = false;
    this.phoneticDepth = 0;
    return value;
  }
}
