/**
 * Formula injection in .xlsx output: customer names, regions, owners, loss reasons and follow-up
 * text that start with = + - @ tab CR LF are echoed into the owned block, the funnel sheet and
 * the validation report — always as text. Checked in the stored XML (no `<f>` in any owned cell,
 * echoed text stored as a string) and with openpyxl (no formula, text type).
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { inOwnedArea, ownedAreaOf, type OwnedArea } from "./cellHash";
import { hasOpenpyxl, openpyxlCells } from "./census";
import { runCli } from "../support/cliRun";
import { INJECTIONS, injectionFollowups, injectionLedger } from "./ledgers";
import { cellElements, hasFormula, sheetXmlByName, type RawCellXml } from "./xlsxParts";
import { AS_OF, makeTrickyLedger, plannedWrite, scratchDir, writeXlsxFiles } from "./xlsxWorkbooks";

const describeWithOpenpyxl = hasOpenpyxl() ? describe : describe.skip;

/** Text a spreadsheet would take for a formula if typed (OWASP's CSV-injection starters). */
const DANGEROUS_START = /^[=+\-@\t\r\n]/;

function ownedCellXml(file: string, owned: OwnedArea): RawCellXml[] {
  const cells: RawCellXml[] = [];
  for (const [sheet, xml] of sheetXmlByName(new Uint8Array(readFileSync(file)))) {
    for (const cell of cellElements(xml)) if (inOwnedArea({ sheet, ...cell }, owned)) cells.push(cell);
  }
  return cells;
}

/** The text of an inline-string cell, XML entities and OOXML escapes decoded. */
function inlineText(cellXml: string): string | null {
  const match = /<(?:\w+:)?is>([\s\S]*)<\/(?:\w+:)?is>/.exec(cellXml);
  if (!match) return null;
  const runs = [...match[1].matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((m) => m[1]);
  return runs
    .join("")
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&#x([0-9A-Fa-f]+);/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCharCode(Number(dec)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

describeWithOpenpyxl("text echoed into owned cells of an .xlsx file never becomes a formula", () => {
  const dir = scratchDir("injection");
  const generated = path.join(dir, "injection.xlsx");
  writeXlsxFiles([
    {
      out: generated,
      sheets: [
        { name: "客户台账", rows: injectionLedger() },
        { name: "跟进记录", rows: injectionFollowups() },
      ],
    },
  ]);
  const inputs = [generated, makeTrickyLedger(dir)];

  it.each(inputs.map((file) => [path.basename(file), file]))("%s", async (_name, input) => {
    const out = path.join(dir, `${path.basename(input, ".xlsx")}.refreshed.xlsx`);
    const run = await runCli(["refresh", input, "--as-of", AS_OF, "--out", out]);
    expect(run.code).toBe(0);
    const owned = ownedAreaOf(await plannedWrite(input));

    // The stored XML: no formula anywhere in the owned area, and the echoed text is a string.
    const xmlCells = ownedCellXml(out, owned);
    expect(xmlCells.filter((cell) => hasFormula(cell.xml))).toEqual([]);
    const texts = xmlCells
      .map((cell) => inlineText(cell.xml))
      .filter((text): text is string => text !== null);
    // The test means something: each payload (as the engine trims it) is echoed, and = + - @
    // each start some owned cell's text.
    for (const injection of INJECTIONS)
      expect(texts.some((text) => text.includes(injection.trim()))).toBe(true);
    for (const starter of ["=", "+", "-", "@"])
      expect(texts.some((text) => text.startsWith(starter))).toBe(true);
    expect(texts.filter((text) => DANGEROUS_START.test(text)).length).toBeGreaterThan(INJECTIONS.length);

    // openpyxl agrees: no owned cell is a formula, and each echoed one reads back as text.
    const cells = openpyxlCells(out).filter((cell) => inOwnedArea(cell, owned));
    expect(cells.filter((cell) => cell.formula !== null)).toEqual([]);
    const dangerous = cells.filter((cell) => /^s:[=+\-@\t\r\n]/.test(cell.value));
    expect(dangerous.length).toBeGreaterThanOrEqual(INJECTIONS.length);
  });
});
