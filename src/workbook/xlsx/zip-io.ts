import { Inflate, inflateSync, Zip, ZipDeflate, type ZipInputFile } from "fflate";
import { XlsxError } from "./errors";
import { compressedBytes, type ZipEntry } from "./zip-directory";

/**
 * Compressed bytes handed to the inflater per step. Each step inflates to some 64 KB of text,
 * which keeps every string and buffer of a pass small enough for the young generation: large
 * ones go straight to the old one and make the collector walk the whole heap, plan included.
 */
const INFLATE_STEP = 8 * 1024;
/** Bytes handed to the deflater per push: fflate's own block size. Fixed, so output depends on content only. */
const DEFLATE_BLOCK = 64 * 1024;
const DEFLATE_LEVEL = 1;
const ZIP32_LIMIT = 0xffffffff;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
const EMPTY = new Uint8Array(0);

/** The archive as a view fflate accepts; copies only when the caller's bytes sit on a shared buffer. */
export function ownBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : new Uint8Array(bytes);
}

function assertMethod(entry: ZipEntry): void {
  if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATE) {
    throw new XlsxError("unsupported", `${entry.name} (zip method ${entry.method})`);
  }
}

function corruptEntry(entry: ZipEntry, cause: unknown): XlsxError {
  if (cause instanceof XlsxError) return cause;
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new XlsxError("corrupt", `${entry.name} (${reason})`);
}

/** A whole entry, uncompressed. For the small parts only (workbook, rels, styles, …). */
export function readEntry(archive: Uint8Array, entry: ZipEntry): Uint8Array {
  assertMethod(entry);
  const data = compressedBytes(archive, entry);
  if (entry.method === METHOD_STORED) return data;
  try {
    return inflateSync(data, { out: new Uint8Array(entry.size) });
  } catch (cause) {
    throw corruptEntry(entry, cause);
  }
}

export interface StreamOptions {
  /** Asked between steps; true ends the stream early (the rest of the entry is never inflated). */
  readonly shouldStop?: () => boolean;
  readonly onProgress?: (fraction: number) => void;
}

/** Progress is reported in steps of at least this fraction, so a sink that prints is not flooded. */
const PROGRESS_STEP = 0.01;

/** Passes a fraction on when it is a step past the last one passed, or the end. */
function progressSteps(onProgress: ((fraction: number) => void) | undefined): (fraction: number) => void {
  let reported = 0;
  return (fraction) => {
    if (!onProgress || (fraction - reported < PROGRESS_STEP && fraction !== 1)) return;
    reported = fraction;
    onProgress(fraction);
  };
}

/** Streams an entry's uncompressed bytes in chunks; memory stays bounded whatever its size. */
export function streamEntry(
  archive: Uint8Array,
  entry: ZipEntry,
  onData: (chunk: Uint8Array) => void,
  options: StreamOptions = {},
): void {
  assertMethod(entry);
  const data = compressedBytes(archive, entry);
  const inflater = new Inflate((chunk) => onData(chunk));
  const progress = progressSteps(options.onProgress);
  try {
    for (let at = 0; at < data.length || at === 0; at += INFLATE_STEP) {
      const end = Math.min(data.length, at + INFLATE_STEP);
      const slice = data.subarray(at, end);
      if (entry.method === METHOD_STORED) onData(slice);
      else inflater.push(slice, end === data.length);
      progress(data.length === 0 ? 1 : end / data.length);
      if (end === data.length || options.shouldStop?.()) return;
    }
  } catch (cause) {
    throw corruptEntry(entry, cause);
  }
}

/**
 * Inflates raw deflate data piece by piece, asynchronously (Node's zlib on its thread pool).
 * `onData` returns true to stop early. Rejects when the data is damaged.
 */
export type InflateStream = (compressed: Uint8Array, onData: (chunk: Uint8Array) => boolean) => Promise<void>;

/**
 * `streamEntry` with an asynchronous inflater when one is given; without one (the browser, the
 * tests' default) it is `streamEntry` itself.
 */
