import { Workbook } from "exceljs";
import { READ_ME, READ_ME_SHEET } from "../../../src/template/readMeText";
import { addReadMeSheet } from "../../../src/template/sheets/readMeSheet";

describe.each(["zh", "en"] as const)("addReadMeSheet (%s)", (lang) => {
  const sheet = addReadMeSheet(new Workbook(), lang);

  it("is named in the chosen language", () => {
    expect(sheet.name).toBe(READ_ME_SHEET[lang]);
  });

  it("writes every line in order, one per row", () => {
    READ_ME.forEach((line, i) => {
      const textColumn = line.kind === "entry" || line.kind === "bullet" ? 2 : 1;
      expect(sheet.getCell(i + 1, textColumn).value).toBe(line.text[lang]);
      if (line.kind === "entry") expect(sheet.getCell(i + 1, 1).value).toBe(line.label[lang]);
    });
  });

  it("makes rows of long text taller than rows of short text", () => {
    const heights = READ_ME.map((line, i) => ({ line, height: sheet.getRow(i + 1).height ?? 0 }));
    const bullets = heights.filter((h) => h.line.kind === "bullet");
    const longest = bullets.reduce((a, b) => (a.line.text[lang].length > b.line.text[lang].length ? a : b));
    const shortest = bullets.reduce((a, b) => (a.line.text[lang].length < b.line.text[lang].length ? a : b));
    expect(longest.height).toBeGreaterThan(shortest.height);
  });

  it("hides gridlines and prints one page wide", () => {
    expect(sheet.views[0]?.showGridLines).toBe(false);
    expect(sheet.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, orientation: "portrait" });
  });
});
