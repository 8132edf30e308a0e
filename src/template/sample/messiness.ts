import { STAGE_LABELS, FUNNEL_STAGES, stageIndex } from "../../engine/config/stages";
import type { CodesConfig } from "../../engine/config/types";
import type { Rng } from "../prng";
import type { CustomerDraft } from "./customers";
import type { MessLog } from "./notes";
import type { DraftRow } from "./rows";
import {
  amountFormsFor,
  amountText,
  dateText,
  dateTimeText,
  percentText,
  toFullWidth,
  type DateForm,
} from "./textForms";
import { isDateCell } from "./types";

/**
 * The everyday mess of a shared ledger, each at a few percent of rows: amounts and percents
 * typed in other forms, dates typed as text, full-width input, placeholders, IDs whose stage
 * code was never updated. All of it is readable per the SPEC; the real errors are planted
 * separately (plantedErrors.ts).
 */
export const MESS_RATES = {
  amountText: 0.05,
  percentForm: 0.05,
  dateText: 0.04,
  fullWidth: 0.02,
  placeholder: 0.03,
  staleIdCode: 0.03,
  contactTimeText: 0.03,
  dueDateText: 0.02,
  followUpFullWidth: 0.01,
} as const;

const AMOUNT_FIELDS = ["estimatedAmount", "revenue", "totalRevenue"] as const;
const DATE_FIELDS = ["createdOn", "profileUpdatedOn", "firstPurchase", "lastPurchase", "wonOn"] as const;
const DATE_FORMS: readonly DateForm[] = ["iso", "slash", "dot", "chinese"];
const PLACEHOLDERS: readonly (readonly [string, string])[] = [
  ["budget", "待确认"],
  ["decisionMaker", "TBD"],
  ["currentSupplier", "未知"],
  ["title", "-"],
  ["decisionCycle", "待定"],
  ["coreNeed", "N/A"],
];

export interface MessContext {
  readonly rng: Rng;
  readonly codes: CodesConfig;
  readonly log: MessLog;
}

export function messUpCustomers(ctx: MessContext, rows: DraftRow[], drafts: readonly CustomerDraft[]): void {
  const { rng, log } = ctx;
  rows.forEach((row, i) => {
    const amounts = AMOUNT_FIELDS.flatMap((f) => {
      const cell = row[f];
      return typeof cell === "number" ? [[f, cell] as const] : [];
    });
    if (amounts.length > 0 && rng.chance(MESS_RATES.amountText)) {
      const [field, amount] = rng.pick(amounts);
      row[field] = amountText(amount, rng.pick(amountFormsFor(amount)));
      log.add("ledger", i, field, "amount-text");
    }
    const probability = row.winProbability;
    if (typeof probability === "number" && probability > 0 && rng.chance(MESS_RATES.percentForm)) {
      const kind = rng.pick(["percent-text", "percent-fraction", "percent-points"] as const);
      row.winProbability =
        kind === "percent-text"
          ? percentText(probability)
          : { unformatted: kind === "percent-fraction" ? probability : Math.round(probability * 100) };
      log.add("ledger", i, "winProbability", kind);
    }
    const dates = DATE_FIELDS.flatMap((f) => {
      const cell = row[f];
      return cell !== null && isDateCell(cell) ? [[f, cell.day] as const] : [];
    });
    if (dates.length > 0 && rng.chance(MESS_RATES.dateText)) {
      const [field, day] = rng.pick(dates);
      row[field] = dateText(day, rng.pick(DATE_FORMS));
      log.add("ledger", i, field, "date-text");
    }
    if (rng.chance(MESS_RATES.fullWidth)) fullWidthCell(ctx, row, i);
    if (rng.chance(MESS_RATES.placeholder)) {
      const [field, text] = rng.pick(PLACEHOLDERS);
      row[field] = text;
      log.add("ledger", i, field, "placeholder");
    }
    if (rng.chance(MESS_RATES.staleIdCode)) staleStageCode(ctx, row, i, drafts[i]);
  });
}

function fullWidthCell(ctx: MessContext, row: DraftRow, i: number): void {
  const field = ctx.rng.pick(["id", "phone", "region"] as const);
  const text = row[field];
  if (typeof text !== "string") return;
  // Region: padded with an ideographic space, as pasted from a Word table.
  row[field] = field === "region" ? `\u3000${text} ` : toFullWidth(text);
  ctx.log.add("ledger", i, field, "full-width");
}

/** The customer moved on but its ID still carries an earlier stage's code (a warning, SPEC 3.1). */
function staleStageCode(ctx: MessContext, row: DraftRow, i: number, draft: CustomerDraft): void {
  const reached = draft.stage === "lost" ? draft.stageBeforeLoss : draft.stage;
  const top = reached === null ? 0 : stageIndex(reached);
  if (typeof row.id !== "string" || top < 1) return;
  const earlier = FUNNEL_STAGES[ctx.rng.int(0, top - 1)];
  const code = ctx.codes.stage[STAGE_LABELS[earlier].zh];
  const parts = row.id.split("-");
  if (code === undefined || parts.length !== 4) return;
  row.id = [parts[0], parts[1], code, parts[3]].join("-");
  ctx.log.add("ledger", i, "id", "stale-id-code");
}

export function messUpFollowUps(ctx: MessContext, rows: DraftRow[]): void {
  const { rng, log } = ctx;
  rows.forEach((row, i) => {
    const contactedAt = row.contactedAt;
    if (contactedAt !== null && isDateCell(contactedAt) && rng.chance(MESS_RATES.contactTimeText)) {
      const form = rng.pick(["glued", "glued", "spaced", "slashSpaced"] as const);
      row.contactedAt = dateTimeText(contactedAt.day, form);
      log.add("followups", i, "contactedAt", form === "glued" ? "datetime-glued" : "date-text");
    }
    const due = row.nextActionDue;
    if (due !== null && isDateCell(due) && rng.chance(MESS_RATES.dueDateText)) {
      row.nextActionDue = dateText(due.day, rng.pick(DATE_FORMS));
      log.add("followups", i, "nextActionDue", "date-text");
    }
    if (typeof row.customerId === "string" && rng.chance(MESS_RATES.followUpFullWidth)) {
      row.customerId = toFullWidth(row.customerId);
      log.add("followups", i, "customerId", "full-width");
    }
  });
}
