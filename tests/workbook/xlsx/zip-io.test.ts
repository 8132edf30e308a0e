import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { strToU8, unzipSync, zipSync } from "fflate";
import { nativeDeflater, nativeInflate } from "../../../src/workbook/xlsx/native-zlib";
import { XlsxError } from "../../../src/workbook/xlsx/errors";
import { readZipDirectory } from "../../../src/workbook/xlsx/zip-directory";
import {
  entryTimestamp,
  ownBytes,
  readEntry,
  streamEntry,
  streamEntryAsync,
  ZipWriter,
} from "../../../src/workbook/xlsx/zip-io";

const big = strToU8(
  Array.from({ length: 40_000 }, (_, i) => `<row r="${i + 1}"><c><v>${(i * 7919) % 1000}</v></c></row>`).join(
    "",
  ),
);
const source = ownBytes(
  zipSync(
    { "big.xml": big, "small.txt": strToU8("小"), "stored.bin": [new Uint8Array([9, 8, 7]), { level: 0 }] },
    { mtime: new Date(2023, 5, 1, 8, 0, 0) },
  ),
);
// Mark big.xml as "maximum compression" (flag bits 1–2), as zip tools that compress harder do.
{
  const view = new DataView(source.buffer);
  const directory = view.getUint32(source.length - 22 + 16, true);
  view.setUint16(directory + 8, view.getUint16(directory + 8, true) | 0b010, true);
}
const entries = readZipDirectory(source);
const byName = (name: string) => entries.find((e) => e.name === name)!;

describe("reading entries", () => {
  it("streams an entry in pieces that add up to the whole", () => {
    const pieces: Uint8Array[] = [];
    streamEntry(source, byName("big.xml"), (chunk) => pieces.push(chunk.slice()));
    expect(pieces.length).toBeGreaterThan(1);
    expect(Buffer.concat(pieces).equals(Buffer.from(big))).toBe(true);
  });

  it("stops early when asked, without inflating the rest", () => {
    let bytes = 0;
    let fraction = 0;
    streamEntry(source, byName("big.xml"), (chunk) => (bytes += chunk.length), {
      shouldStop: () => bytes > 1000,
      onProgress: (f) => (fraction = f),
    });
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes).toBeLessThan(big.length);
    expect(fraction).toBeLessThan(1);
  });

  it("reports progress in steps of at least 1 %, ending at 1", () => {
    // 1 MB stored: some 120 read steps, each under 1 % of the entry.
    let seed = 7;
    const noise = Uint8Array.from(
      { length: 1_000_000 },
      () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) >>> 24,
    );
    const archive = zipSync({ "noise.bin": [noise, { level: 0 }] });
    const fractions: number[] = [];
    streamEntry(archive, readZipDirectory(archive)[0], () => undefined, {
      onProgress: (f) => fractions.push(f),
    });
    expect(fractions.length).toBeGreaterThan(50);
    expect(fractions[fractions.length - 1]).toBe(1);
    fractions.slice(1, -1).forEach((f, i) => expect(f - fractions[i]).toBeGreaterThanOrEqual(0.01));
  });

  it("reads stored entries as they are and refuses unknown methods", () => {
    expect(Array.from(readEntry(source, byName("stored.bin")))).toEqual([9, 8, 7]);
    expect(() => readEntry(source, { ...byName("small.txt"), method: 14 })).toThrow(XlsxError);
  });

  it("reports damaged compressed data as corrupt", () => {
    const damaged = source.slice();
    const entry = byName("big.xml");
    damaged.fill(0xff, entry.dataOffset, entry.dataOffset + 64);
    expect(() => streamEntry(damaged, entry, () => undefined)).toThrow(
      expect.objectContaining({ code: "corrupt" }),
    );
  });
});

describe("reading entries with the native inflater", () => {
  const native = { inflate: nativeInflate };

  it("gives the same bytes as fflate, in pieces, with progress ending at 1", async () => {
    const pieces: Uint8Array[] = [];
    const fractions: number[] = [];
    await streamEntryAsync(source, byName("big.xml"), (chunk) => pieces.push(chunk.slice()), {
      ...native,
      onProgress: (f) => fractions.push(f),
    });
    expect(pieces.length).toBeGreaterThan(1);
    expect(Buffer.concat(pieces).equals(Buffer.from(big))).toBe(true);
    expect(fractions[fractions.length - 1]).toBe(1);
  });

  it("stops early when asked, and settles", async () => {
    let bytes = 0;
    await streamEntryAsync(source, byName("big.xml"), (chunk) => (bytes += chunk.length), {
      ...native,
      shouldStop: () => bytes > 1000,
    });
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes).toBeLessThan(big.length);
  });

  it("reads stored entries as they are", async () => {
    const pieces: number[] = [];
    await streamEntryAsync(source, byName("stored.bin"), (chunk) => pieces.push(...chunk), native);
    expect(pieces).toEqual([9, 8, 7]);
  });

  it("reports damaged or cut-off compressed data as corrupt", async () => {
    const entry = byName("big.xml");
    const damaged = source.slice();
    damaged.fill(0xff, entry.dataOffset, entry.dataOffset + 64);
    await expect(streamEntryAsync(damaged, entry, () => undefined, native)).rejects.toMatchObject({
      code: "corrupt",
    });
    const cut = { ...entry, compressedSize: Math.floor(entry.compressedSize / 2) };
    await expect(streamEntryAsync(source, cut, () => undefined, native)).rejects.toMatchObject({
      code: "corrupt",
    });
  });
});

