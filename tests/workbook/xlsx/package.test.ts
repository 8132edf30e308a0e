import { strToU8, zipSync } from "fflate";
import { findSheet, openPackage, readPartText } from "../../../src/workbook/xlsx/package";
import { openXlsx } from "../../../src/workbook/xlsx";
import { MAIN_NS, REL_NS } from "./build-package";

const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A package whose workbook lives at `book/main.xml`, with a chart sheet and a dangling sheet. */
function unusualPackage(): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    "_rels/.rels": strToU8(
      `<Relationships xmlns="${PKG_RELS}"><Relationship Id="r1" Type="${REL_NS}/officeDocument" Target="/book/main.xml"/></Relationships>`,
    ),
    "book/main.xml": strToU8(
      `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>` +
        '<sheet name="Data" sheetId="1" r:id="a"/><sheet name="图表" sheetId="2" r:id="b"/><sheet name="Gone" sheetId="3" r:id="c"/>' +
        "</sheets></workbook>",
    ),
    "book/_rels/main.xml.rels": strToU8(
      `<Relationships xmlns="${PKG_RELS}">` +
        `<Relationship Id="a" Type="${REL_NS}/worksheet" Target="Sheets/One.xml"/>` +
        `<Relationship Id="b" Type="${REL_NS}/chartsheet" Target="charts/c1.xml"/>` +
        `<Relationship Id="c" Type="${REL_NS}/worksheet" Target="sheets/missing.xml"/></Relationships>`,
    ),
    "book/sheets/one.xml": strToU8(
      `<worksheet xmlns="${MAIN_NS}"><sheetData><row r="2"><c r="B2"><v>7</v></c></row></sheetData></worksheet>`,
    ),
    "book/charts/c1.xml": strToU8("<chartsheet/>"),
    "book/bad.xml": new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e]),
  });
}

describe("package index", () => {
  const pkg = openPackage(unusualPackage());

  it("finds the workbook through the package relationships and parts ignoring case", () => {
    expect(pkg.workbookPath).toBe("book/main.xml");
    expect(pkg.workbookRelsPath).toBe("book/_rels/main.xml.rels");
    expect(pkg.sheets.map((s) => [s.name, s.path, s.isWorksheet])).toEqual([
      ["Data", "book/sheets/one.xml", true],
      ["图表", "book/charts/c1.xml", false],
      ["Gone", null, true],
    ]);
    expect(findSheet(pkg, "data")?.name).toBe("Data");
    expect(findSheet(pkg, "nothing")).toBeUndefined();
  });

  it("reads sheets without cells as empty", async () => {
    const workbook = openXlsx(unusualPackage());
    expect(await workbook.usedSize("Data")).toEqual({ rows: 2, columns: 2 });
    expect(await workbook.usedSize("图表")).toEqual({ rows: 0, columns: 0 });
    expect(await workbook.readTop("Gone", 5)).toEqual([]);
    expect(await workbook.readColumns("图表", [0, 1], 1)).toEqual([[], []]);
  });

  it("refuses a part that is not UTF-8 rather than reading replacement characters", () => {
    expect(() => readPartText(pkg, "book/bad.xml")).toThrow(expect.objectContaining({ code: "unsupported" }));
  });

  it("reports a missing workbook part as not a workbook", () => {
    const noBook = zipSync({ "_rels/.rels": strToU8(`<Relationships xmlns="${PKG_RELS}"/>`) });
    expect(() => openPackage(noBook)).toThrow(expect.objectContaining({ code: "no-workbook" }));
  });
});
