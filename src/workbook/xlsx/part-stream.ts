import { XlsxError } from "./errors";
import type { ZipEntry } from "./zip-directory";
import { streamEntry, type StreamOptions } from "./zip-io";

/**
 * A part's text in pieces: inflated and decoded as it goes, never whole, so a sheet of a million
 * rows costs a few megabytes of memory. Invalid UTF-8 is an error rather than a silent U+FFFD,
 * because spliced parts must keep every byte they did not change.
 */
export function streamPartText(
  archive: Uint8Array,
  entry: ZipEntry,
  onText: (text: string) => void,
  options: StreamOptions = {},
): void {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let stopped = false;
  const shouldStop = (): boolean => stopped || (options.shouldStop?.() ?? false);
  const decode = (bytes: Uint8Array, final: boolean): string => {
    try {
      return decoder.decode(bytes, { stream: !final });
    } catch {
      throw new XlsxError("unsupported", `${entry.name} is not UTF-8`);
    }
  };
  streamEntry(
    archive,
    entry,
    (chunk) => {
      if (stopped) return;
      const text = decode(chunk, false);
      if (text) onText(text);
      stopped = shouldStop();
    },
    { shouldStop, onProgress: options.onProgress },
  );
  if (!shouldStop()) {
    const rest = decode(new Uint8Array(0), true);
    if (rest) onText(rest);
  }
}

/** Wraps a parser failure with the part it happened in. */
export function xmlFailure(entry: ZipEntry, cause: unknown): XlsxError {
  if (cause instanceof XlsxError) return cause;
  return new XlsxError(
    "corrupt",
    `${entry.name} (${cause instanceof Error ? cause.message : String(cause)})`,
  );
}
