import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";

/**
 * Writes through a temporary file in the same folder, then renames: a crash or a full disk never
 * leaves a half-written workbook, and an in-place refresh never damages the original.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array | string): Promise<void> {
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** `客户.xlsx` → `客户.refreshed.xlsx`, beside the input. */
export function defaultOutputPath(input: string): string {
  const ext = path.extname(input);
  const base = ext ? input.slice(0, -ext.length) : input;
  return `${base}.refreshed${ext || ".xlsx"}`;
}

export function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}
