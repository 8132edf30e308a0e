import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FUNNEL_FILE, SCORE_FILE, SCORE_HEADER } from "./ourResults";

/** How our results and the peer's agree: checked row by row, never assumed. */
export interface Agreement {
  readonly rows: number;
  /** Rows one side counts as valid and the other does not. */
  readonly validityMismatches: number;
  /** Rows valid on both sides. */
  readonly cleanRows: number;
  /** Clean rows whose priority or opportunity score or tier differ. */
  readonly scoreMismatches: number;
  readonly funnelMatches: boolean;
  /** A few differences, for the reader to look into. */
  readonly examples: readonly string[];
}

const EXAMPLES = 5;

function readRows(path: string, header: string): Map<string, string[]> {
  const [first, ...lines] = readFileSync(path, "utf8").split("\n");
  if (first !== header) throw new Error(`${path}: unexpected header ${first}`);
  const rows = new Map<string, string[]>();
  for (const line of lines) {
    if (line === "") continue;
    const fields = line.split(",");
    rows.set(fields[0], fields);
  }
  return rows;
}

/** Scores compare as numbers (the peer writes 84.0 where we write 84); blanks must both be blank. */
function sameValue(a: string, b: string): boolean {
  if (a === "" || b === "") return a === b;
  const x = Number(a);
  const y = Number(b);
  return Number.isNaN(x) || Number.isNaN(y) ? a === b : Math.abs(x - y) < 1e-9;
}

/** Compares the score and funnel files both sides wrote into `dir`. */
export function compareWithPeer(dir: string): Agreement {
  const ours = readRows(join(dir, SCORE_FILE.ours), SCORE_HEADER);
  const peer = readRows(join(dir, SCORE_FILE.peer), SCORE_HEADER);
  const examples: string[] = [];
  const note = (text: string) => {
    if (examples.length < EXAMPLES) examples.push(text);
  };
  let validityMismatches = 0;
  let cleanRows = 0;
  let scoreMismatches = 0;
  for (const [row, mine] of ours) {
    const theirs = peer.get(row);
    if (theirs === undefined || mine[1] !== theirs[1]) {
      validityMismatches++;
      note(`row ${row}: valid ours=${mine[1]} peer=${theirs?.[1] ?? "missing"}`);
      continue;
    }
    if (mine[1] !== "1") continue;
    cleanRows++;
    if (!mine.slice(2).every((value, i) => sameValue(value, theirs[i + 2]))) {
      scoreMismatches++;
      note(`row ${row}: ours ${mine.slice(2).join("/")} peer ${theirs.slice(2).join("/")}`);
    }
  }
  for (const row of peer.keys()) if (!ours.has(row)) validityMismatches++;
  const funnelOurs = readFileSync(join(dir, FUNNEL_FILE.ours), "utf8").trim();
  const funnelPeer = readFileSync(join(dir, FUNNEL_FILE.peer), "utf8").trim().replace(/\r/g, "");
  const funnelMatches = funnelOurs === funnelPeer;
  if (!funnelMatches) note(`funnel ours:\n${funnelOurs}\npeer:\n${funnelPeer}`);
  return { rows: ours.size, validityMismatches, cleanRows, scoreMismatches, funnelMatches, examples };
}
