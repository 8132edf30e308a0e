import { XlsxError } from "./errors";

/** OLE2 compound file (old .xls, and the wrapper Office puts around an encrypted .xlsx). */
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "PK" + local file header, or "PK" + end of central directory for an empty archive. */
const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];
/** Stream names Office writes into an encrypted package, as they sit in the OLE2 directory (UTF-16LE). */
const ENCRYPTION_STREAMS = ["EncryptionInfo", "EncryptedPackage"].map(utf16le);

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) bytes[i * 2] = text.charCodeAt(i);
  return bytes;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first); i >= 0 && i <= haystack.length - needle.length;) {
    for (let j = 1; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) {
        i = haystack.indexOf(first, i + 1);
        continue outer;
      }
    }
    return true;
  }
  return false;
}

/**
 * Throws the XlsxError that names what the bytes are when they cannot be an .xlsx package: an
 * empty file, an old .xls, a password-protected workbook or something that is not a zip at all.
 */
export function sniffPackage(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new XlsxError("empty");
  if (startsWith(bytes, OLE2_SIGNATURE)) {
    throw new XlsxError(
      ENCRYPTION_STREAMS.some((name) => contains(bytes, name)) ? "encrypted" : "legacy-xls",
    );
  }
  if (!ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature))) throw new XlsxError("not-zip");
}
