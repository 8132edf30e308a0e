import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The checkout's root: the nearest folder above this file whose package.json is sales-radar's. */
function findRepoRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "sales-radar"
    ) {
      return dir;
    }
  }
  throw new Error("cannot find the sales-radar checkout above the benchmark");
}

export const REPO_ROOT = findRepoRoot();
/** Generated workbooks, CSV exports, results and profiles; git, eslint and prettier ignore it. */
export const CACHE_DIR = join(REPO_ROOT, "bench", ".cache");
/** The compiled benchmark (`tsc -p bench`), where the case scripts run from. */
export const BUILD_DIR = join(REPO_ROOT, "dist", "bench", "bench");
export const PEER_DIR = join(REPO_ROOT, "bench", "peer");

/** A folder of the cache, created on first use. */
export function cacheFolder(...parts: string[]): string {
  const dir = join(CACHE_DIR, ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Bumped whenever the generator's output changes, so stale cached files are never reused. */
export const GENERATOR_VERSION = 1;

/** Generated files, keyed by generator version, size and seed. */
export function datasetFolder(rows: number, seed: number): string {
  return cacheFolder(`data-v${GENERATOR_VERSION}-rows-${rows}-seed-${seed}`);
}
