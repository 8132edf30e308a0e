import { strToU8, unzipSync, zipSync } from "fflate";
import { pinZipTimes } from "../../src/template/pinnedZip";

const entries = { "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.xml": strToU8("<workbook/>") };
const day = { year: 2026, month: 11, day: 16 };

describe("pinZipTimes", () => {
  it("gives the same bytes whatever time the entries were stamped with", () => {
    const early = zipSync(entries, { mtime: new Date(2001, 0, 1, 8, 30) });
    const late = zipSync(entries, { mtime: new Date(2030, 5, 6, 17, 45) });
    expect(Buffer.compare(Buffer.from(early), Buffer.from(late))).not.toBe(0);
    expect(Buffer.compare(Buffer.from(pinZipTimes(early, day)), Buffer.from(pinZipTimes(late, day)))).toBe(0);
  });

  it("keeps every entry, in order, with its content", () => {
    const pinned = unzipSync(pinZipTimes(zipSync(entries), day));
    expect(Object.keys(pinned)).toEqual(Object.keys(entries));
    expect(Buffer.from(pinned["xl/workbook.xml"]).toString()).toBe("<workbook/>");
  });
});
