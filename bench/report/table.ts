/** One line of the results table: a figure, its target, and whether it met it. */
export interface ResultRow {
  readonly section: string;
  readonly measure: string;
  readonly value: string;
  /** Empty when the figure is informational. */
  readonly target: string;
  readonly verdict: Verdict;
  /** One-minute load average when the figure was taken (the machine is shared). */
  readonly load: number | null;
}

export type Verdict = "pass" | "FAIL" | "info" | "skipped";

export function verdict(ok: boolean): Verdict {
  return ok ? "pass" : "FAIL";
}

/** The results as a Markdown table (it reads well in a terminal too). */
export function markdownTable(rows: readonly ResultRow[]): string {
  const header = ["section", "measure", "value", "target", "result", "load"];
  const lines = rows.map((row) => [
    row.section,
    row.measure,
    row.value,
    row.target,
    row.verdict,
    row.load === null ? "" : row.load.toFixed(1),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => width(line[i]))));
  const format = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell + " ".repeat(widths[i] - width(cell))).join(" | ")} |`;
  return [format(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...lines.map(format)].join(
    "\n",
  );
}

/** Display width: CJK characters take two columns in a terminal. */
function width(text: string): number {
  let columns = 0;
  for (const char of text)
    columns +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        char,
      )
        ? 2
        : 1;
  return columns;
}

export const format = {
  ms(ms: number): string {
    return ms >= 10_000
      ? `${(ms / 1000).toFixed(1)} s`
      : ms >= 1000
        ? `${(ms / 1000).toFixed(2)} s`
        : `${ms.toFixed(0)} ms`;
  },
  mb(mb: number): string {
    return mb >= 1024 ? `${(mb / 1024).toFixed(2)} GB` : `${mb.toFixed(0)} MB`;
  },
  bytes(bytes: number): string {
    if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
    return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`;
  },
  rows(rows: number): string {
    return rows.toLocaleString("en-US");
  },
  rate(rowsPerSecond: number): string {
    return `${Math.round(rowsPerSecond).toLocaleString("en-US")} rows/s`;
  },
  ratio(value: number): string {
    return value.toFixed(2);
  },
};

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
