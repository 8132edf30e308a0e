import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import type { RawCell } from "../../../src/engine/cells/types";
import type { OutCell, WritePlan } from "../../../src/workbook/port";
import { openXlsx, XlsxError, type XlsxWorkbook } from "../../../src/workbook/xlsx";
import { readSheetInSteps } from "../../../src/workbook/readInSteps";
import { nativeDeflater, nativeInflate } from "../../../src/workbook/xlsx/native-zlib";
import { readZipDirectory } from "../../../src/workbook/xlsx/zip-directory";
import { hasCommand, libreOfficePdf, OUTPUT_DIR, pythonWithOpenpyxl, skipNotice } from "./external-tools";

const FIXTURES = join(__dirname, "../../fixtures/xlsx");
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));

async function readAll(workbook: XlsxWorkbook): Promise<Record<string, RawCell[][]>> {
  const sheets: Record<string, RawCell[][]> = {};
  for (const name of await workbook.listSheets()) sheets[name] = await workbook.readTop(name, 1_000);
  return sheets;
}

describe("reading the fixtures", () => {
  it("reads a ledger saved by openpyxl: title rows, inline strings, dates as serials, text that looks like a formula", async () => {
    const workbook = openXlsx(fixture("ledger-openpyxl.xlsx"));
    expect(await workbook.listSheets()).toEqual(["说明", "客户台账", "跟进记录"]);
    expect(await workbook.uses1904Dates()).toBe(false);
    expect(await workbook.usedSize("客户台账")).toEqual({ rows: 10, columns: 14 });
    const top = await workbook.readTop("客户台账", 3);
    expect(top[0][0]).toBe("2024 年客户台账");
    expect(top[2].slice(0, 3)).toEqual(["客户编号", "客户名称", "所属行业"]);
    const [names, amounts, created, doubled] = await workbook.readColumns("客户台账", [1, 7, 11, 12], 4);
    expect(names).toEqual([
      "华东精密制造有限公司",
      "康宁医疗器械",
      "启明教育科技",
      null,
      "=不是公式",
      "永辉零售",
      "顺达物流",
    ]);
    expect(amounts).toEqual([80, 35.5, "50万", null, 120, 300, 0]);
    expect(created[0]).toBe(45366);
    expect(created[1]).toBeCloseTo(45383.604166, 5);
    expect(created[2]).toBe("2024/5/6");
    // openpyxl stores formulas without results: they read as blanks.
    expect(doubled).toEqual([null, null, null, null, null, null, null]);
    expect(await workbook.readColumns("客户台账", [5], 8)).toEqual([["+86 开头", "#N/A", "  前后空格  "]]);
  });

  it("reads a ledger saved by LibreOffice: shared strings and cached formula results, errors included", async () => {
    const workbook = openXlsx(fixture("ledger-libreoffice.xlsx"));
    const [doubled] = await workbook.readColumns("客户台账", [12], 4);
    expect(doubled).toEqual([160, 71, { error: "#VALUE!" }, null, 240, 600, 0]);
    expect((await workbook.readTop("说明", 2))[1]).toEqual([42, 84]);
  });

  it("reads rich text, string formula results, errors and booleans", async () => {
    const rich = openXlsx(fixture("rich-text-libreoffice.xlsx"));
    expect(await rich.readTop("富文本", 5)).toEqual([
      ["客户", "说明"],
      ["华东精密制造", "重点 客户"],
      [12.5, 25],
      ["华东精密制造!", { error: "#N/A" }],
      [1, 45366],
    ]);
    const errors = openXlsx(fixture("errors.xlsx"));
    const [codes] = await errors.readColumns("错误值", [0], 2);
    expect(codes.slice(0, 7)).toEqual(
      ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!"].map((error) => ({ error })),
    );
    expect(codes.slice(7)).toEqual([true, 1.5e-7]);
  });

  it("reads dates in the 1904 system and ISO dates as serials of the workbook's system", async () => {
    const mac = openXlsx(fixture("dates-1904.xlsx"));
    expect(await mac.uses1904Dates()).toBe(true);
    const [created, contacted] = await mac.readColumns("客户台账", [1, 2], 2);
    expect(created).toEqual([43904, 1]);
    expect(contacted[0]).toBeCloseTo(43904 + 14.5 / 24, 9);
    const iso = openXlsx(fixture("iso-dates.xlsx"));
    const [dates, times] = await iso.readColumns("日期", [0, 1], 2);
    expect(dates).toEqual([45366, 1]);
    expect(times[0]).toBeCloseTo(45366 + 14.5 / 24, 9);
    expect(times[1]).toBe(61.5);
  });

  it("answers a second read of columns it has just read without another pass", async () => {
    const passes: number[] = [];
    const workbook = openXlsx(fixture("ledger-openpyxl.xlsx"), { onProgress: (f) => passes.push(f) });
    const first = await workbook.readColumns("客户台账", [0, 1], 4);
    const progressOfFirstPass = passes.length;
    expect(progressOfFirstPass).toBeGreaterThan(0);
    expect(await workbook.readColumns("客户台账", [1], 4)).toEqual([first[1]]);
    expect(passes).toHaveLength(progressOfFirstPass);
    await workbook.readColumns("客户台账", [1], 5);
    expect(passes.length).toBeGreaterThan(progressOfFirstPass);
  });

  it("reads a table in one pass: the same top rows, columns and size as the three separate reads", async () => {
    for (const name of ["ledger-openpyxl.xlsx", "ledger-libreoffice.xlsx", "dates-1904.xlsx"]) {
      const passes: number[] = [];
      const once = openXlsx(fixture(name), { onProgress: (f) => passes.push(f) });
      const steps = openXlsx(fixture(name));
      for (const sheet of await once.listSheets()) {
        for (const [topRows, firstRow] of [
          [3, 4],
          [10, 2],
          [1, 6],
          [50, 3],
        ]) {
          const choose = () => ({ columns: [1, 0, 7, 1, 40], firstRow });
          passes.length = 0;
          const read = await once.readSheet(sheet, topRows, choose);
          expect(passes.filter((f) => f === 1)).toHaveLength(1);
          expect(read).toEqual(await readSheetInSteps(steps, sheet, topRows, choose));
          // Later reads of what the pass kept need no pass of their own.
          passes.length = 0;
          expect(await once.readTop(sheet, Math.min(topRows, 2))).toEqual(read.top.slice(0, 2));
          expect(await once.readColumns(sheet, [7], firstRow)).toEqual([read.columns?.[2]]);
          expect(await once.usedSize(sheet)).toEqual(read.size);
          expect(passes).toEqual([]);
        }
      }
    }
  });

  it("hands the chooser the top rows as a reader of them sees them, and reads no columns when it declines", async () => {
    const workbook = openXlsx(fixture("ledger-openpyxl.xlsx"));
    const seen: RawCell[][][] = [];
    const read = await workbook.readSheet("客户台账", 3, (top) => {
      seen.push(top.map((row) => [...row]));
      return null;
    });
    expect(seen).toHaveLength(1);
    expect(seen[0][2].slice(0, 3)).toEqual(["客户编号", "客户名称", "所属行业"]);
    expect(read.columns).toBeNull();
    expect(read.size).toEqual({ rows: 10, columns: 14 });
    expect(read.top).toEqual(await openXlsx(fixture("ledger-openpyxl.xlsx")).readTop("客户台账", 3));
  });

  it("reads and writes the same with the command line's native zlib as with fflate", async () => {
    for (const name of ["ledger-openpyxl.xlsx", "ledger-libreoffice.xlsx", "rich-text-libreoffice.xlsx"]) {
      const plain = openXlsx(fixture(name));
      const native = openXlsx(fixture(name), { inflate: nativeInflate, deflater: nativeDeflater });
      expect(await readAll(native)).toEqual(await readAll(plain));
      const sheet = (await plain.listSheets())[0];
      const write: WritePlan = {
        columns: {
          sheet,
          headerRow: 1,
          firstColumn: 30,
          headers: ["分数"],
          rows: [[1], [2]],
          clearRowsBelow: 0,
        },
        sheets: [{ name: "校验报告", rows: [["报告"]] }],
      };
      await plain.write(write);
      await native.write(write);
      expect(await readAll(native)).toEqual(await readAll(plain));
    }
  });

  it("names an unknown sheet", async () => {
    await expect(openXlsx(fixture("errors.xlsx")).usedSize("没有")).rejects.toMatchObject({
      code: "unknown-sheet",
    });
  });
});

