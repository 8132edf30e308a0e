/** Runs the command line in-process (`main` from src/cli/main.ts) and keeps what it printed. */
import { main } from "../../src/cli/main";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A stand-in for process.stdout / stderr that is not a terminal (no progress line). */
function captureStream(chunks: string[]): NodeJS.WriteStream {
  const stream = {
    isTTY: false,
    write(chunk: string | Uint8Array): boolean {
      chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      return true;
    },
  };
  return stream as unknown as NodeJS.WriteStream;
}

export async function runCli(args: readonly string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: captureStream(out), stderr: captureStream(err) });
  return { code, stdout: out.join(""), stderr: err.join("") };
}
