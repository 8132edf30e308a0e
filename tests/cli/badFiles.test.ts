/**
 * Files the command line cannot use: each ends with exit code 2 and one line that says what the
 * file is, in the chosen language, with no stack — and nothing is written (no workbook, no JSON,
 * no temporary file left beside them).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { runCli } from "../support/cliRun";
import { scratchDir } from "../reliability/xlsxWorkbooks";

const FIXTURES = path.join(__dirname, "..", "fixtures", "bad");
const dir = scratchDir("bad-files");
const folder = path.join(dir, "a-folder.xlsx");
mkdirSync(folder);

interface BadFile {
  readonly name: string;
  readonly file: string;
  readonly zh: RegExp;
  readonly en: RegExp;
}

const BAD_FILES: readonly BadFile[] = [
  {
    name: "not a zip",
    file: path.join(FIXTURES, "not-a-zip.xlsx"),
    zh: /不是 \.xlsx 文件/,
    en: /not an \.xlsx file/,
  },
  {
    name: "an old .xls (OLE2)",
    file: path.join(FIXTURES, "legacy.xls"),
    zh: /旧版 \.xls/,
    en: /old \.xls file/,
  },
  {
    name: "a password-protected .xlsx",
    file: path.join(FIXTURES, "encrypted.xlsx"),
    zh: /密码/,
    en: /password-protected/,
  },
  { name: "a 0-byte file", file: path.join(FIXTURES, "empty.xlsx"), zh: /空的/, en: /empty/ },
  {
    name: "a zip that holds no workbook",
    file: path.join(FIXTURES, "zip-not-workbook.xlsx"),
    zh: /没有工作簿/,
    en: /holds no workbook/,
  },
  {
    name: "a workbook with no sheets",
    file: path.join(FIXTURES, "no-sheets.xlsx"),
    zh: /客户台账/,
    en: /Customers/,
  },
  {
    name: "a workbook with no ledger",
    file: path.join(FIXTURES, "no-ledger.xlsx"),
    zh: /客户台账/,
    en: /Customers/,
  },
  { name: "a directory", file: folder, zh: /文件夹/, en: /folder/ },
  { name: "a missing file", file: path.join(dir, "nowhere.xlsx"), zh: /找不到文件/, en: /not found/ },
];

function expectOneLineReason(stderr: string, reason: RegExp): void {
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^sales-radar: /);
  expect(lines[0]).toMatch(reason);
  expect(stderr).not.toMatch(/\s+at .+:\d+:\d+/);
}

describe.each(BAD_FILES)("$name", ({ file, zh, en }) => {
  it("refresh: exit 2, one line in Chinese, nothing written", async () => {
    const out = path.join(dir, `out-${path.basename(file)}.xlsx`);
    const json = path.join(dir, `report-${path.basename(file)}.json`);
    const before = readdirSync(dir);
    const run = await runCli(["refresh", file, "--out", out, "--json", json]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expectOneLineReason(run.stderr, zh);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(json)).toBe(false);
    expect(readdirSync(dir)).toEqual(before);
  });

  it("refresh --in-place --lang en: exit 2, one line in English, the file left as it was", async () => {
    const isFile = existsSync(file) && statSync(file).isFile();
    const before = isFile ? readFileSync(file) : null;
    const run = await runCli(["refresh", file, "--in-place", "--lang", "en"]);
    expect(run.code).toBe(2);
    expectOneLineReason(run.stderr, en);
    if (before !== null) expect(readFileSync(file).equals(before)).toBe(true);
    else expect(existsSync(file) && statSync(file).isFile()).toBe(false);
  });

  it("validate: exit 2", async () => {
    const run = await runCli(["validate", file, "--lang", "en"]);
    expect(run.code).toBe(2);
    expectOneLineReason(run.stderr, en);
  });
});

it("the encrypted fixture really is an OLE2 container with EncryptionInfo", () => {
  const bytes = readFileSync(path.join(FIXTURES, "encrypted.xlsx"));
  expect(bytes.subarray(0, 8).toString("hex")).toBe("d0cf11e0a1b11ae1");
  expect(bytes.includes(Buffer.from("EncryptionInfo", "utf16le"))).toBe(true);
});
