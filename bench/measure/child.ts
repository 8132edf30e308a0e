import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { BUILD_DIR, cacheFolder } from "./paths";
import { parseResult, type CaseResult } from "./protocol";

/** What one child process did: its own report (if any), wall time, peak RSS, and the load meanwhile. */
export interface ChildRun {
  readonly result: CaseResult;
  readonly wallMs: number;
  /** From /usr/bin/time when available, else what the child reported (or null). */
  readonly peakRssMb: number | null;
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /** One-minute load average when the run ended: the machine is shared. */
  readonly load: number;
}

export interface SpawnOptions {
  readonly cwd?: string;
  readonly timeoutMs?: number;
  /** The command's own report comes as a marked JSON line on stdout (the node cases, the peer). */
  readonly expectResult?: boolean;
  readonly marker?: string;
}

const GNU_TIME = "/usr/bin/time";
const TEN_MINUTES = 600_000;

/** Whether peak memory can be read for any command (GNU time -v); otherwise only node cases report it. */
export function canTimeCommands(): boolean {
  return existsSync(GNU_TIME);
}

/**
 * Runs a command to completion, under GNU time when present so its peak RSS is its own; throws
 * with the command's output when it fails or (with `expectResult`) reports nothing.
 */
export function runCommand(command: string, args: readonly string[], options: SpawnOptions = {}): ChildRun {
  const timeFile = join(cacheFolder("tmp"), `time-${process.pid}.txt`);
  rmSync(timeFile, { force: true });
  const timed = canTimeCommands();
  const [file, argv] = timed
    ? [GNU_TIME, ["-f", "%M", "-o", timeFile, command, ...args]]
    : [command, [...args]];
  const start = performance.now();
  const child = spawnSync(file, argv, {
    cwd: options.cwd,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    timeout: options.timeoutMs ?? TEN_MINUTES,
  });
  const wallMs = performance.now() - start;
  const exitCode = child.status ?? -1;
  const stdout = child.stdout ?? "";
  const stderr = child.stderr ?? "";
  if (child.error || exitCode !== 0) {
    const reason = child.error ? child.error.message : `exit code ${exitCode}`;
    throw new Error(
      `${command} ${args.join(" ")} failed (${reason}):\n${stderr.slice(-3000)}${stdout.slice(-1000)}`,
    );
  }
  const result = options.expectResult ? parseResult(stdout, options.marker) : {};
  const timedKb =
    timed && existsSync(timeFile) ? Number(readFileSync(timeFile, "utf8").trim().split("\n").pop()) : NaN;
  const reported = typeof result.peakRssMb === "number" ? result.peakRssMb : null;
  return {
    result,
    wallMs,
    peakRssMb: Number.isFinite(timedKb) ? timedKb / 1024 : reported,
    exitCode,
    stdout,
    stderr,
    load: loadavg()[0],
  };
}

/** Runs one of the compiled case scripts in its own node process. */
export function runCase(
  script: string,
  args: readonly string[],
  nodeFlags: readonly string[] = [],
): ChildRun {
  return runCommand(
    process.execPath,
    ["--expose-gc", ...nodeFlags, join(BUILD_DIR, "cases", script), ...args],
    {
      expectResult: true,
    },
  );
}
