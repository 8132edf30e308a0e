import fc from "fast-check";
import type { RawCell } from "../../../src/engine/cells/types";
import type { OutCell, OwnedColumns } from "../../../src/workbook/port";
import { cellAddress } from "../../../src/workbook/xlsx/cell-ref";
import type { StyleResolver } from "../../../src/workbook/xlsx/cell-xml";
import { ownedBlock } from "../../../src/workbook/xlsx/owned-block";
import { openPackage } from "../../../src/workbook/xlsx/package";
import { scanSheet } from "../../../src/workbook/xlsx/sheet-reader";
import { spliceSheet } from "../../../src/workbook/xlsx/sheet-splicer";
import { isPlainRequest } from "../../../src/workbook/xlsx/style-catalog";
import { buildPackage, MAIN_NS, worksheetXml } from "./build-package";

/** Every styled request gets format 7, so tests can see a style was asked for. */
const resolveStyle: StyleResolver = (request) => (isPlainRequest(request) ? 0 : 7);

async function splice(sheetXml: string, columns: Partial<OwnedColumns>): Promise<string> {
  const pkg = openPackage(buildPackage({ sheets: [{ name: "S", xml: sheetXml }] }));
  const parts: string[] = [];
  const block = ownedBlock(
    {
      sheet: "S",
      headerRow: 1,
      firstColumn: 2,
      headers: ["H1", "H2"],
      rows: [],
      clearRowsBelow: 0,
      ...columns,
    },
    resolveStyle,
  );
  await spliceSheet(pkg.archive, pkg.entry("xl/worksheets/sheet1.xml")!, block, {
    write: () => {
      throw new Error("the splicer writes text");
    },
    writeText: (text) => parts.push(text),
    end: () => undefined,
  });
  return parts.join("");
}

async function cells(sheetXml: string): Promise<Map<string, RawCell>> {
  const pkg = openPackage(buildPackage({ sheets: [{ name: "S", xml: sheetXml }] }));
  const found = new Map<string, RawCell>();
  await scanSheet(
    {
      archive: pkg.archive,
      entry: pkg.entry("xl/worksheets/sheet1.xml")!,
      context: { sharedStrings: [], date1904: false },
    },
    (r, c, v) => found.set(cellAddress(r, c), v),
  );
  return found;
}

const inline = (text: string): string => `t="inlineStr"><is><t xml:space="preserve">${text}</t></is>`;

