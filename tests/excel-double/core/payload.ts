/** Bytes of a value serialised as JSON (UTF-8), as it would cross the wire to Excel on the web. */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
}

export const MEGABYTE = 1024 * 1024;