export async function streamEntryAsync(
  archive: Uint8Array,
  entry: ZipEntry,
  onData: (chunk: Uint8Array) => void,
  options: StreamOptions & { readonly inflate?: InflateStream } = {},
): Promise<void> {
  const inflate = options.inflate;
  if (!inflate || entry.method === METHOD_STORED) return streamEntry(archive, entry, onData, options);
  assertMethod(entry);
  let produced = 0;
  const progress = progressSteps(options.onProgress);
  try {
    await inflate(compressedBytes(archive, entry), (chunk) => {
      onData(chunk);
      produced += chunk.length;
      // Measured against the uncompressed size the zip directory states.
      progress(entry.size === 0 ? 1 : Math.min(1, produced / entry.size));
      return options.shouldStop?.() ?? false;
    });
  } catch (cause) {
    throw corruptEntry(entry, cause);
  }
}

/** fflate takes times as Dates read back in local time, so the DOS words are rebuilt the same way. */
function dosTimestamp(dosDate: number, dosTime: number): Date {
  const month = (dosDate >> 5) & 0x0f;
  const day = dosDate & 0x1f;
  if (month < 1 || month > 12 || day < 1) return ZIP_EPOCH;
  const year = 1980 + (dosDate >> 9);
  return new Date(year, month - 1, day, dosTime >> 11, (dosTime >> 5) & 0x3f, (dosTime & 0x1f) * 2);
}

/** New parts carry the earliest zip time, as Excel writes them, so equal content gives equal bytes. */
const ZIP_EPOCH = new Date(1980, 0, 1);

export function entryTimestamp(entry: ZipEntry | undefined): Date {
  return entry ? dosTimestamp(entry.dosDate, entry.dosTime) : ZIP_EPOCH;
}

/** A part being written in pieces: text or bytes in, deflated fixed-size blocks out. */
export interface EntryStream {
  write(bytes: Uint8Array): void;
  /** Writes text as UTF-8 straight into the current block. */
  writeText(text: string): void;
  end(): void;
}

/**
 * A native deflater (the command line's zlib) that compresses each block on its own and ends it
 * on a byte boundary, as pigz does: the pieces join into one valid deflate stream, and a
 * synchronous call per block keeps the write streaming without holding the part.
 */
export interface PieceDeflater {
  /** Raw deflate of one block; `final` ends the stream. */
  deflatePiece(block: Uint8Array, final: boolean): Uint8Array;
  /** CRC-32 of `block` continued from `previous`. */
  crc32(block: Uint8Array, previous: number): number;
}

export interface ZipWriterOptions {
  /** Deflates new and edited parts; fflate's own deflater when absent (the browser). */
  readonly deflater?: PieceDeflater;
  /** Receives the archive piece by piece instead of keeping it; `finish` then returns nothing. */
  readonly sink?: (chunk: Uint8Array) => void;
}

/** fflate's header bits for "fastest" compression, as its level-1 deflater sets them. */
const FASTEST_FLAG = 3;
/** Native pieces are larger: fewer calls, and a block long enough to compress well on its own. */
const NATIVE_BLOCK = 1024 * 1024;

/** Builds an archive with fflate, keeping copied entries' compressed bytes as they were. */
export class ZipWriter {
  private readonly zip: Zip;
  private readonly chunks: Uint8Array[] = [];
  private length = 0;
  private failure: unknown = null;

