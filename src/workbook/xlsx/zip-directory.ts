import { strFromU8 } from "fflate";
import { XlsxError } from "./errors";

/**
 * The zip's table of contents, read from its central directory. fflate inflates, deflates and
 * writes archives, but offers no way to find an entry's compressed bytes without inflating them,
 * and its streaming reader finds the end of entries written with data descriptors (as fflate
 * itself writes them) by scanning for signatures, which can misfire inside compressed data. The
 * central directory is the authoritative index, so only it is read here; nothing is decoded.
 */
export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflate. */
  readonly method: number;
  /** General purpose bit flags (bits 1–2 record the deflate level class; bit 11 a UTF-8 name). */
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the compressed bytes in the archive. */
  readonly dataOffset: number;
  /** MS-DOS date and time words, kept so a copied entry keeps its timestamp. */
  readonly dosDate: number;
  readonly dosTime: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA_ID = 0x0001;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_UTF8 = 0x0800;
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;

function corrupt(detail: string): XlsxError {
  return new XlsxError("corrupt", detail);
}

function u64(view: DataView, offset: number): number {
  return view.getUint32(offset, true) + view.getUint32(offset + 4, true) * 2 ** 32;
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - EOCD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  throw corrupt("zip directory not found");
}

interface DirectoryLocation {
  readonly entries: number;
  readonly offset: number;
}

function locateDirectory(view: DataView, eocd: number): DirectoryLocation {
  const entries = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (entries !== U16_MAX && offset !== U32_MAX) return { entries, offset };
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) return { entries, offset };
  const zip64 = u64(view, locator + 8);
  if (zip64 + 56 > view.byteLength || view.getUint32(zip64, true) !== ZIP64_EOCD_SIGNATURE) {
    throw corrupt("zip64 directory not found");
  }
  return { entries: u64(view, zip64 + 32), offset: u64(view, zip64 + 48) };
}

interface Sizes {
  size: number;
  compressedSize: number;
  localOffset: number;
}

/** Zip64 keeps the real value of every 32-bit field that reads 0xFFFFFFFF in an extra field. */
function applyZip64(view: DataView, extraStart: number, extraEnd: number, sizes: Sizes): void {
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA_ID) {
      let field = at + 4;
      for (const key of ["size", "compressedSize", "localOffset"] as const) {
        if (sizes[key] === U32_MAX && field + 8 <= at + 4 + length) {
          sizes[key] = u64(view, field);
          field += 8;
        }
      }
      return;
    }
    at += 4 + length;
  }
}

/** Every entry of the archive, in central-directory order. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < EOCD_SIZE) throw corrupt("too short for a zip archive");
  const { entries: count, offset } = locateDirectory(view, findEndOfDirectory(view));
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE)
      throw corrupt("bad zip directory");
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = strFromU8(nameBytes, (flags & FLAG_UTF8) === 0);
    if (flags & FLAG_ENCRYPTED) throw new XlsxError("encrypted", name);
    const sizes: Sizes = {
      size: view.getUint32(at + 24, true),
      compressedSize: view.getUint32(at + 20, true),
      localOffset: view.getUint32(at + 42, true),
    };
    const extraStart = at + 46 + nameLength;
    applyZip64(view, extraStart, extraStart + extraLength, sizes);
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      flags,
      crc: view.getUint32(at + 16, true),
      compressedSize: sizes.compressedSize,
      size: sizes.size,
      dataOffset: localDataOffset(view, sizes.localOffset, name),
      dosTime: view.getUint16(at + 12, true),
      dosDate: view.getUint16(at + 14, true),
    });
    at = extraStart + extraLength + commentLength;
  }
  for (const entry of entries) {
    if (entry.dataOffset + entry.compressedSize > bytes.length) throw corrupt(`${entry.name} is cut short`);
  }
  return entries;
}

/** The local header's name and extra field may differ in length from the directory's copy. */
function localDataOffset(view: DataView, headerOffset: number, name: string): number {
  if (headerOffset + 30 > view.byteLength || view.getUint32(headerOffset, true) !== LOCAL_SIGNATURE) {
    throw corrupt(`${name} has no local header`);
  }
  return (
    headerOffset + 30 + view.getUint16(headerOffset + 26, true) + view.getUint16(headerOffset + 28, true)
  );
}

/** The compressed bytes of an entry, as a view into the archive (nothing is copied). */
export function compressedBytes(archive: Uint8Array, entry: ZipEntry): Uint8Array {
  return archive.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}
