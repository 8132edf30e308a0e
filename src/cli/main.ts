import { promises as fs, existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import type { Lang } from "../engine/labels";
import { RefreshError } from "../refresh/errors";
import { runRefresh, type RefreshOutcome } from "../refresh/pipeline";
import { buildReportJson } from "../refresh/reportJson";
import { buildTemplate } from "../template/buildTemplate";
import { openXlsx, XlsxError } from "../workbook/xlsx";
import { parseCommand, USAGE, UsageError, type Command } from "./args";
import { AtomicFile, defaultOutputPath, samePath, writeFileAtomic } from "./files";
import { nativeDeflater, nativeInflate } from "../workbook/xlsx/native-zlib";
import { terminalProgress } from "./progress";
import { summaryLines } from "./summary";

export interface Io {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
}

/** Runs one command and returns its exit code; never throws for the user's mistakes. */
export async function main(argv: readonly string[], io: Io = process): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`sales-radar: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  const lang: Lang = ("lang" in command && command.lang) || "zh";
  try {
    return await run(command, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`sales-radar: ${error.message}\n`);
      return 2;
    }
    if (error instanceof XlsxError || error instanceof RefreshError) {
      io.stderr.write(`sales-radar: ${error.reason[lang]}\n`);
      return exitCodeOf(error);
    }
    if (isFileError(error)) {
      const fallback = "input" in command ? command.input : "";
      io.stderr.write(`sales-radar: ${fileErrorMessage(error, lang, fallback)}\n`);
      return 2;
    }
    throw error;
  }
}

async function run(command: Command, io: Io): Promise<number> {
  switch (command.kind) {
    case "help":
      io.stdout.write(`${USAGE}\n`);
      return 0;
    case "version":
      io.stdout.write(`${packageVersion()}\n`);
      return 0;
    case "template": {
      const out = command.out ?? (command.sample ? "sales-radar-sample.xlsx" : "sales-radar-template.xlsx");
      await writeFileAtomic(out, await buildTemplate({ lang: command.lang, sample: command.sample }));
      io.stdout.write(`${command.lang === "en" ? "Template written to" : "模板已写入"} ${out}\n`);
      return 0;
    }
    case "validate":
    case "refresh":
      return refreshOrValidate(command, io);
  }
}

async function refreshOrValidate(
  command: Extract<Command, { kind: "refresh" | "validate" }>,
  io: Io,
): Promise<number> {
  const out =
    command.kind === "refresh"
      ? command.inPlace
        ? command.input
        : (command.out ?? defaultOutputPath(command.input))
      : null;
  if (command.kind === "refresh" && !command.inPlace && out !== null && samePath(out, command.input)) {
    throw new UsageError("--out is the input file; use --in-place to overwrite it");
  }
  const progress = terminalProgress(io.stderr, command.lang ?? "zh");
  const file = await fs.readFile(command.input);
  // A view, not a copy: a full sheet's file is a quarter of a gigabyte.
  const input = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  // The refreshed file streams into a temporary file beside `out` and replaces it only when whole.
  const target = out === null ? null : AtomicFile.create(out);
  let outcome: RefreshOutcome;
  try {
    const workbook = openXlsx(input, {
      deflater: nativeDeflater,
      inflate: nativeInflate,
      sink: target ? (chunk) => target.write(chunk) : undefined,
    });
    outcome = await runRefresh(workbook, {
      asOf: command.asOf ?? undefined,
      lang: command.lang ?? undefined,
      mode: command.kind,
      onProgress: progress.sink,
    });
    await target?.commit();
  } catch (error) {
    await target?.discard();
    throw error;
  } finally {
    progress.done();
  }
  if (command.json)
    await writeFileAtomic(
      command.json,
      `${JSON.stringify(buildReportJson(outcome.analysis, outcome.lang), null, 2)}\n`,
    );
  io.stdout.write(`${summaryLines(outcome, out).join("\n")}\n`);
  const hasErrors = outcome.analysis.findings.some((f) => f.severity === "error");
  return command.kind === "validate" && hasErrors ? 1 : 0;
}

/** A file the command cannot use is exit 2; a workbook whose content stops the refresh is exit 1. */
function exitCodeOf(error: XlsxError | RefreshError): number {
  if (error instanceof XlsxError) return 2;
  return error.code === "no-ledger" || error.code === "no-header" ? 2 : 1;
}

/** By shape, not `instanceof`: Node's fs errors come from another realm under test runners. */
function isFileError(error: unknown): error is NodeJS.ErrnoException {
  if (typeof error !== "object" || error === null) return false;
  const { code, syscall } = error as NodeJS.ErrnoException;
  return typeof code === "string" && typeof syscall === "string";
}

function fileErrorMessage(error: NodeJS.ErrnoException, lang: Lang, fallbackPath: string): string {
  const file = error.path || fallbackPath;
  const zh: Record<string, string> = {
    ENOENT: "找不到文件",
    EACCES: "没有权限访问",
    EISDIR: "这是一个文件夹,不是文件",
  };
  const en: Record<string, string> = {
    ENOENT: "file not found",
    EACCES: "permission denied",
    EISDIR: "is a folder, not a file",
  };
  const table = lang === "en" ? en : zh;
  return `${table[error.code ?? ""] ?? error.message}: ${file}`;
}

/** The version in package.json, found by walking up (the code runs from src/ in tests, dist/ when built). */
function packageVersion(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  }
  return "unknown";
}
