import { ymdFromDay } from "../../engine/cells/calendar";
import { OPEN_STAGES } from "../../engine/config/stages";
import type { Rng } from "../prng";
import type { CustomerDraft } from "./customers";
import type { MessLog } from "./notes";
import type { DraftRow } from "./rows";
import { dayFirstText, twoDigitYearText } from "./textForms";
import { isDateCell, type MessKind } from "./types";

/**
 * The real mistakes a ledger collects, one (or one pair) of each, on distinct rows: each one is
 * something the validation report must catch.
 */
export interface PlantContext {
  readonly rng: Rng;
  readonly log: MessLog;
}

interface Plant {
  readonly kind: MessKind;
  readonly field: string;
  /** Which rows can take this mistake. */
  readonly fits: (row: DraftRow, draft: CustomerDraft) => boolean;
  readonly apply: (row: DraftRow, draft: CustomerDraft) => void;
}

const isOpen = (d: CustomerDraft): boolean => OPEN_STAGES.has(d.stage);
const always = (): boolean => true;

const SINGLE_PLANTS: readonly Plant[] = [
  {
    kind: "two-digit-year",
    field: "createdOn",
    fits: (row) => isDateCell(row.createdOn),
    apply: (row, d) => (row.createdOn = twoDigitYearText(d.createdOn)),
  },
  {
    kind: "day-first",
    field: "wonOn",
    // A day past the 12th, so the date cannot be read month-first either.
    fits: (row, d) => isDateCell(row.wonOn) && d.wonOn !== null && ymdFromDay(d.wonOn).day > 12,
    apply: (row, d) => (row.wonOn = d.wonOn === null ? null : dayFirstText(d.wonOn)),
  },
  {
    kind: "bad-id",
    field: "id",
    fits: always,
    apply: (row, d) => {
      const [industry, size, , seq] = d.id.split("-");
      row.id = `${industry}-${size}-${seq}`;
    },
  },
  { kind: "missing-owner", field: "owner", fits: always, apply: (row) => (row.owner = null) },
  {
    kind: "percent-over-100",
    field: "winProbability",
    fits: (_, d) => isOpen(d),
    apply: (row) => (row.winProbability = "120%"),
  },
  { kind: "bad-phone", field: "phone", fits: always, apply: (row) => (row.phone = "见名片") },
  {
    kind: "lost-without-stage",
    field: "stageBeforeLoss",
    fits: (_, d) => d.stage === "lost",
    apply: (row) => (row.stageBeforeLoss = null),
  },
  {
    kind: "excel-error",
    field: "revenue",
    fits: (_, d) => d.revenue !== null,
    // What a broken VLOOKUP leaves behind after paste-as-values.
    apply: (row) => (row.revenue = { error: "#N/A" }),
  },
  {
    kind: "formula-like-name",
    field: "name",
    fits: always,
    apply: (row, d) => (row.name = `=${d.name}`),
  },
];

export function plantCustomerErrors(
  ctx: PlantContext,
  rows: DraftRow[],
  drafts: readonly CustomerDraft[],
): void {
  const used = new Set<number>();
  const take = (fits: (row: DraftRow, draft: CustomerDraft) => boolean): number | null => {
    const candidates = rows.map((_, i) => i).filter((i) => !used.has(i) && fits(rows[i], drafts[i]));
    if (candidates.length === 0) return null;
    const chosen = ctx.rng.pick(candidates);
    used.add(chosen);
    return chosen;
  };
  for (const plant of SINGLE_PLANTS) {
    const i = take(plant.fits);
    if (i === null) continue;
    plant.apply(rows[i], drafts[i]);
    ctx.log.add("ledger", i, plant.field, plant.kind);
  }
  // Pairs: the second row copies the first one's ID, or its name under a different ID.
  for (const [kind, field] of [
    ["duplicate-id", "id"],
    ["same-name-two-ids", "name"],
  ] as const) {
    const first = take(always);
    const second = take(always);
    if (first === null || second === null) continue;
    rows[second][field] = rows[first][field];
    ctx.log.add("ledger", first, field, kind);
    ctx.log.add("ledger", second, field, kind);
  }
}

/** One contact logged against a customer ID that is not in the ledger. */
export function plantFollowUpErrors(ctx: PlantContext, rows: DraftRow[], customerCount: number): void {
  const plain = rows.flatMap((row, i) => {
    const id = row.customerId;
    return typeof id === "string" && id.split("-").length === 4 ? [[i, id] as const] : [];
  });
  if (plain.length === 0) return;
  const [i, id] = ctx.rng.pick(plain);
  const parts = id.split("-");
  // Sequence numbers run 001…customerCount, so one past that range cannot exist.
  parts[parts.length - 1] = String(customerCount + 500).padStart(3, "0");
  rows[i].customerId = parts.join("-");
  ctx.log.add("followups", i, "customerId", "unknown-customer");
}
