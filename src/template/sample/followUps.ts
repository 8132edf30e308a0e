import type { DayNumber } from "../../engine/cells/calendar";
import { FUNNEL_STAGES, stageIndex, type Stage } from "../../engine/config/stages";
import type { Rng } from "../prng";
import type { CustomerDraft } from "./customers";
import { dayBetween, officeTime, workdayBetween } from "./dates";
import { OWNERS } from "./pools/people";
import { DELAY_REASONS, LOSS_CONTACT, SCRIPTS, type ContactScript } from "./pools/phrases";

/** One contact in the follow-up log, with typed values. */
export interface FollowUpDraft {
  readonly customerId: string;
  /** Day number plus the time of day as a fraction. */
  readonly contactedAt: DayNumber;
  readonly method: string;
  readonly by: string;
  readonly summary: string;
  readonly feedback: string;
  readonly objection: string | null;
  readonly nextAction: string | null;
  readonly nextActionDue: DayNumber | null;
  readonly nextActionOwner: string | null;
  readonly status: string | null;
  readonly delayReason: string | null;
}

/** Contacts per customer by stage: further along means more conversations. */
const CONTACTS_BY_STAGE: Readonly<Record<Stage, readonly [number, number]>> = {
  lead: [0, 3],
  prospect: [1, 5],
  opportunity: [3, 7],
  negotiation: [4, 8],
  won: [3, 8],
  lost: [2, 5],
};

/** Share of open deals being worked hard right now, and how many extra contacts that means. */
const HOT_SHARE = 0.3;
const HOT_BURST: readonly [number, number] = [6, 10];
const HOT_WINDOW_DAYS = 90;
/** Share of customers nobody has called for a while. */
const COLD_SHARE = 0.25;
/** Contacts dated just after the as-of date (already logged, ignored by scoring). */
const AFTER_AS_OF_CONTACTS = 5;
export const AFTER_AS_OF_MAX_DAYS = 5;

const METHODS: readonly (readonly [string, number])[] = [
  ["电话", 35],
  ["微信", 25],
  ["拜访", 12],
  ["面谈", 10],
  ["邮件", 12],
  ["行业活动", 6],
];

export interface FollowUpContext {
  readonly rng: Rng;
  readonly asOf: DayNumber;
}

/** The whole log, oldest first, as a team appends it. */
export function generateFollowUps(
  ctx: FollowUpContext,
  customers: readonly CustomerDraft[],
): FollowUpDraft[] {
  const log = customers.flatMap((customer) => contactsOf(ctx, customer));
  const active = customers.filter((c) => c.stage !== "lost");
  for (const index of ctx.rng.sample(active.length, Math.min(AFTER_AS_OF_CONTACTS, active.length))) {
    const day = ctx.asOf + ctx.rng.int(1, AFTER_AS_OF_MAX_DAYS);
    log.push(contact(ctx, active[index], day + officeTime(ctx.rng), scriptFor(active[index], 1)));
  }
  return log.sort((a, b) => a.contactedAt - b.contactedAt || a.customerId.localeCompare(b.customerId));
}

function contactsOf(ctx: FollowUpContext, customer: CustomerDraft): FollowUpDraft[] {
  const { rng, asOf } = ctx;
  const [min, max] = CONTACTS_BY_STAGE[customer.stage];
  const cold = customer.stage !== "lost" && rng.chance(COLD_SHARE);
  const lastDay = cold ? dayBetween(rng, customer.createdOn, customer.activeUntil) : customer.activeUntil;
  const days = Array.from({ length: rng.int(min, max) }, () =>
    workdayBetween(rng, customer.createdOn, lastDay),
  );
  const hot = !cold && isOpen(customer.stage) && rng.chance(HOT_SHARE);
  if (hot) {
    const burst = rng.int(HOT_BURST[0], HOT_BURST[1]);
    const from = Math.max(customer.createdOn, asOf - HOT_WINDOW_DAYS);
    for (let i = 0; i < burst; i++) days.push(workdayBetween(rng, from, asOf));
  }
  days.sort((a, b) => a - b);
  return days.map((day, i) => {
    const progress = days.length === 1 ? 1 : i / (days.length - 1);
    const isFinalLossContact = customer.stage === "lost" && i === days.length - 1;
    const script = isFinalLossContact ? LOSS_CONTACT : scriptFor(customer, progress);
    return contact(ctx, customer, day + officeTime(rng), script);
  });
}

function isOpen(stage: Stage): boolean {
  return stage === "prospect" || stage === "opportunity" || stage === "negotiation";
}

/** The stage the customer was in at `progress` (0 = first contact, 1 = now) of its history. */
function scriptFor(customer: CustomerDraft, progress: number): ContactScript {
  const reached = customer.stage === "lost" ? (customer.stageBeforeLoss ?? "lead") : customer.stage;
  const top = Math.max(0, stageIndex(reached));
  return SCRIPTS[FUNNEL_STAGES[Math.min(top, Math.floor(progress * (top + 1)))]];
}

function contact(
  ctx: FollowUpContext,
  customer: CustomerDraft,
  at: DayNumber,
  script: ContactScript,
): FollowUpDraft {
  const { rng, asOf } = ctx;
  const by = rng.chance(0.9) ? customer.owner : rng.weighted(OWNERS);
  const nextAction = script.nextActions.length > 0 && rng.chance(0.8) ? rng.pick(script.nextActions) : null;
  const due = nextAction === null ? null : Math.floor(at) + rng.int(2, 14);
  const status = due === null ? null : statusOf(rng, due, asOf);
  return {
    customerId: customer.id,
    contactedAt: at,
    method: rng.weighted(METHODS),
    by,
    summary: rng.pick(script.summaries),
    feedback: rng.pick(script.feedback),
    objection: script.objections.length > 0 && rng.chance(0.4) ? rng.pick(script.objections) : null,
    nextAction,
    nextActionDue: due,
    nextActionOwner: nextAction === null ? null : by,
    status,
    delayReason: status === "已延期" ? rng.pick(DELAY_REASONS) : null,
  };
}

/** Old actions are mostly done; recent ones mostly still open. */
function statusOf(rng: Rng, due: DayNumber, asOf: DayNumber): string {
  const settled = due < asOf - 7;
  return rng.weighted([
    ["已完成", settled ? 88 : 20],
    ["已延期", settled ? 6 : 5],
    ["进行中", settled ? 6 : 75],
  ]);
}
