import { readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import type { ChartSpec, OwnedSheet, WritePlan } from "../../../src/workbook/port";
import { scanElements } from "../../../src/workbook/xlsx/xml-elements";
import { openPackage } from "../../../src/workbook/xlsx/package";
import { writePackage } from "../../../src/workbook/xlsx/package-writer";
import { parseRelationships } from "../../../src/workbook/xlsx/rels";
import { openXlsx } from "../../../src/workbook/xlsx";
import { buildPackage, REL_NS, textOf } from "./build-package";

/** The Override part names declared, as zip entry names. */
function overriddenParts(xml: string): string[] {
  return scanElements(xml, "types")
    .filter((e) => e.local === "Override")
    .map((e) => (e.attributes.PartName ?? "").replace(/^\//, ""));
}

const FIXTURES = join(__dirname, "../../fixtures/xlsx");

const chart: ChartSpec = {
  kind: "funnel",
  title: "漏斗",
  categories: { firstRow: 2, lastRow: 3, column: 0 },
  series: [{ name: "人数", values: { firstRow: 2, lastRow: 3, column: 1 } }],
  anchor: { row: 1, column: 3, width: 5, height: 10 },
};
const funnel = (charts: readonly ChartSpec[] = [chart]): OwnedSheet => ({
  name: "销售漏斗",
  rows: [
    ["阶段", "人数"],
    ["潜在客户", 10],
    ["成交客户", 2],
  ],
  charts,
});
const sheetsOnly = (...sheets: OwnedSheet[]): WritePlan => ({ columns: null, sheets });

describe("rewriting owned sheets that already exist", () => {
  const input = new Uint8Array(readFileSync(join(FIXTURES, "existing-owned-sheets.xlsx")));
  let output: Uint8Array;
  let files: ReturnType<typeof unzipSync>;
  beforeAll(async () => {
    output = await writePackage(
      openPackage(input),
      sheetsOnly(funnel(), { name: "校验报告", rows: [["新报告"]] }),
    );
    files = unzipSync(output);
  });

  it("keeps their tab position, sheet id and part, and adds no sheet", async () => {
    const pkg = openPackage(output);
    expect(pkg.sheets.map((s) => [s.name, s.sheetId, s.path])).toEqual(
      openPackage(input).sheets.map((s) => [s.name, s.sheetId, s.path]),
    );
  });

  it("drops the old drawing, chart and image from the package and from the content types", async () => {
    const names = Object.keys(files);
    expect(names).not.toContain("xl/media/image1.png");
    expect(names.filter((n) => n.startsWith("xl/charts/"))).toEqual(["xl/charts/chart1.xml"]);
    expect(new TextDecoder().decode(files["xl/charts/chart1.xml"])).toContain("漏斗");
    const overrides = overriddenParts(textOf(output, "[Content_Types].xml"));
    for (const part of overrides) expect(names).toContain(part);
    expect(overrides.filter((p) => p.startsWith("xl/drawings/"))).toEqual(["xl/drawings/drawing1.xml"]);
    const sheetRels = parseRelationships(textOf(output, "xl/worksheets/_rels/sheet2.xml.rels"), "rels");
    expect(sheetRels.map((r) => r.target)).toEqual(["../drawings/drawing1.xml"]);
    expect(names).not.toContain("xl/worksheets/_rels/sheet3.xml.rels");
  });

  it("leaves the other sheets alone and gives identical bytes on the next refresh", async () => {
    expect(textOf(output, "xl/worksheets/sheet4.xml")).toBe(textOf(input, "xl/worksheets/sheet4.xml"));
    const again = await writePackage(
      openPackage(output),
      sheetsOnly(funnel(), { name: "校验报告", rows: [["新报告"]] }),
    );
    expect(Buffer.from(again).equals(Buffer.from(output))).toBe(true);
  });

  it("removes the drawing when the new sheet has no charts", async () => {
    const plain = unzipSync(await writePackage(openPackage(output), sheetsOnly(funnel([]))));
    expect(Object.keys(plain).filter((n) => /drawing|chart/.test(n))).toEqual([]);
    expect(new TextDecoder().decode(plain["xl/worksheets/sheet2.xml"])).not.toContain("<drawing");
  });
});

describe("new owned sheets", () => {
  it("are added at the end with fresh ids, relationships and content types", async () => {
    const input = buildPackage({ sheets: [{ name: "客户台账", xml: "" }] });
    const output = await writePackage(
      openPackage(input),
      sheetsOnly(funnel(), { name: "校验报告", rows: [["ok"]] }),
    );
    const pkg = openPackage(output);
    expect(pkg.sheets.map((s) => [s.name, s.sheetId, s.path])).toEqual([
      ["客户台账", 1, "xl/worksheets/sheet1.xml"],
      ["销售漏斗", 2, "xl/worksheets/sheet2.xml"],
      ["校验报告", 3, "xl/worksheets/sheet3.xml"],
    ]);
    expect(new Set(pkg.workbookRels.map((r) => r.id)).size).toBe(pkg.workbookRels.length);
    expect(overriddenParts(textOf(output, "[Content_Types].xml"))).toEqual(
      expect.arrayContaining([
        "xl/worksheets/sheet2.xml",
        "xl/worksheets/sheet3.xml",
        "xl/drawings/drawing1.xml",
        "xl/charts/chart1.xml",
      ]),
    );
    expect(await openXlsx(output).readTop("销售漏斗", 3)).toEqual([
      ["阶段", "人数"],
      ["潜在客户", 10],
      ["成交客户", 2],
    ]);
  });
});

describe("the calculation chain", () => {
  const calcChain = (sheetId: number) => ({
    extra: {
      "xl/calcChain.xml": `<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B2" i="${sheetId}"/></calcChain>`,
    },
    extraWorkbookRels: `<Relationship Id="rIdChain" Type="${REL_NS}/calcChain" Target="calcChain.xml"/>`,
    extraContentTypes:
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>',
  });
  const sheets = [
    { name: "客户台账", xml: '<row r="2"><c r="B2"><f>1+1</f><v>2</v></c></row>' },
    { name: "销售漏斗", xml: '<row r="2"><c r="B2"><f>1+1</f><v>2</v></c></row>' },
  ];

  it("goes when a rewritten sheet had formulas in it, with its relationship and content type", async () => {
    const output = await writePackage(
      openPackage(buildPackage({ sheets, ...calcChain(2) })),
      sheetsOnly(funnel([])),
    );
    expect(Object.keys(unzipSync(output))).not.toContain("xl/calcChain.xml");
    expect(textOf(output, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(textOf(output, "[Content_Types].xml")).not.toContain("calcChain");
  });

  it("stays, untouched, when the rewritten sheet had none", async () => {
    const input = buildPackage({ sheets, ...calcChain(1) });
    const output = await writePackage(openPackage(input), sheetsOnly(funnel([])));
    expect(textOf(output, "xl/calcChain.xml")).toBe(textOf(input, "xl/calcChain.xml"));
    expect(textOf(output, "xl/_rels/workbook.xml.rels")).toBe(textOf(input, "xl/_rels/workbook.xml.rels"));
  });
});

describe("packages without a style sheet", () => {
  it("get one, with its relationship and content type, when the written cells need styles", async () => {
    const input = buildPackage({ sheets: [{ name: "客户台账", xml: "" }], styles: null });
    const output = await writePackage(
      openPackage(input),
      sheetsOnly({ name: "校验报告", rows: [[{ value: "标题", style: "title" }]] }),
    );
    const pkg = openPackage(output);
    expect(pkg.stylesPath).toBe("xl/styles.xml");
    expect(overriddenParts(textOf(output, "[Content_Types].xml"))).toContain("xl/styles.xml");
    expect(textOf(output, "xl/worksheets/sheet2.xml")).toContain('<c r="A1" s="1" t="inlineStr">');
  });
});

describe("progress and later reads", () => {
  it("reports the writing step up to 1 and reads the refreshed file afterwards", async () => {
    const workbook = openXlsx(
      buildPackage({ sheets: [{ name: "客户台账", xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }] }),
    );
    expect(await workbook.usedSize("客户台账")).toEqual({ rows: 1, columns: 1 });
    const fractions: number[] = [];
    await workbook.write(
      {
        columns: {
          sheet: "客户台账",
          headerRow: 1,
          firstColumn: 1,
          headers: ["分数"],
          rows: [[90]],
          clearRowsBelow: 0,
        },
        sheets: [],
      },
      (p) => fractions.push(p.fraction),
    );
    expect(fractions[fractions.length - 1]).toBe(1);
    expect(fractions.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= fractions[i - 1]))).toBe(true);
    expect(await workbook.usedSize("客户台账")).toEqual({ rows: 2, columns: 2 });
    expect(await workbook.readTop("客户台账", 2)).toEqual([
      [1, "分数"],
      [null, 90],
    ]);
  });
});