describe("splicing the owned block into rows", () => {
  it("adds the block right of a row's cells and leaves every other byte alone", async () => {
    const input = worksheetXml(
      '<row r="1" spans="1:2" ht="20"><c r="A1" s="3"><v>1</v></c><c r="B1" t="s"><v>0</v></c></row>',
    );
    const output = await splice(input, { rows: [] });
    expect(output).toBe(
      input.replace("</row>", `<c r="C1" s="7" ${inline("H1")}</c><c r="D1" s="7" ${inline("H2")}</c></row>`),
    );
  });

  it("replaces the block's old cells, keeps cells right of it, and gives shifted cells their address", async () => {
    const input = worksheetXml(
      '<row r="2"><c r="A2"><v>1</v></c>\n  <c r="C2" s="9"><v>old</v></c>\n  <c r="D2"><f>X</f><v>2</v></c><c r="F2"><v>6</v></c><c><v>7</v></c></row>',
    );
    const output = await splice(input, { headerRow: 1, rows: [[{ value: 0.5, format: "0.0%" }, null]] });
    expect(output).toContain(
      '<row r="2"><c r="A2"><v>1</v></c><c r="C2" s="7"><v>0.5</v></c><c r="F2"><v>6</v></c><c r="G2"><v>7</v></c></row>',
    );
  });

  it("creates the rows the block needs, in order, before, between and after the sheet's rows", async () => {
    const input = worksheetXml(
      '<row r="3"><c r="A3"><v>3</v></c></row><row r="5"><c r="A5"><v>5</v></c></row>',
    );
    const output = await splice(input, { rows: [["a"], ["b"], ["c"], ["d"], ["e"]] });
    const rowNumbers = [...output.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rowNumbers).toEqual([1, 2, 3, 4, 5, 6]);
    expect(output).toContain(`<row r="4"><c r="C4" ${inline("c")}</c></row>`);
    expect(output).toContain(`<row r="6"><c r="C6" ${inline("e")}</c></row>`);
  });

  it("does not create rows for block rows that have nothing to write", async () => {
    const output = await splice(worksheetXml(""), {
      rows: [
        [null, null],
        ["x", null],
      ],
    });
    expect([...output.matchAll(/<row r="(\d+)"/g)].map((m) => m[1])).toEqual(["1", "3"]);
  });

  it("opens up self-closing rows and an empty <sheetData/>", async () => {
    expect(await splice(worksheetXml('<row r="1" ht="9"/>'), {})).toContain(
      `<row r="1" ht="9"><c r="C1" s="7" ${inline("H1")}</c>`,
    );
    const empty = `<worksheet xmlns="${MAIN_NS}"><dimension ref="A1"/><sheetData/><pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/></worksheet>`;
    const output = await splice(empty, { rows: [["x", "y"]] });
    expect(output).toMatch(/<sheetData><row r="1">.*<\/row><row r="2">.*<\/row><\/sheetData><pageMargins/);
  });

  it("empties the block's cells in the rows below an older, longer block, without creating rows", async () => {
    const input = worksheetXml(
      '<row r="2"><c r="A2"><v>1</v></c><c r="C2" t="inlineStr"><is><t>old</t></is></c></row><row r="3"><c r="D3"><v>9</v></c><c r="E3"><v>5</v></c></row><row r="4"><c r="C4"><v>8</v></c></row>',
    );
    const output = await splice(input, { rows: [], clearRowsBelow: 2 });
    expect(output).toContain(
      '<row r="2"><c r="A2"><v>1</v></c></row><row r="3"><c r="E3"><v>5</v></c></row><row r="4"><c r="C4"><v>8</v></c></row>',
    );
  });

  it("widens <dimension> to cover the block and adds none where there was none", async () => {
    const input = `<worksheet xmlns="${MAIN_NS}"><dimension ref="A1:B9"/><sheetData/></worksheet>`;
    expect(await splice(input, { headerRow: 3, rows: [["a"], ["b"]] })).toContain('<dimension ref="A1:D9"/>');
    expect(await splice(input, { headerRow: 8, rows: [["a"], ["b"], ["c"]] })).toContain(
      '<dimension ref="A1:D11"/>',
    );
    expect(await splice(worksheetXml(""), {})).not.toContain("<dimension");
  });

  it("writes the block's internal links into <hyperlinks>, placed where the schema wants it", async () => {
    const tail =
      '<pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/><drawing r:id="rId1"/>';
    const input = worksheetXml("").replace("</worksheet>", `${tail}</worksheet>`);
    const output = await splice(input, {
      rows: [[{ value: "看", link: { sheet: "校验报告", row: 2, column: 0 } }]],
    });
    expect(output).toContain(
      `</sheetData><hyperlinks><hyperlink ref="C2" location="'校验报告'!A2"/></hyperlinks><pageMargins`,
    );
  });

  it("keeps the user's links, drops the block's old ones and removes <hyperlinks> when nothing is left", async () => {
    const links =
      '<hyperlinks><hyperlink ref="A1" r:id="rId3"/><hyperlink ref="C2" location="\'校验报告\'!A9"/><hyperlink ref="C9:D9" location="Old!A1"/></hyperlinks>';
    const input = worksheetXml("").replace("</worksheet>", `${links}</worksheet>`);
    expect(
      await splice(input, {
        rows: [[{ value: "看", link: { sheet: "R", row: 5, column: 1 } }]],
        clearRowsBelow: 10,
      }),
    ).toContain(
      '<hyperlinks><hyperlink ref="A1" r:id="rId3"/><hyperlink ref="C2" location="\'R\'!B5"/></hyperlinks>',
    );
    const onlyOurs = worksheetXml("").replace(
      "</worksheet>",
      '<hyperlinks><hyperlink ref="C2" location="X!A1"/></hyperlinks></worksheet>',
    );
    expect(await splice(onlyOurs, { rows: [["no link"]] })).not.toContain("hyperlink");
  });

  it("writes with the worksheet's namespace prefix", async () => {
    const input = `<x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const output = await splice(input, { rows: [["a", 2]] });
    expect(output).toContain(
      '<x:c r="C1" s="7" t="inlineStr"><x:is><x:t xml:space="preserve">H1</x:t></x:is></x:c>',
    );
    expect(output).toContain(
      '<x:row r="2"><x:c r="C2" t="inlineStr"><x:is><x:t xml:space="preserve">a</x:t></x:is></x:c><x:c r="D2"><x:v>2</x:v></x:c></x:row>',
    );
  });

  it("keeps text that looks like a formula as text", async () => {
    const output = await splice(worksheetXml(""), {
      rows: [["=SUM(A1:A9)", "+1", "-1", "@A"]] as OutCell[][],
      headers: ["a", "b", "c", "d"],
    });
    expect(output).not.toContain("<f>");
    expect((await cells(output)).get("C2")).toBe("=SUM(A1:A9)");
    expect((await cells(output)).get("F2")).toBe("@A");
  });
});

describe("splicing, for any sheet and any block", () => {
  const cellValue = fc.oneof(
    fc.integer({ min: -5, max: 500 }),
    fc.constantFrom("甲", "=1+1", "a&b", " 空格 "),
  );
  const sheet = fc.array(
    fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 7 }), cellValue),
    { maxLength: 40 },
  );
  const block = fc.record({
    headerRow: fc.integer({ min: 1, max: 6 }),
    firstColumn: fc.integer({ min: 0, max: 6 }),
    width: fc.integer({ min: 1, max: 3 }),
    rows: fc.array(fc.array(fc.option(cellValue, { nil: null }), { minLength: 3, maxLength: 3 }), {
      maxLength: 6,
    }),
    clearRowsBelow: fc.integer({ min: 0, max: 3 }),
  });

  function sheetXml(entries: [number, number, string | number][]): string {
    const byRow = new Map<number, Map<number, string | number>>();
    for (const [row, column, value] of entries) {
      if (!byRow.has(row)) byRow.set(row, new Map());
      byRow.get(row)!.set(column, value);
    }
    const rows = [...byRow.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([row, columns]) => {
        const cellsXml = [...columns.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([column, value]) =>
            typeof value === "number"
              ? `<c r="${cellAddress(row, column)}"><v>${value}</v></c>`
              : `<c r="${cellAddress(row, column)}" t="inlineStr"><is><t xml:space="preserve">${value.replace(/&/g, "&amp;")}</t></is></c>`,
          )
          .join("");
        return `<row r="${row}">${cellsXml}</row>`;
      })
      .join("");
    return worksheetXml(rows);
  }

  it("changes exactly the block: cells outside keep their values, cells inside hold the plan, twice is once", async () => {
    await fc.assert(
      fc.asyncProperty(sheet, block, async (entries, spec) => {
        const input = sheetXml(entries);
        const rows = spec.rows.map((r) => r.slice(0, spec.width));
        const columns: Partial<OwnedColumns> = {
          headerRow: spec.headerRow,
          firstColumn: spec.firstColumn,
          headers: Array.from({ length: spec.width }, (_, i) => `H${i}`),
          rows,
          clearRowsBelow: spec.clearRowsBelow,
        };
        const output = await splice(input, columns);
        const lastColumn = spec.firstColumn + spec.width - 1;
        const lastRow = spec.headerRow + spec.rows.length + spec.clearRowsBelow;
        const inBlock = (ref: string): boolean => {
          const column = ref.charCodeAt(0) - 65;
          const row = Number(ref.slice(1));
          return (
            column >= spec.firstColumn && column <= lastColumn && row >= spec.headerRow && row <= lastRow
          );
        };
        const before = await cells(input);
        const after = await cells(output);
        for (const [ref, value] of before) if (!inBlock(ref)) expect(after.get(ref)).toEqual(value);
        for (const [ref, value] of after) {
          if (!inBlock(ref)) expect(before.get(ref)).toEqual(value);
        }
        const expected = new Map<string, RawCell>();
        columns.headers!.forEach((h, i) =>
          expected.set(cellAddress(spec.headerRow, spec.firstColumn + i), h),
        );
        rows.forEach((r, k) =>
          r.forEach((v, i) => {
            if (v !== null)
              expected.set(cellAddress(spec.headerRow + 1 + k, spec.firstColumn + i), v as RawCell);
          }),
        );
        const written = new Map([...after].filter(([ref]) => inBlock(ref)));
        expect(written).toEqual(expected);
        expect(await splice(output, columns)).toBe(output);
      }),
      { numRuns: 50 },
    );
  });
});
