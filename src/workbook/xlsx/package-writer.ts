import type { WritePlan } from "../port";
import { calcChainMentions } from "./calc-chain";
import { styleRequestOf, type StyleResolver } from "./cell-xml";
import { CONTENT_TYPE, CONTENT_TYPES_PART, editContentTypes, type PartType } from "./content-types";
import { ownedBlock, type OwnedBlock } from "./owned-block";
import { claimPartName, layoutOwnedSheets, type NewPart, type OwnedLayout } from "./owned-parts";
import { readPartText, type PackageIndex } from "./package";
import { checkPlan } from "./plan-check";
import {
  appendRelationships,
  buildRelationships,
  freeRelationshipIds,
  isRelType,
  REL,
  relativeTarget,
  removeRelationships,
  resolveTarget,
  type NewRelationship,
} from "./rels";
import { spliceSheet } from "./sheet-splicer";
import { EMPTY_STYLE_SHEET, StyleSheetEditor } from "./styles";
import { appendSheets } from "./workbook-xml";
import { entryTimestamp, ZipWriter, type InflateStream, type ZipWriterOptions } from "./zip-io";

/**
 * Applies a write plan to the package and returns the new file (empty when it went to a sink). Entries the plan does not touch
 * are copied with their compressed bytes; the ledger sheet is streamed through the splicer; the
 * small parts that must change (workbook, its rels, content types, styles) are edited as text
 * with every other byte kept; owned sheets, drawings and charts are written last, in a fixed order.
 */
export async function writePackage(
  pkg: PackageIndex,
  plan: WritePlan,
  onProgress?: (fraction: number) => void,
  codec: WriteCodec = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const ledger = checkPlan(pkg, plan);
  const styles = new StyleSheetEditor(
    pkg.stylesPath ? readPartText(pkg, pkg.stylesPath) : EMPTY_STYLE_SHEET,
    pkg.stylesPath ?? "styles",
  );
  const resolveStyle: StyleResolver = (request) => styles.xfIndex(request);
  // Every style is resolved before anything is streamed, so styles.xml is final first.
  const block =
    plan.columns && ledger?.path
      ? { path: ledger.path, block: ownedBlock(plan.columns, resolveStyle) }
      : null;
  for (const sheet of plan.sheets) {
    for (const row of sheet.rows) for (const cell of row) resolveStyle(styleRequestOf(cell));
  }
  const layout = layoutOwnedSheets(pkg, plan.sheets, resolveStyle);
  const changes = packageChanges(pkg, layout, styles);
  const bytes = await assemble(pkg, changes, block, codec, onProgress);
  onProgress?.(1);
  return bytes;
}

interface PackageChanges {
  readonly dropped: ReadonlySet<string>;
  /** New text of existing parts, by entry name. */
  readonly edited: ReadonlyMap<string, string>;
  /** Parts to add after the existing entries, in this order. */
  readonly appended: readonly NewPart[];
}

/** Everything but the ledger's part: which parts go, which change, which are new. */
function packageChanges(pkg: PackageIndex, layout: OwnedLayout, styles: StyleSheetEditor): PackageChanges {
  const dropped = new Set(layout.dropped);
  const removedRelIds = new Set<string>();
  const staleChain = staleCalcChain(pkg, layout);
  if (staleChain) {
    dropped.add(staleChain.part);
    removedRelIds.add(staleChain.relId);
  }
  const newRelationships: NewRelationship[] = [...layout.newRelationships];
  const types: PartType[] = [...layout.types];
  const appended: NewPart[] = [...layout.parts];
  const edited = new Map<string, string>();
  if (styles.changed && pkg.stylesPath) edited.set(pkg.stylesPath, styles.toXml());
  else if (styles.changed) {
    const path = newStylesPath(pkg);
    const [id] = freeRelationshipIds(
      [...pkg.workbookRels, ...newRelationships].map((r) => r.id),
      1,
    );
    newRelationships.push({ id, type: REL.styles, target: relativeTarget(pkg.workbookPath, path) });
    types.push({ part: path, contentType: CONTENT_TYPE.styles });
    appended.push({ path, content: styles.toXml() });
  }
  edited.set(
    pkg.workbookPath,
    appendSheets(readPartText(pkg, pkg.workbookPath), pkg.workbookPath, layout.newSheets),
  );
  const relsPath = pkg.workbookRelsPath;
  const rels = pkg.entry(relsPath) ? readPartText(pkg, relsPath) : buildRelationships([]);
  const newRels = appendRelationships(
    removeRelationships(rels, relsPath, removedRelIds),
    relsPath,
    newRelationships,
  );
  if (pkg.entry(relsPath)) edited.set(relsPath, newRels);
  else appended.push({ path: relsPath, content: newRels });
  const contentTypesPath = pkg.entry(CONTENT_TYPES_PART)?.name ?? CONTENT_TYPES_PART;
  // Owned parts' Overrides are all dropped and appended again in a fixed order, so refreshes agree.
  const doomedTypes = [...dropped, ...types.map((t) => t.part)];
  edited.set(contentTypesPath, editContentTypes(readPartText(pkg, contentTypesPath), doomedTypes, types));
  return { dropped, edited, appended };
}

function newStylesPath(pkg: PackageIndex): string {
  const taken = new Set(pkg.entries.map((e) => e.name.toLowerCase()));
  return taken.has("xl/styles.xml") ? claimPartName(taken, "xl/styles") : "xl/styles.xml";
}

/** The calculation chain, when it lists formulas of a sheet being rewritten (Excel would call the file damaged). */
function staleCalcChain(pkg: PackageIndex, layout: OwnedLayout): { part: string; relId: string } | null {
  const rel = pkg.workbookRels.find((r) => isRelType(r, REL.calcChain));
  const entry = rel ? pkg.entry(resolveTarget(pkg.workbookPath, rel.target)) : undefined;
  if (!rel || !entry || layout.rewrittenSheetIds.size === 0) return null;
  return calcChainMentions(pkg.archive, entry, layout.rewrittenSheetIds)
    ? { part: entry.name, relId: rel.id }
    : null;
}

/** The zip writer's options, and a native inflater for the ledger's part (the command line). */
export interface WriteCodec extends ZipWriterOptions {
  readonly inflate?: InflateStream;
}

/** The new archive: entries in their old order (copied, edited or spliced), then the new parts. */
async function assemble(
  pkg: PackageIndex,
  changes: PackageChanges,
  ledger: { readonly path: string; readonly block: OwnedBlock } | null,
  codec: WriteCodec,
  onProgress?: (fraction: number) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  const zip = new ZipWriter(codec);
  const encoder = new TextEncoder();
  for (const entry of pkg.entries) {
    if (changes.dropped.has(entry.name)) continue;
    if (ledger && entry.name === ledger.path) {
      const stream = zip.open(entry.name, entryTimestamp(entry));
      await spliceSheet(pkg.archive, entry, ledger.block, stream, { onProgress, inflate: codec.inflate });
      stream.end();
      continue;
    }
    const text = changes.edited.get(entry.name);
    // An edit that changes nothing is a copy: same compressed bytes as before.
    if (text !== undefined && text !== readPartText(pkg, entry.name)) {
      zip.add(entry.name, encoder.encode(text), entryTimestamp(entry));
    } else zip.copy(pkg.archive, entry);
  }
  for (const part of changes.appended) {
    if (typeof part.content === "string") zip.add(part.path, encoder.encode(part.content));
    else {
      const stream = zip.open(part.path);
      for (const piece of part.content()) stream.writeText(piece);
      stream.end();
    }
  }
  return zip.finish();
}
