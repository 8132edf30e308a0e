import { partRelationships, type PackageIndex } from "./package";
import { relsPathFor, resolveTarget } from "./rels";

/**
 * Which parts go when owned sheets are rewritten: everything reachable from their relationships
 * (drawings, charts, images, comments, tables…) that nothing else in the package still reaches.
 * An image shared with a user's sheet, for instance, stays.
 */
function targetsOf(pkg: PackageIndex, part: string): string[] {
  return partRelationships(pkg, part)
    .filter((rel) => !rel.external)
    .map((rel) => pkg.entry(resolveTarget(part, rel.target))?.name)
    .filter((name): name is string => name !== undefined);
}

function reach(pkg: PackageIndex, roots: readonly string[], skip: ReadonlySet<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const part = queue.pop() as string;
    for (const target of targetsOf(pkg, part)) {
      if (seen.has(target) || skip.has(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return seen;
}

/** Parts (and their rels parts) to drop along with the rewritten `sheets`; the sheets' own rels included. */
export function partsOwnedBy(pkg: PackageIndex, sheets: readonly string[]): Set<string> {
  const owned = new Set(sheets);
  // The package root ("") reaches everything in use; the owned sheets' links are cut first.
  const live = reach(pkg, [""], owned);
  const doomed = new Set<string>();
  for (const part of reach(pkg, sheets, new Set())) {
    if (!live.has(part) && !owned.has(part)) doomed.add(part);
  }
  for (const part of [...doomed, ...sheets]) {
    const rels = pkg.entry(relsPathFor(part))?.name;
    if (rels) doomed.add(rels);
  }
  return doomed;
}
