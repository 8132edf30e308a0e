/**
 * How hard the fuzz tests push. CI runs a small seeded set (well under 20 s); the nightly run
 * (SALES_RADAR_FUZZ=nightly) generates more than 100,000 rows. SALES_RADAR_FUZZ_SEED replays a
 * failure reported by either.
 */
export const NIGHTLY = process.env.SALES_RADAR_FUZZ === "nightly";

const seedText = process.env.SALES_RADAR_FUZZ_SEED;
export const SEED = seedText !== undefined && seedText !== "" ? Number(seedText) : 20_261_122;

export const FUZZ = NIGHTLY
  ? { memoryRuns: 400, xlsxRuns: 80, maxRows: 600, minGeneratedRows: 100_000, timeoutMs: 30 * 60_000 }
  : { memoryRuns: 100, xlsxRuns: 15, maxRows: 25, minGeneratedRows: 0, timeoutMs: 60_000 };
