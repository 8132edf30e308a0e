import { writeFileSync } from "node:fs";

/**
 * How a case running in a child process reports back: one line on stdout starting with the
 * marker, then JSON. Anything else the child prints is passed through for the reader.
 */
export const RESULT_MARKER = "BENCH_RESULT ";
/** The pandas scripts' marker (bench/peer/*.py). */
export const PEER_MARKER = "PEER_RESULT ";

export type CaseResult = Readonly<Record<string, number | string | boolean | null>>;

export function reportResult(result: CaseResult): void {
  process.stdout.write(`${RESULT_MARKER}${JSON.stringify(result)}\n`);
}

/** The result line of a child's output; throws when the child printed none (it failed). */
export function parseResult(stdout: string, marker = RESULT_MARKER): CaseResult {
  const line = stdout.split("\n").find((text) => text.startsWith(marker));
  if (line === undefined) throw new Error(`the case printed no result:\n${stdout.slice(-2000)}`);
  return JSON.parse(line.slice(marker.length)) as CaseResult;
}

/**
 * Starts the peak-RSS measurement afresh where Linux allows it (/proc/self/clear_refs), so the
 * peak covers only what follows (the engine, not the generator that built its input). False
 * where it cannot: the peak then covers the whole process.
 */
export function resetPeakRss(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

/** The process's peak resident set so far, in MB (the kernel's high-water mark). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function rssMb(): number {
  return process.memoryUsage().rss / (1024 * 1024);
}

/** `--name value` from argv, or the fallback. */
export function argValue(argv: readonly string[], name: string, fallback?: string): string {
  const at = argv.indexOf(`--${name}`);
  const found = at >= 0 ? argv[at + 1] : undefined;
  if (found !== undefined) return found;
  if (fallback !== undefined) return fallback;
  throw new Error(`missing --${name}`);
}

/** Runs the collector when it exists (node --expose-gc), so a measurement starts from a clean heap. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) {
    gc();
    gc();
  }
}
