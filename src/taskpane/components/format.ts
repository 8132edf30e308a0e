/** `62.5%`; a dash when there is nothing to divide by. */
export function formatPercent(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return "–";
  return `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`;
}
