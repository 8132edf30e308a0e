import { randomBytes } from "node:crypto";
import { closeSync, openSync, promises as fs, writeSync } from "node:fs";
import * as path from "node:path";

/**
 * Writes through a temporary file in the same folder, then renames: a crash or a full disk never
 * leaves a half-written workbook, and an in-place refresh never damages the original.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array | string): Promise<void> {
  const file = AtomicFile.create(target);
  try {
    file.write(typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes);
    await file.commit();
  } catch (error) {
    await file.discard();
    throw error;
  }
}

function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString("hex")}.tmp`);
}

/**
 * The same promise for a file written in pieces (a refreshed full sheet is never held whole):
 * pieces go to a temporary file; `commit` renames it over the target, `discard` removes it.
 * Writes are synchronous because the workbook writer hands them over from a synchronous pass.
 */
export class AtomicFile {
  private fd: number | null;

  private constructor(
    private readonly target: string,
    private readonly temp: string,
  ) {
    this.fd = openSync(temp, "wx");
  }

  /** Opens the temporary file now, so a folder that cannot take the file fails before any work. */
  static create(target: string): AtomicFile {
    try {
      return new AtomicFile(target, tempPathFor(target));
    } catch (error) {
      // The user named the target, not our temporary file: say which file could not be written.
      // By shape, not `instanceof`: fs errors come from another realm under test runners.
      if (typeof error === "object" && error !== null && "path" in error) error.path = target;
      throw error;
    }
  }

  write(chunk: Uint8Array): void {
    if (this.fd === null) throw new Error("AtomicFile: write after close");
    for (let at = 0; at < chunk.length;) at += writeSync(this.fd, chunk, at, chunk.length - at);
  }

  async commit(): Promise<void> {
    this.close();
    try {
      await fs.rename(this.temp, this.target);
    } catch (error) {
      await fs.rm(this.temp, { force: true });
      throw error;
    }
  }

  async discard(): Promise<void> {
    this.close();
    await fs.rm(this.temp, { force: true });
  }

  private close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
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
