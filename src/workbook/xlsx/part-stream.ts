import { XlsxError } from "./errors";
import type { ZipEntry } from "./zip-directory";
import { streamEntry, streamEntryAsync, type InflateStream, type StreamOptions } from "./zip-io";

/**
 * Decodes a part's bytes as they come and hands the text on; `finish` flushes the decoder unless
 * the reader stopped early. Invalid UTF-8 is an error rather than a silent U+FFFD, because
 * spliced parts must keep every byte they did not change.
 */
function textFeeder(entry: ZipEntry, onText: (text: string) => void, options: StreamOptions) {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const decode = (bytes: Uint8Array, final: boolean): string => {
    try {
      return decoder.decode(bytes, { stream: !final });
    } catch {
      throw new XlsxError("unsupported", `${entry.name} is not UTF-8`);
    }
  };
  let stopped = false;
  const shouldStop = (): boolean => stopped || (options.shouldStop?.() ?? false);
  return {
    shouldStop,
    onChunk(chunk: Uint8Array): void {
      if (stopped) return;
      const text = decode(chunk, false);
      if (text) onText(text);
      stopped = shouldStop();
    },
    finish(): void {
      if (shouldStop()) return;
      const rest = decode(new Uint8Array(0), true);
      if (rest) onText(rest);
    },
  };
}

/**
 * A part's text in pieces: inflated and decoded as it goes, never whole, so a sheet of a million
 * rows costs a few megabytes of memory.
 */
export function streamPartText(
  archive: Uint8Array,
  entry: ZipEntry,
  onText: (text: string) => void,
  options: StreamOptions = {},
): void {
  const feeder = textFeeder(entry, onText, options);
  streamEntry(archive, entry, feeder.onChunk, {
    shouldStop: feeder.shouldStop,
    onProgress: options.onProgress,
  });
  feeder.finish();
}

/** The same, inflating with `inflate` when given (the command line's zlib, off the main thread). */
export async function streamPartTextAsync(
  archive: Uint8Array,
  entry: ZipEntry,
  onText: (text: string) => void,
  options: StreamOptions & { readonly inflate?: InflateStream } = {},
): Promise<void> {
  const feeder = textFeeder(entry, onText, options);
  await streamEntryAsync(archive, entry, feeder.onChunk, {
    shouldStop: feeder.shouldStop,
    onProgress: options.onProgress,
    inflate: options.inflate,
  });
  feeder.finish();
}

/** Wraps a parser failure with the part it happened in. */
export function xmlFailure(entry: ZipEntry, cause: unknown): XlsxError {
  if (cause instanceof XlsxError) return cause;
  return new XlsxError(
    "corrupt",
    `${entry.name} (${cause instanceof Error ? cause.message : String(cause)})`,
  );
}
