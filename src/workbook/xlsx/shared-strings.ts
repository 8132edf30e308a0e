import { SaxesParser } from "saxes";
import { streamPartTextAsync, xmlFailure } from "./part-stream";
import { StringItemText } from "./rich-text";
import { decodeOoxmlText } from "./xml-text";
import { splitName } from "./xml-elements";
import type { ZipEntry } from "./zip-directory";
import type { InflateStream } from "./zip-io";

/** The shared string table (`xl/sharedStrings.xml`), streamed: it can be as large as the sheets. */
export async function readSharedStrings(
  archive: Uint8Array,
  entry: ZipEntry,
  inflate?: InflateStream,
): Promise<string[]> {
  const strings: string[] = [];
  const item = new StringItemText();
  let depth = 0;
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("opentag", (tag) => {
    depth++;
    if (depth > 2) item.open(tag.name);
  });
  parser.on("closetag", (tag) => {
    if (depth === 2 && splitName(tag.name).local === "si") strings.push(decodeOoxmlText(item.take()));
    else if (depth > 2) item.close(tag.name);
    depth--;
  });
  parser.on("text", (text) => item.text(text));
  parser.on("cdata", (text) => item.text(text));
  try {
    await streamPartTextAsync(archive, entry, (text) => parser.write(text), { inflate });
    parser.close();
  } catch (cause) {
    throw xmlFailure(entry, cause);
  }
  return strings;
}
