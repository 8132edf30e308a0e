import type { OwnedSheet } from "../port";
import { chartXml } from "./chart-xml";
import type { StyleResolver } from "./cell-xml";
import { CONTENT_TYPE, type PartType } from "./content-types";
import { drawingXml } from "./drawing-xml";
import { findSheet, type PackageIndex } from "./package";
import { partsOwnedBy } from "./part-graph";
import {
  buildRelationships,
  freeRelationshipIds,
  REL,
  relativeTarget,
  relsPathFor,
  type NewRelationship,
} from "./rels";
import { ownedSheetPieces } from "./owned-sheet";
import type { NewSheet } from "./workbook-xml";

/**
 * Where the owned sheets (销售漏斗, 校验报告) go and what parts they are made of. An existing sheet
 * keeps its part name, tab position and id; its old drawings and charts are dropped and new ones
 * take the lowest free names, so a second refresh produces the same names and the same bytes.
 */
export interface NewPart {
  readonly path: string;
  /** The text, or its pieces made as the writer streams them (a large owned sheet). */
  readonly content: string | (() => Iterable<string>);
}

export interface OwnedLayout {
  /** Every part to write, in a fixed order (sheet, its rels, drawing, drawing rels, charts; sheet by sheet). */
  readonly parts: readonly NewPart[];
  /** Content types of the parts that need an Override. */
  readonly types: readonly PartType[];
  /** Parts of the package to leave out: the owned sheets' old parts and what only they used. */
  readonly dropped: ReadonlySet<string>;
  readonly newSheets: readonly NewSheet[];
  readonly newRelationships: readonly NewRelationship[];
  /** sheetIds of owned sheets that already existed (their formulas, if any, leave the calc chain). */
  readonly rewrittenSheetIds: ReadonlySet<number>;
}

/** The lowest `prefix{N}.xml` not taken (case-insensitive), then marked as taken. */
export function claimPartName(taken: Set<string>, prefix: string): string {
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}.xml`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

export function layoutOwnedSheets(
  pkg: PackageIndex,
  sheets: readonly OwnedSheet[],
  resolveStyle: StyleResolver,
): OwnedLayout {
  const existing = sheets.map((sheet) => findSheet(pkg, sheet.name));
  const rewrittenPaths = existing.flatMap((s) => (s?.path ? [s.path] : []));
  const dropped = partsOwnedBy(pkg, rewrittenPaths);
  // Names of dropped parts are free again; the rewritten sheets keep theirs.
  const taken = new Set(pkg.entries.map((e) => e.name.toLowerCase()));
  for (const path of dropped) taken.delete(path.toLowerCase());
  const relIds = freeRelationshipIds(
    pkg.workbookRels.map((r) => r.id),
    existing.filter((s) => !s).length,
  );
  let nextSheetId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId)) + 1;
  const parts: NewPart[] = [];
  const types: PartType[] = [];
  const newSheets: NewSheet[] = [];
  const newRelationships: NewRelationship[] = [];

  sheets.forEach((sheet, i) => {
    const current = existing[i];
    let path = current?.path ?? null;
    if (!path) {
      path = claimPartName(taken, "xl/worksheets/sheet");
      const relId = relIds[newSheets.length];
      newSheets.push({ name: sheet.name, sheetId: nextSheetId++, relId });
      newRelationships.push({
        id: relId,
        type: REL.worksheet,
        target: relativeTarget(pkg.workbookPath, path),
      });
    }
    const charts = sheet.charts ?? [];
    if (charts.length === 0) {
      parts.push({ path, content: () => ownedSheetPieces(sheet, resolveStyle, null) });
      types.push({ part: path, contentType: CONTENT_TYPE.worksheet });
      return;
    }
    const drawing = claimPartName(taken, "xl/drawings/drawing");
    const chartPaths = charts.map(() => claimPartName(taken, "xl/charts/chart"));
    const chartRelIds = charts.map((_, k) => `rId${k + 1}`);
    parts.push(
      { path, content: () => ownedSheetPieces(sheet, resolveStyle, "rId1") },
      {
        path: relsPathFor(path),
        content: buildRelationships([
          { id: "rId1", type: REL.drawing, target: relativeTarget(path, drawing) },
        ]),
      },
      { path: drawing, content: drawingXml(charts, chartRelIds) },
      {
        path: relsPathFor(drawing),
        content: buildRelationships(
          chartPaths.map((chart, k) => ({
            id: chartRelIds[k],
            type: REL.chart,
            target: relativeTarget(drawing, chart),
          })),
        ),
      },
      ...charts.map((chart, k) => ({ path: chartPaths[k], content: chartXml(chart, sheet) })),
    );
    types.push(
      { part: path, contentType: CONTENT_TYPE.worksheet },
      { part: drawing, contentType: CONTENT_TYPE.drawing },
      ...chartPaths.map((part) => ({ part, contentType: CONTENT_TYPE.chart })),
    );
  });

  return {
    parts,
    types,
    dropped: new Set([...dropped, ...rewrittenPaths]),
    newSheets,
    newRelationships,
    rewrittenSheetIds: new Set(existing.flatMap((s) => (s ? [s.sheetId] : []))),
  };
}