describe("writing archives", () => {
  it("copies entries with their compressed bytes, CRC and timestamp", () => {
    const writer = new ZipWriter();
    for (const entry of entries) writer.copy(source, entry);
    const copy = writer.finish();
    const copied = readZipDirectory(copy);
    copied.forEach((entry, i) => {
      const original = entries[i];
      expect(entry).toMatchObject({
        name: original.name,
        method: original.method,
        crc: original.crc,
        size: original.size,
      });
      // Same deflate-level bits; fflate adds the data-descriptor bit (3) to everything it writes.
      expect(entry.flags & 0b110).toBe(original.flags & 0b110);
      if (entry.name === "big.xml") expect(entry.flags & 0b110).toBe(0b010);
      expect(entry.dosDate).toBe(original.dosDate);
      expect(entry.dosTime).toBe(original.dosTime);
      const a = copy.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
      const b = source.subarray(original.dataOffset, original.dataOffset + original.compressedSize);
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    });
    expect(Buffer.from(unzipSync(copy)["big.xml"]).equals(Buffer.from(big))).toBe(true);
  });

  it("writes text and bytes that unzip to what was written, the same bytes every time", () => {
    const write = (): Uint8Array => {
      const writer = new ZipWriter();
      writer.add("a.txt", strToU8("甲"));
      const stream = writer.open("b.xml", entryTimestamp(byName("big.xml")));
      const text = new TextDecoder().decode(big);
      // Pieces of odd sizes, some cutting a multi-byte character's neighbourhood.
      for (let at = 0; at < text.length; at += 70_001) stream.writeText(text.slice(at, at + 70_001));
      stream.writeText("尾😀");
      stream.end();
      return writer.finish();
    };
    const first = write();
    expect(Buffer.from(first).equals(Buffer.from(write()))).toBe(true);
    const files = unzipSync(first);
    expect(new TextDecoder().decode(files["a.txt"])).toBe("甲");
    expect(new TextDecoder().decode(files["b.xml"])).toBe(`${new TextDecoder().decode(big)}尾😀`);
    const written = readZipDirectory(first).find((e) => e.name === "b.xml")!;
    expect(written.dosDate).toBe(byName("big.xml").dosDate);
  });

  it("gives new parts the earliest zip time, so equal content gives equal bytes", () => {
    const writer = new ZipWriter();
    writer.add("x", new Uint8Array([1]));
    const [entry] = readZipDirectory(writer.finish());
    expect(entry.dosDate).toBe((0 << 9) | (1 << 5) | 1);
    expect(entry.dosTime).toBe(0);
  });
});

describe("writing with the native deflater and a sink", () => {
  /** Three megabytes of rows: several of the native deflater's one-megabyte pieces. */
  const long = new TextDecoder().decode(big).repeat(3) + "尾😀";

  const write = (sink?: (chunk: Uint8Array) => void): Uint8Array => {
    const writer = new ZipWriter({ deflater: nativeDeflater, sink });
    writer.add("a.txt", strToU8("甲"));
    const stream = writer.open("b.xml");
    for (let at = 0; at < long.length; at += 300_007) stream.writeText(long.slice(at, at + 300_007));
    stream.end();
    writer.copy(source, byName("small.txt"));
    return writer.finish();
  };

  it("joins independently deflated pieces into one valid stream, with the right CRC and sizes", () => {
    const archive = write();
    expect(long.length).toBeGreaterThan(3 * 1024 * 1024);
    // fflate checks each entry's CRC and size against the directory.
    const files = unzipSync(archive);
    expect(new TextDecoder().decode(files["b.xml"])).toBe(long);
    expect(new TextDecoder().decode(files["a.txt"])).toBe("甲");
    expect(new TextDecoder().decode(files["small.txt"])).toBe("小");
    const entry = readZipDirectory(archive).find((e) => e.name === "b.xml")!;
    expect(entry.method).toBe(8);
    const data = archive.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    expect(new TextDecoder().decode(inflateRawSync(data))).toBe(long);
    expect(entry.compressedSize).toBeLessThan(entry.size / 4);
  });

  it("passes the archive to the sink piece by piece, keeping none of it", () => {
    const pieces: Uint8Array[] = [];
    const kept = write((chunk) => pieces.push(chunk.slice()));
    expect(kept).toHaveLength(0);
    expect(pieces.length).toBeGreaterThan(3);
    const whole = Buffer.concat(pieces);
    expect(whole.equals(Buffer.from(write()))).toBe(true);
  });

  it("is read by unzip, a tool we did not write, when it is there", () => {
    if (spawnSync("unzip", ["-v"]).status !== 0) return;
    const file = join(mkdtempSync(join(tmpdir(), "zip-native-")), "t.zip");
    writeFileSync(file, write());
    const test = spawnSync("unzip", ["-t", file], { encoding: "utf8" });
    expect(test.stdout).toContain("No errors detected");
  });

  it("raises the sink's failure (a full disk) instead of writing on", () => {
    const full = Object.assign(new Error("ENOSPC: no space left on device"), {
      code: "ENOSPC",
      syscall: "write",
    });
    expect(() =>
      write(() => {
        throw full;
      }),
    ).toThrow(full);
  });
});
