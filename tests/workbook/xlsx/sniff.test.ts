import { strToU8, zipSync } from "fflate";
import { XlsxError, type XlsxErrorCode } from "../../../src/workbook/xlsx/errors";
import { sniffPackage } from "../../../src/workbook/xlsx/sniff";

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function ole2(...streams: string[]): Uint8Array {
  const names = streams.flatMap((name) => [...name].flatMap((ch) => [ch.charCodeAt(0), 0]));
  return new Uint8Array([...OLE2, ...new Array(504).fill(0), ...names, 0, 0]);
}

function codeOf(bytes: Uint8Array): XlsxErrorCode | "ok" {
  try {
    sniffPackage(bytes);
    return "ok";
  } catch (error) {
    if (error instanceof XlsxError) return error.code;
    throw error;
  }
}

describe("what a file is", () => {
  it("tells the bad classes apart, each with its own reason", () => {
    expect(codeOf(new Uint8Array(0))).toBe("empty");
    expect(codeOf(strToU8("客户编号,客户名称\n"))).toBe("not-zip");
    expect(codeOf(ole2("Workbook", "SummaryInformation"))).toBe("legacy-xls");
    expect(codeOf(ole2("EncryptionInfo", "EncryptedPackage"))).toBe("encrypted");
    expect(codeOf(ole2("EncryptedPackage"))).toBe("encrypted");
    expect(codeOf(zipSync({ "a.txt": strToU8("a") }))).toBe("ok");
    expect(codeOf(zipSync({}))).toBe("ok");
  });

  it("needs the whole signature, not just its first bytes", () => {
    expect(codeOf(new Uint8Array([0x50, 0x4b]))).toBe("not-zip");
    expect(codeOf(new Uint8Array(OLE2.slice(0, 4)))).toBe("not-zip");
  });

  it("gives one-line reasons in Chinese and English", () => {
    const error = new XlsxError("encrypted");
    expect(error.reason.zh).toMatch(/密码/);
    expect(error.reason.en).toMatch(/password/);
    expect(error.message).not.toMatch(/\n/);
    expect(new XlsxError("corrupt", "xl/workbook.xml").reason.en).toMatch(/xl\/workbook\.xml$/);
  });
});
