/**
 * Child process: a fixed amount of plain work (an integer loop and a scan over text), timed. It
 * shows how fast this machine was at that moment: on a shared machine every figure of the table
 * stretches with the load, and this one says by how much.
 */
import { performance } from "node:perf_hooks";
import { reportResult } from "../measure/protocol";

const LOOP = 100_000_000;
const TEXTS = 1_000_000;

function integerLoop(): number {
  let sum = 0;
  for (let i = 0; i < LOOP; i++) sum += i & 7;
  return sum;
}

function textScan(texts: readonly string[]): number {
  let sum = 0;
  for (const text of texts) for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  return sum;
}

function timed(work: () => number): number {
  work();
  const start = performance.now();
  work();
  return performance.now() - start;
}

const texts = JSON.parse(
  JSON.stringify(Array.from({ length: TEXTS }, (_, i) => `北京恒达汽车零部件有限公司${i}`)),
) as string[];
reportResult({ loopMs: timed(integerLoop), scanMs: timed(() => textScan(texts)) });
