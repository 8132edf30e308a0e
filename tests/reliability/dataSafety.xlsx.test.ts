/**
 * Data safety on real .xlsx files: every cell outside the owned block and owned sheets — value,
 * cached result, formula, number format as openpyxl reads them, and the cell's XML as stored — is
 * the same after `refresh` through the command line as before (first refresh, and the next one
 * over the refreshed file), and after a rules save through the .xlsx adapter.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { defaultConfigFor } from "../../src/engine/config";
import { writeRulesSheet } from "../../src/refresh/writeRulesSheet";
import { openXlsx } from "../../src/workbook/xlsx";
import { censusDigest, censusOf, diffCensus, ownedAreaOf, type OwnedArea } from "./cellHash";
import { hasOpenpyxl, openpyxlCells } from "./census";
import { runCli } from "../support/cliRun";
import { cellElements, sheetXmlByName } from "./xlsxParts";
import { AS_OF, committedWorkbooks, makeTrickyLedger, plannedWrite, scratchDir } from "./xlsxWorkbooks";

const openpyxl = hasOpenpyxl();
const describeWithOpenpyxl = openpyxl ? describe : describe.skip;
if (!openpyxl) console.warn("python3-openpyxl is not installed: the .xlsx data-safety tests are skipped");

/** Each user cell's stored XML, keyed by sheet and address, outside the owned area. */
function userCellXml(file: string, owned: OwnedArea): Map<string, string> {
  const cells = new Map<string, string>();
  for (const [sheet, xml] of sheetXmlByName(new Uint8Array(readFileSync(file)))) {
    if (owned.sheets.includes(sheet)) continue;
    for (const cell of cellElements(xml)) {
      const block = owned.block;
      const inBlock =
        block !== null &&
        block.sheet === sheet &&
        cell.row >= block.headerRow &&
        cell.column >= block.firstColumn &&
        cell.column < block.firstColumn + block.width;
      if (!inBlock) cells.set(`${sheet}!${cell.row}:${cell.column}`, cell.xml);
    }
  }
  return cells;
}

function changedXml(before: Map<string, string>, after: Map<string, string>): string[] {
  const changes: string[] = [];
  for (const [address, xml] of before)
    if (after.get(address) !== xml) changes.push(`${address}: ${xml} → ${after.get(address)}`);
  for (const address of after.keys())
    if (!before.has(address)) changes.push(`${address}: new ${after.get(address)}`);
  return changes;
}

async function expectUserCellsKept(input: string, output: string, ownedByAction?: OwnedArea): Promise<void> {
  const owned = ownedByAction ?? ownedAreaOf(await plannedWrite(input));
  const before = censusOf(openpyxlCells(input), owned);
  const after = censusOf(openpyxlCells(output), owned);
  expect(diffCensus(before, after)).toEqual([]);
  expect(censusDigest(after)).toBe(censusDigest(before));
  expect(before.size).toBeGreaterThan(0);
  expect(changedXml(userCellXml(input, owned), userCellXml(output, owned))).toEqual([]);
}

/** The bundled sample (300 customers) is refreshed twice and read four times by openpyxl. */
const SLOW = 120_000;

describeWithOpenpyxl("refresh through the command line keeps every user cell of an .xlsx file", () => {
  const dir = scratchDir("safety");
  const inputs = [makeTrickyLedger(dir), ...committedWorkbooks()];

  it.each(inputs.map((file) => [path.basename(file), file]))(
    "%s: first refresh",
    async (_name, file) => {
      const out = path.join(dir, `${path.basename(file, ".xlsx")}.first.xlsx`);
      const run = await runCli(["refresh", file, "--as-of", AS_OF, "--out", out]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      await expectUserCellsKept(file, out);
    },
    SLOW,
  );

  it.each(inputs.map((file) => [path.basename(file), file]))(
    "%s: refreshing the refreshed file in place",
    async (_name, file) => {
      const first = path.join(dir, `${path.basename(file, ".xlsx")}.again.xlsx`);
      expect((await runCli(["refresh", file, "--as-of", AS_OF, "--out", first])).code).toBe(0);
      const second = path.join(dir, `${path.basename(file, ".xlsx")}.again-in-place.xlsx`);
      copyFileSync(first, second);
      const run = await runCli(["refresh", second, "--as-of", AS_OF, "--in-place"]);
      expect(run.code).toBe(0);
      await expectUserCellsKept(first, second);
      // Same inputs, same output: the owned block and sheets are rewritten identically too.
      expect(censusOf(openpyxlCells(second), { sheets: [], block: null })).toEqual(
        censusOf(openpyxlCells(first), { sheets: [], block: null }),
      );
    },
    SLOW,
  );

  it.each(inputs.map((file) => [path.basename(file), file]))(
    "%s: saving the scoring rules",
    async (_name, file) => {
      const book = openXlsx(new Uint8Array(readFileSync(file)));
      const saved = await writeRulesSheet(book, defaultConfigFor("zh"), "zh");
      const out = path.join(dir, `${path.basename(file, ".xlsx")}.rules.xlsx`);
      writeFileSync(out, book.toBytes());
      await expectUserCellsKept(file, out, { sheets: [saved.sheet], block: null });
    },
  );

  it("validate writes nothing at all", async () => {
    const file = inputs[0];
    const copy = path.join(dir, "validate-only.xlsx");
    copyFileSync(file, copy);
    const bytes = readFileSync(copy);
    const run = await runCli(["validate", copy, "--as-of", AS_OF]);
    expect([0, 1]).toContain(run.code);
    expect(readFileSync(copy).equals(bytes)).toBe(true);
  });
});
