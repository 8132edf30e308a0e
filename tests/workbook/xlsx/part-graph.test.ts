import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openPackage } from "../../../src/workbook/xlsx/package";
import { partsOwnedBy } from "../../../src/workbook/xlsx/part-graph";
import { buildPackage, REL_NS } from "./build-package";

const FIXTURES = join(__dirname, "../../fixtures/xlsx");

describe("parts that go with rewritten sheets", () => {
  it("takes an owned sheet's drawing, chart and image, and its rels, but nothing the rest of the package uses", () => {
    const pkg = openPackage(readFileSync(join(FIXTURES, "existing-owned-sheets.xlsx")));
    const funnel = pkg.sheets.find((s) => s.name === "销售漏斗")!.path!;
    expect([...partsOwnedBy(pkg, [funnel])].sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
      "xl/media/image1.png",
      "xl/worksheets/_rels/sheet2.xml.rels",
    ]);
    expect(partsOwnedBy(pkg, [pkg.sheets.find((s) => s.name === "校验报告")!.path!]).size).toBe(0);
  });

  it("keeps a part that another sheet still reaches", () => {
    const rel = (target: string) =>
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/image" Target="${target}"/></Relationships>`;
    const pkg = openPackage(
      buildPackage({
        sheets: [
          { name: "A", xml: "" },
          { name: "B", xml: "" },
        ],
        extra: {
          "xl/worksheets/_rels/sheet1.xml.rels": rel("../media/shared.png"),
          "xl/worksheets/_rels/sheet2.xml.rels": rel("../media/shared.png"),
          "xl/media/shared.png": "png",
        },
      }),
    );
    expect([...partsOwnedBy(pkg, ["xl/worksheets/sheet2.xml"])]).toEqual([
      "xl/worksheets/_rels/sheet2.xml.rels",
    ]);
  });
});
