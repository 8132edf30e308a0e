import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { runRefresh } from "../../src/refresh/pipeline";
import { openXlsx } from "../../src/workbook/xlsx";
import { benchAsOf } from "../data/dataset";
import { collectGarbage } from "../measure/protocol";
const file = process.argv[2];
const t0 = performance.now();
const mb = () => { collectGarbage(); const m = process.memoryUsage(); return `heap ${(m.heapUsed / 1e6).toFixed(0)} ext ${(m.external / 1e6).toFixed(0)} ab ${(m.arrayBuffers / 1e6).toFixed(0)} rss ${(m.rss / 1e6).toFixed(0)}`; };
const wb = openXlsx(new Uint8Array(readFileSync(file)));
console.log("opened", mb());
let last = "";
runRefresh(wb, { asOf: benchAsOf(), today: benchAsOf(), onProgress: (p) => { const k = `${p.step}`; if (k !== last) { last = k; console.log((performance.now() - t0).toFixed(0), k, p.fraction.toFixed(2), mb()); } } }).then((o) => {
  console.log("done", (performance.now() - t0).toFixed(0), mb(), "peak", (process.resourceUsage().maxRSS / 1e3).toFixed(0), o.written);
});
