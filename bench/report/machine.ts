import { existsSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg, totalmem } from "node:os";

/** The machine a table was measured on, as docs/performance.md records it. */
export interface MachineInfo {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGb: number;
  readonly node: string;
  readonly load: readonly number[];
}

function cpuModel(): string {
  if (!existsSync("/proc/cpuinfo")) return "unknown";
  const line = readFileSync("/proc/cpuinfo", "utf8")
    .split("\n")
    .find((text) => text.startsWith("model name"));
  return line === undefined ? "unknown" : line.slice(line.indexOf(":") + 1).trim();
}

export function machineInfo(): MachineInfo {
  return {
    cpus: availableParallelism(),
    cpuModel: cpuModel(),
    memoryGb: totalmem() / 1024 ** 3,
    node: process.version,
    load: loadavg(),
  };
}

export function describeMachine(info: MachineInfo): string {
  const load = info.load.map((value) => value.toFixed(2)).join(" / ");
  return `${info.cpus} CPUs (${info.cpuModel}), ${info.memoryGb.toFixed(1)} GB memory, Node ${info.node}, load average ${load} (1 / 5 / 15 min)`;
}