describe("files that are not workbooks", () => {
  it.each([
    ["bad-empty.xlsx", "empty"],
    ["bad-not-zip.xlsx", "not-zip"],
    ["bad-legacy.xls", "legacy-xls"],
    ["bad-encrypted.xlsx", "encrypted"],
    ["bad-no-workbook.xlsx", "no-workbook"],
  ])("%s is refused as %s, with a reason in both languages", (name, code) => {
    let error: unknown;
    try {
      openXlsx(fixture(name));
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(XlsxError);
    expect((error as XlsxError).code).toBe(code);
    expect((error as XlsxError).reason.zh).toMatch(/[\u4e00-\u9fff]/);
    expect((error as XlsxError).reason.en).toMatch(/[a-z]/);
  });
});

const OWNED = { firstColumn: 14, lastColumn: 17, headerRow: 3, dataRows: 7, clearRowsBelow: 2 };

function ownedRows(): OutCell[][] {
  return Array.from({ length: OWNED.dataRows }, (_, i): OutCell[] =>
    i === 3
      ? [null, null, null, null]
      : [
          {
            value: i % 2 ? "错误" : "通过",
            style: i % 2 ? "bad" : "good",
            link: { sheet: "校验报告", row: i + 2, column: 0 },
          },
          { value: 55 + i * 7.5, format: "0.0" },
          { value: 45366 + i, format: "yyyy-mm-dd" },
          i === 0 ? "=1+1" : `说明 ${i}\n第二行`,
        ],
  );
}

const FUNNEL_ROWS: OutCell[][] = [
  [{ value: "销售漏斗", style: "title" }],
  [
    { value: "阶段", style: "header" },
    { value: "到达", style: "header" },
    { value: "转化率", style: "header" },
  ],
  ["潜在客户", 120, { value: 1, format: "0.0%" }],
  ["意向客户", 80, { value: 0.667, format: "0.0%" }],
  ["商机客户", 45, { value: 0.5625, format: "0.0%" }],
  ["谈判阶段", 24, { value: 0.533, format: "0.0%" }],
  ["成交客户", 12, { value: 0.5, format: "0.0%" }],
];

function plan(): WritePlan {
  const range = (column: number) => ({ firstRow: 3, lastRow: 7, column });
  return {
    columns: {
      sheet: "客户台账",
      headerRow: OWNED.headerRow,
      firstColumn: OWNED.firstColumn,
      headers: ["校验状态", "优先级得分", "最近跟进", "评分说明"],
      rows: ownedRows(),
      clearRowsBelow: OWNED.clearRowsBelow,
    },
    sheets: [
      {
        name: "销售漏斗",
        rows: FUNNEL_ROWS,
        columnWidths: [14, 10, 10],
        frozenRows: 2,
        charts: [
          {
            kind: "funnel",
            title: "销售漏斗",
            categories: range(0),
            series: [{ name: "到达", values: range(1) }],
            anchor: { row: 1, column: 4, width: 8, height: 16 },
          },
          {
            kind: "pie",
            title: "阶段分布",
            categories: range(0),
            series: [{ name: "到达", values: range(1) }],
            anchor: { row: 18, column: 4, width: 8, height: 16 },
          },
        ],
      },
      {
        name: "校验报告",
        frozenRows: 1,
        rows: [
          [
            { value: "工作表", style: "header" },
            { value: "行", style: "header" },
            { value: "说明", style: "header" },
          ],
          ...[4, 5, 6].map((row) => [
            { value: "客户台账", link: { sheet: "客户台账", row, column: 1 } },
            row,
            { value: "=SUM(A1) 是文本", style: "warn" as const },
          ]),
        ],
        charts: [
          {
            kind: "column",
            title: "问题所在行",
            categories: { firstRow: 2, lastRow: 4, column: 2 },
            series: [{ name: "行", values: { firstRow: 2, lastRow: 4, column: 1 } }],
            anchor: { row: 1, column: 4, width: 6, height: 12 },
          },
          {
            kind: "line",
            title: "行号走势",
            categories: { firstRow: 2, lastRow: 4, column: 0 },
            series: [{ name: "行", values: { firstRow: 2, lastRow: 4, column: 1 } }],
            anchor: { row: 14, column: 4, width: 6, height: 12 },
          },
        ],
      },
    ],
  };
}

/** Parts a refresh rewrites; every other entry must come through untouched. */
const REWRITTEN = [
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/worksheets/sheet2.xml",
];

/** The sheet part without what the refresh wrote: its cells in columns O–R and its links (the fixtures have none). */
function refreshRemoved(sheetXml: string): string {
  return sheetXml
    .replace(/<c r="[O-R]\d+"[^>]*?(?:\/>|>.*?<\/c>)/gs, "")
    .replace(/<hyperlinks>.*?<\/hyperlinks>/s, "");
}

/** Where two texts first differ, with a little context (a whole sheet part is too long to print). */
function firstDifference(a: string, b: string): string | null {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i === a.length && i === b.length
    ? null
    : `at ${i}: …${a.slice(i - 40, i + 60)}… vs …${b.slice(i - 40, i + 60)}…`;
}

describe.each(["ledger-openpyxl.xlsx", "ledger-libreoffice.xlsx"])("refreshing %s", (name) => {
  const input = fixture(name);
  let output: Uint8Array;
  let written: XlsxWorkbook;

  beforeAll(async () => {
    written = openXlsx(input);
    await written.write(plan());
    output = written.toBytes();
  });

  it("copies every entry it does not own byte for byte, compressed bytes included", () => {
    const before = readZipDirectory(input);
    const after = new Map(readZipDirectory(output).map((e) => [e.name, e]));
    const kept = before.filter((e) => !REWRITTEN.includes(e.name));
    expect(kept.length).toBeGreaterThan(5);
    for (const entry of kept) {
      const copy = after.get(entry.name);
      expect(copy).toMatchObject({ crc: entry.crc, size: entry.size, method: entry.method });
      const a = input.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
      const b = output.subarray(copy!.dataOffset, copy!.dataOffset + copy!.compressedSize);
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    }
  });

  it("changes nothing in the ledger's part but the owned cells and the dimension", () => {
    const decode = (bytes: Uint8Array) =>
      new TextDecoder().decode(unzipSync(bytes)["xl/worksheets/sheet2.xml"]);
    const [before, after] = [decode(input), decode(output)];
    const dimension = /<dimension ref="[^"]*"\/>/;
    expect(
      firstDifference(refreshRemoved(after).replace(dimension, before.match(dimension)![0]), before),
    ).toBeNull();
    expect(after.match(dimension)![0]).toMatch(/:R\d+"/);
    expect(after).toMatch(/<hyperlinks><hyperlink ref="O4" location="'校验报告'!A2"\/>/);
  });

  it("reads back the owned block as written and every other cell as it was", async () => {
    const before = await readAll(openXlsx(input));
    const after = await readAll(openXlsx(output));
    expect(Object.keys(after)).toEqual([...Object.keys(before), "销售漏斗", "校验报告"]);
    for (const sheet of Object.keys(before)) {
      const block = sheet === "客户台账";
      after[sheet].forEach((row, r) =>
        row.forEach((value, c) => {
          if (block && c >= OWNED.firstColumn && r + 1 >= OWNED.headerRow) return;
          expect([sheet, r + 1, c, value]).toEqual([sheet, r + 1, c, before[sheet][r]?.[c] ?? null]);
        }),
      );
    }
    const ledger = after["客户台账"];
    expect(ledger[2].slice(OWNED.firstColumn)).toEqual(["校验状态", "优先级得分", "最近跟进", "评分说明"]);
    expect(ledger[3].slice(OWNED.firstColumn)).toEqual(["通过", 55, 45366, "=1+1"]);
    expect(ledger[4].slice(OWNED.firstColumn)).toEqual(["错误", 62.5, 45367, "说明 1\n第二行"]);
    expect(after["销售漏斗"][3]).toEqual(["意向客户", 80, 0.667]);
    expect(after["校验报告"][1]).toEqual(["客户台账", 4, "=SUM(A1) 是文本"]);
  });

  it("writes text starting with = as text, never as a formula", () => {
    const sheet = new TextDecoder().decode(unzipSync(output)["xl/worksheets/sheet2.xml"]);
    const cell = /<c r="R4"[^>]*>.*?<\/c>/.exec(sheet)![0];
    expect(cell).toContain('t="inlineStr"');
    expect(cell).not.toContain("<f>");
  });

  it("gives the same bytes when refreshed again", async () => {
    const again = openXlsx(output);
    await again.write(plan());
    expect(Buffer.from(again.toBytes()).equals(Buffer.from(output))).toBe(true);
  });

  it("agrees with openpyxl, a reader we did not write", () => {
    const python = pythonWithOpenpyxl();
    if (!python) return skipNotice("openpyxl comparison", "python3-openpyxl");
    mkdirSync(OUTPUT_DIR, { recursive: true });
    const after = join(OUTPUT_DIR, `refreshed-${name}`);
    const spec = join(OUTPUT_DIR, `spec-${name}.json`);
    writeFileSync(after, output);
    const lastRow = OWNED.headerRow + OWNED.dataRows + OWNED.clearRowsBelow;
    writeFileSync(
      spec,
      JSON.stringify({
        block: {
          sheet: "客户台账",
          firstRow: OWNED.headerRow,
          lastRow,
          firstColumn: OWNED.firstColumn + 1,
          lastColumn: OWNED.lastColumn + 1,
        },
        ownedSheets: ["销售漏斗", "校验报告"],
      }),
    );
    const result = spawnSync(
      python,
      [join(__dirname, "openpyxl_compare.py"), join(FIXTURES, name), after, spec],
      { encoding: "utf8" },
    );
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as {
      differences: string[];
      owned: Record<string, { value: unknown; type: string }>;
      ownedSheets: Record<string, { A1: unknown; charts: number; freeze: string }>;
    };
    expect(report.differences).toEqual([]);
    expect(report.owned.O3).toEqual({ value: "校验状态", type: "s" });
    expect(report.owned.R4).toEqual({ value: "=1+1", type: "s" });
    expect(report.owned.P5).toEqual({ value: 62.5, type: "n" });
    expect(report.owned.Q4.type).toBe("d");
    expect(report.ownedSheets["销售漏斗"]).toEqual({ A1: "销售漏斗", charts: 2, freeze: "A3" });
    expect(report.ownedSheets["校验报告"]).toEqual({ A1: "工作表", charts: 2, freeze: "A2" });
  });

  it("opens in LibreOffice, which draws the charts", () => {
    if (!hasCommand("soffice")) return skipNotice("LibreOffice rendering", "libreoffice-calc");
    const pdf = libreOfficePdf(output, `refreshed-${name.replace(/\.xlsx$/, "")}`);
    expect(existsSync(pdf)).toBe(true);
    if (!hasCommand("pdftoppm") || !hasCommand("pdftotext"))
      return skipNotice("PDF page rendering", "poppler-utils");
    const pages = Number(
      /Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout)?.[1] ?? 0,
    );
    const funnelPage = Array.from({ length: pages }, (_, i) => i + 1).find((page) =>
      spawnSync("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"], {
        encoding: "utf8",
      }).stdout.includes("阶段分布"),
    );
    expect(funnelPage).toBeDefined();
    const png = pdf.replace(/\.pdf$/, "-funnel");
    const render = spawnSync("pdftoppm", [
      "-r",
      "60",
      "-png",
      "-singlefile",
      "-f",
      String(funnelPage),
      "-l",
      String(funnelPage),
      pdf,
      png,
    ]);
    expect(render.status).toBe(0);
    expect(readFileSync(`${png}.png`).length).toBeGreaterThan(5_000);
  }, 240_000);
});
