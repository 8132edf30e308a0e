import { openPackage } from "../../../src/workbook/xlsx/package";
import { readSharedStrings } from "../../../src/workbook/xlsx/shared-strings";
import { buildPackage } from "./build-package";

async function strings(items: string[]): Promise<string[]> {
  const pkg = openPackage(buildPackage({ sheets: [{ name: "S", xml: "" }], sharedStrings: items }));
  return readSharedStrings(pkg.archive, pkg.entry("xl/sharedStrings.xml")!);
}

describe("shared strings", () => {
  it("joins rich-text runs and leaves phonetic guides out", async () => {
    expect(
      await strings([
        "<si><t>普通</t></si>",
        '<si><r><rPr><b/></rPr><t>华东</t></r><r><t xml:space="preserve"> 精密 </t></r></si>',
        '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
        "<si><t/></si>",
        "<si><t>a_x000D_b _x005F_x0041_</t></si>",
        "<si><t><![CDATA[<x>]]></t></si>",
      ]),
    ).toEqual(["普通", "华东 精密 ", "東京", "", "a\rb _x0041_", "<x>"]);
  });

  it("keeps entity references and whitespace as Excel wrote them", async () => {
    expect(await strings(["<si><t>A &amp; B\n  C</t></si>"])).toEqual(["A & B\n  C"]);
  });
});
