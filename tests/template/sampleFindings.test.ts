import { dayFromYmd } from "../../src/engine/cells/calendar";
import { DEFAULT_CONFIG } from "../../src/engine/config";
import { LEDGER_FIELDS, SHEETS } from "../../src/engine/schema/fields";
import { runRefresh } from "../../src/refresh/pipeline";
import { buildTemplate, generateSample } from "../../src/template";
import type { Finding } from "../../src/engine/validation/finding";
import { openXlsx } from "../../src/workbook/xlsx";

/**
 * The sample against the real engine, as the README demo runs it (`--as-of 2026-11-16`): every
 * planted mistake is reported, and nothing else in the sample is an error — the everyday mess
 * (amounts as 50万, text dates, 60%, full-width input) must all read cleanly.
 */
let findings: readonly Finding[];
beforeAll(async () => {
  const port = openXlsx(await buildTemplate({ lang: "zh", sample: true }));
  const outcome = await runRefresh(port, {
    asOf: dayFromYmd(2026, 11, 16),
    today: dayFromYmd(2026, 11, 22),
    mode: "validate",
  });
  findings = outcome.analysis.findings;
});

const requiredFields = new Set(LEDGER_FIELDS.filter((f) => f.required !== undefined).map((f) => f.key));
const sample = generateSample({ codes: DEFAULT_CONFIG.codes });
const PLANTED_ERRORS = new Set([
  "duplicate-id",
  "two-digit-year",
  "day-first",
  "bad-id",
  "missing-owner",
  "percent-over-100",
  "excel-error",
  "unknown-customer",
]);

describe("sample findings", () => {
  it("reports an error on every row where one was planted", () => {
    const errorRows = new Set(
      findings.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.row}`),
    );
    const planted = sample.mess.filter((n) => PLANTED_ERRORS.has(n.kind));
    expect(planted.length).toBeGreaterThanOrEqual(PLANTED_ERRORS.size);
    for (const note of planted) {
      const sheet = note.sheet === "ledger" ? SHEETS.ledger.zh : SHEETS.followups.zh;
      expect(errorRows).toContain(`${sheet}!${note.row + 2}`);
    }
  });

  it("reports no error anywhere else", () => {
    const plantedRows = new Set(
      sample.mess
        .filter((n) => PLANTED_ERRORS.has(n.kind))
        .map((n) => `${n.sheet === "ledger" ? SHEETS.ledger.zh : SHEETS.followups.zh}!${n.row + 2}`),
    );
    const stray = findings.filter((f) => f.severity === "error" && !plantedRows.has(`${f.sheet}!${f.row}`));
    expect(stray.map((f) => `${f.sheet}!${f.row} ${f.column} ${f.value} ${f.rule}`)).toEqual([]);
  });

  it("warns about the planted doubtful rows", () => {
    const warned = new Set(
      findings.filter((f) => f.severity === "warning").map((f) => `${f.sheet}!${f.row}`),
    );
    for (const kind of [
      "bad-phone",
      "lost-without-stage",
      "same-name-two-ids",
      "stale-id-code",
      "placeholder",
    ]) {
      // A placeholder only costs a warning in a column that asks to be filled in.
      const notes = sample.mess.filter(
        (n) =>
          n.kind === kind && n.sheet === "ledger" && (kind !== "placeholder" || requiredFields.has(n.field)),
      );
      expect(notes.length).toBeGreaterThan(0);
      for (const note of notes) expect(warned).toContain(`${SHEETS.ledger.zh}!${note.row + 2}`);
    }
  });
});
