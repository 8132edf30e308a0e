import { spawnSync } from "node:child_process";
import type { PythonPeer } from "../sections/context";

/** Debian's python3 first (python3-pandas installs there), then whatever python3 is on the PATH. */
const CANDIDATES = ["/usr/bin/python3", "python3"];
const PROBE =
  "import json, pandas\ntry:\n    import openpyxl\n    ok = True\nexcept ImportError:\n    ok = False\nprint(json.dumps({'pandas': pandas.__version__, 'openpyxl': ok}))";

/** A Python that can run the pandas peer, or null (the peer is then skipped, visibly). */
export function findPythonPeer(): PythonPeer | null {
  for (const executable of CANDIDATES) {
    const probe = spawnSync(executable, ["-c", PROBE], { encoding: "utf8" });
    if (probe.status !== 0 || probe.error) continue;
    const found = JSON.parse(probe.stdout.trim()) as { pandas: string; openpyxl: boolean };
    return { executable, pandas: found.pandas, openpyxl: found.openpyxl };
  }
  return null;
}
