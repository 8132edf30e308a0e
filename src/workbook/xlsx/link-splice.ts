import { parseRange, rangeContains } from "./cell-ref";
import { hyperlinksXml } from "./cell-xml";
import type { OwnedBlock } from "./owned-block";
import type { TextAt } from "./row-splice";
import { splitName } from "./xml-elements";

/**
 * The ledger's `<hyperlinks>` after a refresh: the user's links kept as written, the block's old
 * links (any link inside the block's area) dropped, its new links appended.
 */
export interface ChildSpan {
  readonly start: number;
  end: number;
  readonly ref: string;
}

export interface OpenHyperlinks {
  readonly name: string;
  readonly start: number;
  readonly openEnd: number;
  readonly selfClosing: boolean;
  readonly children: ChildSpan[];
}

/** The rebuilt element (ending at `end`), or "" when no link is left (an empty one is invalid). */
export function rebuiltHyperlinks(
  hyperlinks: OpenHyperlinks,
  end: number,
  text: TextAt,
  block: OwnedBlock,
): string {
  const ours = hyperlinksXml(block.links, splitName(hyperlinks.name).prefix);
  if (hyperlinks.selfClosing) {
    const open = text(hyperlinks.start, end).replace(/\s*\/>$/, ">");
    return ours ? `${open}${ours}</${hyperlinks.name}>` : "";
  }
  const parts = [text(hyperlinks.start, hyperlinks.openEnd)];
  let previousEnd = hyperlinks.openEnd;
  let kept = 0;
  for (const child of hyperlinks.children) {
    const range = parseRange(child.ref);
    const gap = text(previousEnd, child.start);
    previousEnd = child.end;
    if (range && rangeContains(block.area, range)) continue;
    parts.push(gap, text(child.start, child.end));
    kept++;
  }
  if (kept === 0 && !ours) return "";
  parts.push(ours, text(previousEnd, end));
  return parts.join("");
}
