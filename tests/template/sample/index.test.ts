import { dayFromYmd, parseIsoDay } from "../../../src/engine/cells/calendar";
import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import { FUNNEL_STAGES, STAGE_LABELS } from "../../../src/engine/config/stages";
import {
  generateSample,
  isDateCell,
  isUnformattedNumber,
  SAMPLE_AS_OF,
  type MessKind,
  type SampleCell,
  type SampleData,
} from "../../../src/template/sample";

const codes = DEFAULT_CONFIG.codes;
const sample: SampleData = generateSample({ codes });
const asOf = parseIsoDay(SAMPLE_AS_OF) ?? NaN;
const idPattern = new RegExp(DEFAULT_CONFIG.idPattern);

const notesOf = (kind: MessKind) => sample.mess.filter((n) => n.kind === kind);
const messyCells = (sheet: "ledger" | "followups") =>
  new Set(sample.mess.filter((n) => n.sheet === sheet).map((n) => `${n.row}:${n.field}`));
const text = (cell: SampleCell | undefined): string => (typeof cell === "string" ? cell : "");
const unformatted = (cell: SampleCell | undefined): number =>
  cell !== undefined && isUnformattedNumber(cell) ? cell.unformatted : NaN;

describe("generateSample", () => {
  it("is the same for the same seed and different for another", () => {
    expect(generateSample({ codes })).toEqual(sample);
    expect(generateSample({ codes, seed: 1 })).not.toEqual(sample);
  });

  it("has about 300 customers and 1,500 follow-ups", () => {
    expect(sample.customers).toHaveLength(300);
    expect(sample.followUps.length).toBeGreaterThan(1200);
    expect(sample.followUps.length).toBeLessThan(1800);
  });

  it("keeps most rows clean", () => {
    const messyRows = new Set(sample.mess.filter((n) => n.sheet === "ledger").map((n) => n.row));
    expect(messyRows.size / sample.customers.length).toBeLessThan(0.3);
    const messyContacts = new Set(sample.mess.filter((n) => n.sheet === "followups").map((n) => n.row));
    expect(messyContacts.size / sample.followUps.length).toBeLessThan(0.1);
  });

  it("uses every stage, 6–8 owners and 大类-细分 industries from the code table", () => {
    const stages = new Set(sample.customers.map((c) => c.stage));
    for (const label of Object.values(STAGE_LABELS)) expect(stages).toContain(label.zh);
    const owners = new Set(sample.customers.map((c) => c.owner).filter((o) => typeof o === "string"));
    expect(owners.size).toBeGreaterThanOrEqual(6);
    expect(owners.size).toBeLessThanOrEqual(8);
    for (const c of sample.customers) {
      const [major, sub] = text(c.industry).split("-");
      expect(Object.keys(codes.industry)).toContain(major);
      expect(sub.length).toBeGreaterThan(0);
    }
  });

  it("gives clean rows IDs that follow the code tables, numbered in order", () => {
    const messy = messyCells("ledger");
    const stageCode = (label: string) => codes.stage[label];
    sample.customers.forEach((c, i) => {
      if (messy.has(`${i}:id`)) return;
      const id = text(c.id);
      expect(id).toMatch(idPattern);
      const [industry, size, stage, seq] = id.split("-");
      expect(industry).toBe(codes.industry[text(c.industry).split("-")[0]]);
      expect(size).toBe(codes.size[text(c.size)]);
      expect(stage).toBe(stageCode(text(c.stage)));
      expect(Number(seq)).toBe(i + 1);
    });
  });

  it("gives lost customers a stage before loss and a reason (but for the planted one)", () => {
    const planted = new Set(notesOf("lost-without-stage").map((n) => n.row));
    const lostLabel = STAGE_LABELS.lost.zh;
    const funnelLabels = FUNNEL_STAGES.map((s) => STAGE_LABELS[s].zh);
    sample.customers.forEach((c, i) => {
      if (c.stage !== lostLabel) return;
      expect(text(c.lossReason)).not.toBe("");
      if (planted.has(i)) expect(c.stageBeforeLoss).toBeNull();
      else expect(funnelLabels).toContain(c.stageBeforeLoss);
    });
    expect(planted.size).toBe(1);
  });

  it("gives won customers a purchase history", () => {
    const won = sample.customers.filter((c) => c.stage === STAGE_LABELS.won.zh);
    expect(won.length).toBeGreaterThan(30);
    for (const c of won) {
      expect(typeof c.purchaseCount).toBe("number");
      expect(c.totalRevenue ?? null).not.toBeNull();
      expect(c.lastPurchase ?? null).not.toBeNull();
    }
  });

  it("dates contacts before the as-of day, a few after it, none on or after 2026-11-22", () => {
    const cutoff = dayFromYmd(2026, 11, 22);
    const realDates = sample.followUps.map((f) => f.contactedAt).filter(isDateCell);
    expect(realDates.length).toBeGreaterThan(sample.followUps.length * 0.9);
    expect(realDates.every((d) => d.day < cutoff)).toBe(true);
    const after = realDates.filter((d) => d.day >= asOf + 1);
    expect(after.length).toBeGreaterThanOrEqual(3);
    expect(after.length).toBeLessThanOrEqual(10);
    expect(notesOf("after-as-of")).toHaveLength(after.length);
  });

  it("quotes ledger IDs in the log, with one planted exception", () => {
    const ledgerIds = new Set(sample.customers.map((c) => text(c.id).normalize("NFKC")));
    const unknown = sample.followUps.filter((f) => !ledgerIds.has(text(f.customerId).normalize("NFKC")));
    expect(unknown).toHaveLength(1);
  });

  it("logs follow-ups oldest first", () => {
    const days = sample.followUps
      .map((f) => f.contactedAt)
      .filter(isDateCell)
      .map((d) => d.day);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it("plants one of each real mistake", () => {
    const singles: MessKind[] = [
      "two-digit-year",
      "day-first",
      "bad-id",
      "missing-owner",
      "percent-over-100",
      "bad-phone",
      "lost-without-stage",
      "excel-error",
      "formula-like-name",
      "unknown-customer",
    ];
    for (const kind of singles) expect(notesOf(kind)).toHaveLength(1);
    expect(notesOf("duplicate-id")).toHaveLength(2);
    expect(notesOf("same-name-two-ids")).toHaveLength(2);
  });

  it("makes the planted mistakes visible in the cells", () => {
    const cell = (kind: MessKind) => {
      const [note] = notesOf(kind);
      const rows = note.sheet === "ledger" ? sample.customers : sample.followUps;
      return rows[note.row][note.field];
    };
    expect(cell("two-digit-year")).toMatch(/^\d{2}\/\d{1,2}\/\d{1,2}$/);
    expect(cell("day-first")).toMatch(/^(1[3-9]|2\d|3[01])\/\d{2}\/\d{4}$/);
    expect(text(cell("bad-id"))).not.toMatch(idPattern);
    expect(cell("missing-owner")).toBeNull();
    expect(cell("percent-over-100")).toBe("120%");
    expect(text(cell("bad-phone"))).not.toMatch(/\d/);
    const error = cell("excel-error");
    expect(typeof error === "object" && error !== null && "error" in error && error.error).toBe("#N/A");
    expect(text(cell("formula-like-name")).startsWith("=")).toBe(true);
    const ids = new Set(sample.customers.map((c) => text(c.id)));
    expect(ids.has(text(cell("unknown-customer")))).toBe(false);

    const dupIds = sample.customers.map((c) => text(c.id)).filter((id, i, all) => all.indexOf(id) !== i);
    expect(dupIds).toHaveLength(1);
    const [a, b] = notesOf("same-name-two-ids").map((n) => sample.customers[n.row]);
    expect(a.name).toBe(b.name);
    expect(a.id).not.toBe(b.id);
  });

  it("messes up a few percent of cells in each everyday way", () => {
    const n = sample.customers.length;
    for (const kind of ["amount-text", "date-text", "placeholder", "full-width", "stale-id-code"] as const) {
      expect(notesOf(kind).length).toBeGreaterThanOrEqual(2);
      expect(notesOf(kind).length).toBeLessThan(n * 0.25);
    }
    const percentForms = ["percent-text", "percent-fraction", "percent-points"] as const;
    for (const kind of percentForms) expect(notesOf(kind).length).toBeGreaterThanOrEqual(1);
    expect(notesOf("datetime-glued").length).toBeGreaterThanOrEqual(5);
  });

  it("writes each everyday mess in a form the SPEC reads", () => {
    for (const note of sample.mess) {
      const rows = note.sheet === "ledger" ? sample.customers : sample.followUps;
      const value = rows[note.row][note.field];
      switch (note.kind) {
        case "amount-text":
          expect(value).toMatch(/^(¥[\d,]+|[\d.]+(万| 万元|亿|k|千))$/);
          break;
        case "percent-text":
          expect(value).toMatch(/^\d+%$/);
          break;
        case "percent-fraction":
          expect(unformatted(value)).toBeLessThanOrEqual(1);
          break;
        case "percent-points":
          expect(unformatted(value)).toBeGreaterThan(1);
          break;
        case "date-text":
          expect(value).toMatch(
            /^(\d{4}-\d{2}-\d{2}|\d{4}\/\d{1,2}\/\d{1,2}|\d{4}\.\d{2}\.\d{2}|\d{4}年\d{1,2}月\d{1,2}日)( \d{2}:\d{2})?$/,
          );
          break;
        case "datetime-glued":
          expect(value).toMatch(/^\d{4}-\d{2}-\d{4}:\d{2}$/);
          break;
        case "placeholder":
          expect(DEFAULT_CONFIG.placeholders).toContain(value);
          break;
        default:
          break;
      }
    }
  });
});
