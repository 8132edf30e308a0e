import { SaxesParser } from "saxes";
import { streamPartText, xmlFailure } from "./part-stream";
import { splitName } from "./xml-elements";
import type { ZipEntry } from "./zip-directory";

/**
 * Whether the calculation chain lists formulas of any of `sheetIds`. Excel reports a damaged file
 * when the chain names a cell that no longer holds a formula, so a rewritten sheet that had
 * formulas means the chain has to go (Excel rebuilds it on the next calculation).
 */
export function calcChainMentions(
  archive: Uint8Array,
  entry: ZipEntry,
  sheetIds: ReadonlySet<number>,
): boolean {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let sheet = 0;
  let found = false;
  parser.on("opentag", (tag) => {
    if (splitName(tag.name).local !== "c") return;
    // `i` (the sheet id) is omitted when it is the same as the entry before.
    if (tag.attributes.i !== undefined) sheet = Number(tag.attributes.i);
    if (sheetIds.has(sheet)) found = true;
  });
  try {
    streamPartText(archive, entry, (text) => parser.write(text), { shouldStop: () => found });
    if (!found) parser.close();
  } catch (cause) {
    throw xmlFailure(entry, cause);
  }
  return found;
}
