import type { PointBand } from "../config/types";
import { atLeast } from "./numbers";

/** Which band a value fell into, so an explanation can name the threshold that applied. */
export interface BandMatch {
  readonly points: number;
  /** The band whose lower bound the value reached; null when none did (or the value is blank). */
  readonly band: PointBand | null;
  /** The smallest lower bound of all bands, for "below …" wording; null when there are no bands. */
  readonly lowestMin: number | null;
}

/** "value ≥ min gives points", bands tried in order, first match wins; blank gives `otherwise`. */
export function matchBand(value: number | null, bands: readonly PointBand[], otherwise: number): BandMatch {
  let lowestMin: number | null = null;
  for (const b of bands) if (lowestMin === null || b.min < lowestMin) lowestMin = b.min;
  if (value === null) return { points: otherwise, band: null, lowestMin };
  const band = bands.find((b) => atLeast(value, b.min)) ?? null;
  return { points: band === null ? otherwise : band.points, band, lowestMin };
}

/**
 * Points for a label from a configured table. Only the table's own keys count, so a label that
 * happens to be an Object property name ("constructor") is treated as unknown.
 */
export function labelPoints(
  table: Readonly<Record<string, number>>,
  label: string | null,
  otherwise: number,
): number {
  if (label === null || !Object.prototype.hasOwnProperty.call(table, label)) return otherwise;
  return table[label] ?? otherwise;
}
