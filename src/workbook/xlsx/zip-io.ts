import { Inflate, inflateSync, Zip, ZipDeflate, type ZipInputFile, type FlateError } from "fflate";
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
  let reported = 0;
  try {
    for (let at = 0; at < data.length || at === 0; at += INFLATE_STEP) {
      const end = Math.min(data.length, at + INFLATE_STEP);
      const slice = data.subarray(at, end);
      if (entry.method === METHOD_STORED) onData(slice);
      else inflater.push(slice, end === data.length);
      const fraction = data.length === 0 ? 1 : end / data.length;
      if (options.onProgress && (fraction - reported >= PROGRESS_STEP || fraction === 1)) {
        reported = fraction;
        options.onProgress(fraction);
      }
      if (end === data.length || options.shouldStop?.()) return;
    }
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

/** Builds an archive with fflate, keeping copied entries' compressed bytes as they were. */
export class ZipWriter {
  private readonly zip: Zip;
  private readonly chunks: Uint8Array[] = [];
  private length = 0;
  private failure: FlateError | null = null;

  constructor() {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else {
        this.chunks.push(chunk);
        this.length += chunk.length;
      }
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
    const deflater = new ZipDeflate(name, { level: DEFLATE_LEVEL });
    deflater.mtime = mtime;
    this.zip.add(deflater);
    // fflate copies what it is given, so one block serves the whole part.
    const block = new Uint8Array(DEFLATE_BLOCK);
    let filled = 0;
    const pushBlock = (final: boolean): void => {
      deflater.push(block.subarray(0, filled), final);
      filled = 0;
      this.check(name);
    };
    const encoder = new TextEncoder();
    return {
      write: (bytes) => {
        for (let at = 0; at < bytes.length;) {
          const take = Math.min(bytes.length - at, DEFLATE_BLOCK - filled);
          block.set(bytes.subarray(at, at + take), filled);
          filled += take;
          at += take;
          if (filled === DEFLATE_BLOCK) pushBlock(false);
        }
      },
      writeText: (text) => {
        for (let rest = text; rest.length > 0;) {
          const { read, written } = encoder.encodeInto(rest, block.subarray(filled));
          filled += written;
          rest = rest.slice(read);
          // A character that does not fit whole waits for the next block.
          if (rest.length > 0 || filled === DEFLATE_BLOCK) pushBlock(false);
        }
      },
      end: () => {
        pushBlock(true);
        if (deflater.size > ZIP32_LIMIT) throw new XlsxError("too-large", name);
      },
    };
  }

  finish(): Uint8Array<ArrayBuffer> {
    this.zip.end();
    this.check("zip directory");
    if (this.length > ZIP32_LIMIT) throw new XlsxError("too-large");
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

  private check(name: string): void {
    if (this.failure) throw new XlsxError("corrupt", `${name} (${this.failure.message})`);
  }
}