  constructor(private readonly options: ZipWriterOptions = {}) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else if (this.failure === null) this.take(chunk);
    });
  }

  /** Copies an entry through: same compressed bytes, CRC, timestamp and deflate-level flag bits. */
  copy(archive: Uint8Array<ArrayBuffer>, entry: ZipEntry): void {
    assertMethod(entry);
    const file: ZipInputFile = {
      filename: entry.name,
      size: entry.size,
      crc: entry.crc,
      compression: entry.method,
      flag: (entry.flags >> 1) & 3,
      mtime: entryTimestamp(entry),
    };
    this.zip.add(file);
    const data = new Uint8Array(archive.buffer, archive.byteOffset + entry.dataOffset, entry.compressedSize);
    file.ondata?.(null, data, true);
    this.check(entry.name);
  }

  add(name: string, content: Uint8Array, mtime: Date = ZIP_EPOCH): void {
    const stream = this.open(name, mtime);
    stream.write(content);
    stream.end();
  }

  open(name: string, mtime: Date = ZIP_EPOCH): EntryStream {
    const deflater = this.options.deflater;
    const block = new Uint8Array(deflater ? NATIVE_BLOCK : DEFLATE_BLOCK);
    const push = deflater ? this.nativeEntry(name, mtime, deflater) : this.fflateEntry(name, mtime);
    let filled = 0;
    const pushBlock = (final: boolean): void => {
      push(block.subarray(0, filled), final);
      filled = 0;
      this.check(name);
    };
    const encoder = new TextEncoder();
    return {
      write: (bytes) => {
        for (let at = 0; at < bytes.length;) {
          const take = Math.min(bytes.length - at, block.length - filled);
          block.set(bytes.subarray(at, at + take), filled);
          filled += take;
          at += take;
          if (filled === block.length) pushBlock(false);
        }
      },
      writeText: (text) => {
        for (let rest = text; rest.length > 0;) {
          const { read, written } = encoder.encodeInto(rest, block.subarray(filled));
          filled += written;
          rest = rest.slice(read);
          // A character that does not fit whole waits for the next block.
          if (rest.length > 0 || filled === block.length) pushBlock(false);
        }
      },
      end: () => pushBlock(true),
    };
  }

  /** The archive; empty when it went to the sink. */
  finish(): Uint8Array<ArrayBuffer> {
    this.zip.end();
    this.check("zip directory");
    if (this.length > ZIP32_LIMIT) throw new XlsxError("too-large");
    if (this.options.sink) return new Uint8Array(0);
    const out = new Uint8Array(this.length);
    let at = 0;
    // Each piece is let go once copied, so the file is not held twice over for long.
    for (let i = 0; i < this.chunks.length; i++) {
      out.set(this.chunks[i], at);
      at += this.chunks[i].length;
      this.chunks[i] = EMPTY;
    }
    this.chunks.length = 0;
    return out;
  }

  private take(chunk: Uint8Array): void {
    this.length += chunk.length;
    if (this.length > ZIP32_LIMIT) throw new XlsxError("too-large");
    if (!this.options.sink) {
      this.chunks.push(chunk);
      return;
    }
    try {
      this.options.sink(chunk);
    } catch (error) {
      // A full disk: remembered, and raised by the next check rather than inside fflate.
      this.failure = error;
    }
  }

  private fflateEntry(name: string, mtime: Date): (block: Uint8Array, final: boolean) => void {
    const deflater = new ZipDeflate(name, { level: DEFLATE_LEVEL });
    deflater.mtime = mtime;
    this.zip.add(deflater);
    // fflate copies what it is given, so one block serves the whole part.
    return (block, final) => {
      deflater.push(block, final);
      if (final && deflater.size > ZIP32_LIMIT) throw new XlsxError("too-large", name);
    };
  }

  private nativeEntry(
    name: string,
    mtime: Date,
    deflater: PieceDeflater,
  ): (block: Uint8Array, final: boolean) => void {
    // fflate writes a data descriptor after the data, so CRC and size are only needed at the end.
    const file: ZipInputFile = {
      filename: name,
      compression: METHOD_DEFLATE,
      flag: FASTEST_FLAG,
      mtime,
      size: 0,
      crc: 0,
    };
    this.zip.add(file);
    let size = 0;
    let crc = 0;
    return (block, final) => {
      size += block.length;
      if (size > ZIP32_LIMIT) throw new XlsxError("too-large", name);
      crc = deflater.crc32(block, crc);
      const piece = deflater.deflatePiece(block, final);
      if (final) {
        file.size = size;
        file.crc = crc >>> 0;
      }
      file.ondata?.(null, ownBytes(piece), final);
    };
  }

  private check(name: string): void {
    const failure = this.failure;
    if (failure === null) return;
    if (failure instanceof XlsxError || !(failure instanceof Error) || "syscall" in failure) throw failure;
    throw new XlsxError("corrupt", `${name} (${failure.message})`);
  }
}
