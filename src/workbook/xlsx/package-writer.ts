import type { WritePlan } from "../port";
import { calcChainMentions } from "./calc-chain";
import { styleRequestOf, type StyleResolver } from "./cell-xml";
import { CONTENT_TYPE, CONTENT_TYPES_PART, editContentTypes, type PartType } from "./content-types";
import { ownedBlock } from "./owned-block";
import { claimPartName, layoutOwnedSheets } from "./owned-parts";
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
import { entryTimestamp, ZipWriter } from "./zip-io";

/**
 * Applies a write plan to the package and returns the new file. Entries the plan does not touch
 * are copied with their compressed bytes; the ledger sheet is streamed through the splicer; the
 * small parts that must change (workbook, its rels, content types, styles) are edited as text
 * with every other byte kept; owned sheets, drawings and charts are written last, in a fixed order.
 */
export function writePackage(pkg: PackageIndex, plan: WritePlan, onProgress?: (fraction: number) => void): Uint8Array<ArrayBuffer> {
  const ledger = checkPlan(pkg, plan);
  const styles = new StyleSheetEditor(pkg.stylesPath ? readPartText(pkg, pkg.stylesPath) : EMPTY_STYLE_SHEET, pkg.stylesPath ?? "styles");
  const resolveStyle: StyleResolver = (request) => styles.xfIndex(request);
  registerStyles(plan, resolveStyle);
  const block = plan.columns ? ownedBlock(plan.columns, resolveStyle) : null;
  const layout = layoutOwnedSheets(pkg, plan.sheets, resolveStyle);

  const dropped = new Set(layout.dropped);
  const workbookRelIds = new Set<string>();
  const calcChainRel = pkg.workbookRels.find((r) => isRelType(r, REL.calcChain));
  const calcChain = calcChainRel ? pkg.entry(resolveTarget(pkg.workbookPath, calcChainRel.target)) : undefined;
  if (calcChainRel && calcChain && layout.rewrittenSheetIds.size > 0) {
    if (calcChainMentions(pkg.archive, calcChain, layout.rewrittenSheetIds)) {
      dropped.add(calcChain.name);
      workbookRelIds.add(calcChainRel.id);
    }
  }

  const newRelationships: NewRelationship[] = [...layout.newRelationships];
  const types: PartType[] = [...layout.types];
  const appended = layout.parts.map((p) => ({ path: p.path, content: p.content }));
  const edited = new Map<string, string>();
  if (styles.changed) {
    if (pkg.stylesPath) edited.set(pkg.stylesPath, styles.toXml());
    else {
      const taken = new Set(pkg.entries.map((e) => e.name.toLowerCase()));
      const path = taken.has("xl/styles.xml") ? claimPartName(taken, "xl/styles") : "xl/styles.xml";
      const [id] = freeRelationshipIds([...pkg.workbookRels.map((r) => r.id), ...newRelationships.map((r) => r.id)], 1);
      newRelationships.push({ id, type: REL.styles, target: relativeTarget(pkg.workbookPath, path) });
      types.push({ part: path, contentType: CONTENT_TYPE.styles });
      appended.push({ path, content: styles.toXml() });
    }
  }
  edited.set(pkg.workbookPath, appendSheets(readPartText(pkg, pkg.workbookPath), pkg.workbookPath, layout.newSheets));
  const relsText = pkg.entry(pkg.workbookRelsPath) ? readPartText(pkg, pkg.workbookRelsPath) : buildRelationships([]);
  edited.set(
    pkg.workbookRelsPath,
    appendRelationships(removeRelationships(relsText, pkg.workbookRelsPath, workbookRelIds), pkg.workbookRelsPath, newRelationships),
  );
  const contentTypes = readPartText(pkg, CONTENT_TYPES_PART);
  // Owned parts' Overrides are all dropped and appended again in a fixed order, so refreshes agree.
  edited.set(CONTENT_TYPES_PART, editContentTypes(contentTypes, [...dropped, ...types.map((t) => t.part)], types));

  const zip = new ZipWriter();
  const encoder = new TextEncoder();
  for (const entry of pkg.entries) {
    if (dropped.has(entry.name)) continue;
    if (ledger && block && entry.name === ledger.path) {
      const stream = zip.open(entry.name, entryTimestamp(entry));
      spliceSheet(pkg.archive, entry, block, stream, onProgress);
      stream.end();
      continue;
    }
    const text = edited.get(entry.name);
    if (text !== undefined && text !== readPartText(pkg, entry.name)) zip.add(entry.name, encoder.encode(text), entryTimestamp(entry));
    else zip.copy(pkg.archive, entry);
  }
  if (!pkg.entry(pkg.workbookRelsPath)) appended.push({ path: pkg.workbookRelsPath, content: edited.get(pkg.workbookRelsPath) ?? "" });
  for (const part of appended) zip.add(part.path, encoder.encode(part.content));
  const bytes = zip.finish();
  onProgress?.(1);
  return bytes;
}

/** Resolves every style the plan uses before anything is streamed, so styles.xml is final first. */
function registerStyles(plan: WritePlan, resolveStyle: StyleResolver): void {
  if (plan.columns) {
    if (plan.columns.headers.length > 0) resolveStyle({ style: "ownedHeader" });
    for (const row of plan.columns.rows) for (const cell of row) resolveStyle(styleRequestOf(cell));
  }
  for (const sheet of plan.sheets) for (const row of sheet.rows) for (const cell of row) resolveStyle(styleRequestOf(cell));
}

