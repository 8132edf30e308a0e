/**
 * Time and peak memory of the .xlsx adapter on a generated ledger of N rows × 26 columns (not a
 * unit test). Build and run:
 *
 *   npx tsc --outDir .tmp/perf --rootDir . --module commonjs --target ES2021 --strict \
 *     --esModuleInterop --skipLibCheck tests/workbook/xlsx/perf.ts
 *   node .tmp/perf/tests/workbook/xlsx/perf.js 100000
 *   node --max-old-space-size=4096 .tmp/perf/tests/workbook/xlsx/perf.js 1048575
 *
 * Each phase prints its wall time, its CPU time (what to compare when the machine is shared) and
 * the process's peak RSS so far (one size per process, so that the peaks do not mix). The input is written with fflate directly, the way Excel lays it
 * out: shared strings for text, numbers and date serials as `<v>`, a style on the header row.
 */
import type { OutCell, WritePlan } from "../../../src/workbook/port";
import { columnName } from "../../../src/workbook/xlsx/cell-ref";
import { openXlsx } from "../../../src/workbook/xlsx";
import { ZipWriter } from "../../../src/workbook/xlsx/zip-io";

const COLUMNS = 26;
const OWNED_COLUMNS = 20;
const STAGES = ["潜在客户", "意向客户", "商机客户", "谈判阶段", "成交客户", "流失客户"];
const REGIONS = ["上海", "北京", "杭州", "广州", "深圳", "成都", "武汉", "苏州"];

function sheetXml(rows: number, write: (text: string) => void): void {
  write(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<dimension ref="A1:${columnName(COLUMNS - 1)}${rows + 1}"/><sheetData>`,
  );
  let header = '<row r="1">';
  for (let c = 0; c < COLUMNS; c++) header += `<c r="${columnName(c)}1" s="1" t="s"><v>${c}</v></c>`;
  write(`${header}</row>`);
  const letters = Array.from({ length: COLUMNS }, (_, c) => columnName(c));
  let batch = "";
  for (let r = 2; r <= rows + 1; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < COLUMNS; c++) {
      const ref = letters[c] + r;
      if (c === 0) row += `<c r="${ref}" t="s"><v>${COLUMNS + (r - 2) * 2}</v></c>`;
      else if (c === 1) row += `<c r="${ref}" t="s"><v>${COLUMNS + (r - 2) * 2 + 1}</v></c>`;
      else if (c < 8)
        row += `<c r="${ref}" t="inlineStr"><is><t>${(c % 2 ? STAGES : REGIONS)[r % 6]}</t></is></c>`;
      else if (c < 12) row += `<c r="${ref}" s="2"><v>${44000 + ((r * 7 + c) % 900)}</v></c>`;
      else row += `<c r="${ref}"><v>${((r * 31 + c * 17) % 100000) / 100}</v></c>`;
    }
    batch += `${row}</row>`;
    if (batch.length > 1 << 20) {
      write(batch);
      batch = "";
    }
  }
  write(`${batch}</sheetData></worksheet>`);
}

export function makeWorkbook(rows: number): Uint8Array {
  const zip = new ZipWriter();
  const encoder = new TextEncoder();
  const text = (name: string, content: string): void => zip.add(name, encoder.encode(content));
  text(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
  );
  text(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  text(
    "xl/workbook.xml",
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheets><sheet name="客户台账" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  text(
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
  );
  text(
    "xl/styles.xml",
    '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>' +
      '<fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
      '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
  );
  const strings = zip.open("xl/sharedStrings.xml");
  const put = (s: string): void => strings.write(encoder.encode(s));
  put(
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${COLUMNS + rows * 2}" uniqueCount="${COLUMNS + rows * 2}">`,
  );
  let batch = "";
  for (let c = 0; c < COLUMNS; c++) batch += `<si><t>字段${c + 1}</t></si>`;
  for (let r = 0; r < rows; r++) {
    batch += `<si><t>ZZ-DX-YX-${String(r + 1).padStart(7, "0")}</t></si><si><t>示例客户${r + 1}有限公司</t></si>`;
    if (batch.length > 1 << 20) {
      put(batch);
      batch = "";
    }
  }
  put(`${batch}</sst>`);
  strings.end();
  const sheet = zip.open("xl/worksheets/sheet1.xml");
  sheetXml(rows, (s) => sheet.write(encoder.encode(s)));
  sheet.end();
  return zip.finish();
}

function ownedRows(rows: number): OutCell[][] {
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: OWNED_COLUMNS }, (_, c): OutCell => {
      if (c === 0) return { value: i % 9 ? "通过" : "错误", style: i % 9 ? "good" : "bad" };
      if (c === 1) return { value: 45000 + (i % 300), format: "yyyy-mm-dd" };
      if (c < 8) return (i * 7 + c) % 100;
      if (c === 8) return { value: ((i % 100) + 0.5) / 100, format: "0.0%" };
      return c % 2 ? "中" : `建议：每两周跟进一次（${i % 17}）`;
    }),
  );
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 100_000);
  const started = Date.now();
  let last = started;
  let lastCpu = process.cpuUsage();
  const report = (phase: string, extra = ""): void => {
    const now = Date.now();
    const cpu = process.cpuUsage(lastCpu);
    const peak = process.resourceUsage().maxRSS / 1024;
    const seconds = (ms: number): string => (ms / 1000).toFixed(1).padStart(7);
    console.log(
      `${phase.padEnd(28)} ${seconds(now - last)} s wall ${seconds((cpu.user + cpu.system) / 1000)} s cpu   peak RSS ${peak.toFixed(0).padStart(6)} MB ${extra}`,
    );
    last = now;
    lastCpu = process.cpuUsage();
  };
  console.log(
    `ledger: ${rows.toLocaleString("en")} rows × ${COLUMNS} columns; owned block: ${OWNED_COLUMNS} columns`,
  );
  const input = makeWorkbook(rows);
  report("generate input", `(${(input.length / 2 ** 20).toFixed(1)} MB)`);
  const workbook = openXlsx(input);
  report("open (zip directory)");
  const size = await workbook.usedSize("客户台账");
  report("usedSize (one pass)", `${size.rows} × ${size.columns}`);
  await workbook.readTop("客户台账", 10);
  report("readTop(10)");
  const columns = await workbook.readColumns(
    "客户台账",
    Array.from({ length: COLUMNS }, (_, c) => c),
    2,
  );
  report("readColumns(26) incl. sst", `${columns[0].length} values per column`);
  const plan: WritePlan = {
    columns: {
      sheet: "客户台账",
      headerRow: 1,
      firstColumn: COLUMNS,
      headers: Array.from({ length: OWNED_COLUMNS }, (_, c) => `输出${c + 1}`),
      rows: ownedRows(rows),
      clearRowsBelow: 0,
    },
    sheets: [
      {
        name: "校验报告",
        rows: [
          ["工作表", "行", "说明"],
          ["客户台账", 2, "示例"],
        ],
      },
    ],
  };
  report("build plan (not the adapter)");
  await workbook.write(plan);
  report("write owned columns", `(${(workbook.toBytes().length / 2 ** 20).toFixed(1)} MB out)`);
  console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
