import { strToU8, zipSync } from "fflate";
import { XlsxError } from "../../../src/workbook/xlsx/errors";
import { compressedBytes, readZipDirectory } from "../../../src/workbook/xlsx/zip-directory";
import { readEntry } from "../../../src/workbook/xlsx/zip-io";

const archive = zipSync(
  {
    "a.xml": strToU8("<a>甲乙丙</a>".repeat(50)),
    "folder/b.bin": [new Uint8Array([1, 2, 3]), { level: 0 }],
    "空.txt": new Uint8Array(0),
  },
  { mtime: new Date(2024, 2, 15, 10, 30, 20) },
);

describe("zip directory", () => {
  it("lists every entry with its method, sizes and where its data starts", () => {
    const entries = readZipDirectory(archive);
    expect(entries.map((e) => e.name)).toEqual(["a.xml", "folder/b.bin", "空.txt"]);
    const [a, b, empty] = entries;
    expect(a.method).toBe(8);
    expect(a.size).toBe(strToU8("<a>甲乙丙</a>").length * 50);
    expect(a.compressedSize).toBeLessThan(a.size);
    expect(b.method).toBe(0);
    expect(Array.from(compressedBytes(archive, b))).toEqual([1, 2, 3]);
    expect(empty.size).toBe(0);
    expect(new TextDecoder().decode(readEntry(archive, a))).toBe("<a>甲乙丙</a>".repeat(50));
  });

  it("keeps the DOS timestamp words", () => {
    const [a] = readZipDirectory(archive);
    expect(a.dosDate).toBe(((2024 - 1980) << 9) | (3 << 5) | 15);
    expect(a.dosTime).toBe((10 << 11) | (30 << 5) | 10);
  });

  it("finds the directory behind an archive comment", () => {
    const comment = strToU8("x".repeat(300));
    const withComment = new Uint8Array(archive.length + comment.length);
    withComment.set(archive);
    withComment.set(comment, archive.length);
    new DataView(withComment.buffer).setUint16(archive.length - 2, comment.length, true);
    expect(readZipDirectory(withComment).map((e) => e.name)).toEqual(["a.xml", "folder/b.bin", "空.txt"]);
  });

  it("reports a cut-short or damaged archive as corrupt", () => {
    const expectCorrupt = (bytes: Uint8Array): void => {
      try {
        readZipDirectory(bytes);
        throw new Error("no error");
      } catch (error) {
        expect(error).toBeInstanceOf(XlsxError);
        expect((error as XlsxError).code).toBe("corrupt");
      }
    };
    expectCorrupt(archive.subarray(0, archive.length - 30));
    expectCorrupt(archive.subarray(0, 10));
    const damaged = archive.slice();
    damaged[0] = 0; // the first entry's local header signature
    expectCorrupt(damaged);
  });

  it("refuses entries that are encrypted", () => {
    const encrypted = archive.slice();
    const view = new DataView(encrypted.buffer);
    // Set the encryption flag in the first central directory record.
    const eocd = encrypted.length - 22;
    const directory = view.getUint32(eocd + 16, true);
    view.setUint16(directory + 8, view.getUint16(directory + 8, true) | 1, true);
    expect(() => readZipDirectory(encrypted)).toThrow(expect.objectContaining({ code: "encrypted" }));
  });
});
