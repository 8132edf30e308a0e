import type { DayNumber } from "../../engine/cells/calendar";
import type { CodesConfig } from "../../engine/config/types";
import { STAGE_LABELS, type Stage } from "../../engine/config/stages";
import type { Rng } from "../prng";
import { dayBetween, workdayBetween } from "./dates";
import {
  BRANDS,
  FALLBACK_SUBINDUSTRY,
  INDUSTRY_WEIGHTS,
  NO_SOLE_TRADERS,
  PROVINCES,
  SUBINDUSTRIES,
  soleTraderName,
} from "./pools/companies";
import { GIVEN_NAMES, OWNERS, SURNAMES, TITLES } from "./pools/people";
import { BUDGET_BANDS, CORE_NEEDS, DECISION_CYCLES, LOSS_REASONS, SOURCES, SUPPLIERS } from "./pools/phrases";
import { purchaseHistory, type PurchaseHistory } from "./purchases";

/** One made-up customer with typed values, before it becomes a ledger row (and before any mess). */
export interface CustomerDraft extends PurchaseHistory {
  readonly id: string;
  readonly name: string;
  readonly major: string;
  readonly industry: string;
  readonly region: string;
  readonly size: string;
  readonly employees: number;
  readonly revenue: number | null;
  readonly stage: Stage;
  readonly stageBeforeLoss: Stage | null;
  readonly lossReason: string | null;
  readonly priorityClass: string;
  readonly strategicValue: string | null;
  readonly estimatedAmount: number;
  readonly winProbability: number | null;
  readonly followUpCost: string | null;
  readonly paymentDays: number | null;
  readonly owner: string;
  readonly source: string;
  readonly decisionMaker: string;
  readonly title: string;
  readonly phone: string;
  readonly coreNeed: string;
  readonly urgency: string;
  readonly budget: string;
  readonly currentSupplier: string;
  readonly decisionCycle: string;
  readonly createdOn: DayNumber;
  readonly profileUpdatedOn: DayNumber | null;
  /** The last day the team still talked to the customer: the loss for lost ones, else as-of. */
  readonly activeUntil: DayNumber;
}

const STAGE_WEIGHTS: readonly (readonly [Stage, number])[] = [
  ["lead", 20],
  ["prospect", 20],
  ["opportunity", 15],
  ["negotiation", 10],
  ["won", 22],
  ["lost", 13],
];

/** Where lost customers dropped out; some were customers once. */
const LOSS_POINT_WEIGHTS: readonly (readonly [Stage, number])[] = [
  ["lead", 2],
  ["prospect", 4],
  ["opportunity", 4],
  ["negotiation", 3],
  ["won", 2],
];

/** A customer this far along has been in the ledger at least this many days. */
const MIN_AGE_DAYS: Readonly<Record<Stage, number>> = {
  lead: 3,
  prospect: 10,
  opportunity: 25,
  negotiation: 40,
  won: 60,
  lost: 45,
};
const MAX_AGE_DAYS = 720;

interface SizeProfile {
  readonly share: number;
  readonly employees: readonly [number, number];
  /** 预估采购金额 range in 万元, drawn log-uniformly. */
  readonly amount: readonly [number, number];
}

const SIZE_PROFILES: Readonly<Record<string, SizeProfile>> = {
  大型: { share: 15, employees: [1000, 20000], amount: [30, 500] },
  中型: { share: 35, employees: [200, 999], amount: [10, 150] },
  小型: { share: 40, employees: [20, 199], amount: [3, 50] },
  个体: { share: 10, employees: [3, 19], amount: [1, 10] },
};
const SOLE_TRADER = "个体";

const WIN_PROBABILITIES: Readonly<Record<Stage, readonly (number | null)[]>> = {
  lead: [null, 0.1, 0.1],
  prospect: [0.2, 0.3, 0.4],
  opportunity: [0.4, 0.5, 0.6],
  negotiation: [0.6, 0.7, 0.8, 0.9],
  won: [1],
  lost: [0, null],
};

export interface CustomerContext {
  readonly rng: Rng;
  readonly codes: CodesConfig;
  readonly asOf: DayNumber;
}

/** `count` customers sorted by 录入日期, numbered in that order as the team would have. */
export function generateCustomers(ctx: CustomerContext, count: number): CustomerDraft[] {
  const drafts = Array.from({ length: count }, () => draftCustomer(ctx));
  drafts.sort((a, b) => a.createdOn - b.createdOn);
  const names = new Set<string>();
  return drafts.map((draft, index) => ({
    ...draft,
    name: uniqueName(draft.name, names),
    id: customerId(ctx.codes, draft, index + 1),
  }));
}

/** `行业代码-规模代码-阶段代码-序号` from the code tables (SPEC 3.1). */
export function customerId(
  codes: CodesConfig,
  draft: Pick<CustomerDraft, "major" | "size" | "stage">,
  seq: number,
): string {
  const industry = codes.industry[draft.major] ?? "QT";
  const size = codes.size[draft.size] ?? "QT";
  const stage = codes.stage[STAGE_LABELS[draft.stage].zh] ?? "QT";
  return `${industry}-${size}-${stage}-${String(seq).padStart(3, "0")}`;
}

/** Brands repeat across cities, but a name should not: later twins get a branch suffix. */
function uniqueName(name: string, seen: Set<string>): string {
  let candidate = name;
  for (let branch = 2; seen.has(candidate); branch++) candidate = `${name}（${branch}号分部）`;
  seen.add(candidate);
  return candidate;
}

function draftCustomer(ctx: CustomerContext): Omit<CustomerDraft, "id"> {
  const { rng, asOf } = ctx;
  const majors = Object.keys(ctx.codes.industry);
  const major = rng.weighted(majors.map((m) => [m, INDUSTRY_WEIGHTS[m] ?? 3] as const));
  const sub = rng.pick(SUBINDUSTRIES[major] ?? [FALLBACK_SUBINDUSTRY]);
  const province = rng.weighted(PROVINCES.map((p) => [p, p.weight] as const));
  const city = rng.pick(province.cities);
  const sizes = Object.keys(ctx.codes.size).filter((s) => !(s === SOLE_TRADER && NO_SOLE_TRADERS.has(major)));
  const size = rng.weighted(sizes.map((s) => [s, SIZE_PROFILES[s]?.share ?? 5] as const));
  const brand = rng.pick(BRANDS);
  const profile = SIZE_PROFILES[size] ?? SIZE_PROFILES["小型"];
  const employees = rng.int(profile.employees[0], profile.employees[1]);
  const stage = rng.weighted(STAGE_WEIGHTS);
  const stageBeforeLoss = stage === "lost" ? rng.weighted(LOSS_POINT_WEIGHTS) : null;
  const createdOn = workdayBetween(rng, asOf - MAX_AGE_DAYS, asOf - MIN_AGE_DAYS[stage], 1.4);
  const lostOn = stage === "lost" ? dayBetween(rng, createdOn + 20, asOf - 10) : null;
  const activeUntil = lostOn ?? asOf;
  const estimatedAmount = roundAmount(logUniform(rng, profile.amount[0], profile.amount[1]));
  const everBought = stage === "won" || stageBeforeLoss === "won";
  const purchases = everBought ? purchaseHistory(rng, createdOn, activeUntil, asOf, estimatedAmount) : null;
  return {
    name: size === SOLE_TRADER ? soleTraderName(city, brand, sub.name) : sub.company(city, brand),
    major,
    industry: `${major}-${sub.name}`,
    region: rng.chance(0.1) ? city : province.name,
    size,
    employees,
    revenue: rng.chance(0.1) ? null : Math.round(employees * rng.int(20, 80)),
    stage,
    stageBeforeLoss,
    lossReason: stage === "lost" ? rng.pick(LOSS_REASONS) : null,
    priorityClass: priorityClass(rng, stage),
    strategicValue: rng.weighted<string | null>([
      ["行业标杆", 5],
      ["区域龙头", 12],
      ["潜力行业", 18],
      ["普通", 40],
      [null, 25],
    ]),
    estimatedAmount,
    winProbability: rng.pick(WIN_PROBABILITIES[stage]),
    followUpCost: rng.weighted<string | null>([
      ["低", 30],
      ["中", 45],
      ["高", 15],
      [null, 10],
    ]),
    paymentDays: rng.chance(0.15) ? null : rng.pick([15, 30, 30, 45, 60, 60, 90, 120]),
    owner: rng.weighted(OWNERS),
    source: rng.pick(SOURCES),
    decisionMaker: personName(rng),
    title: rng.pick(TITLES),
    phone: phoneNumber(rng),
    coreNeed: rng.pick(CORE_NEEDS),
    urgency: rng.weighted([
      ["高", 25],
      ["中", 45],
      ["低", 30],
    ]),
    budget: BUDGET_BANDS.find(([upTo]) => estimatedAmount <= upTo)?.[1] ?? "",
    currentSupplier: rng.pick(SUPPLIERS),
    decisionCycle: rng.pick(DECISION_CYCLES),
    createdOn,
    profileUpdatedOn: rng.chance(0.15) ? null : dayBetween(rng, createdOn, activeUntil, 0.7),
    activeUntil,
    ...(purchases ?? EMPTY_PURCHASES),
  };
}

const EMPTY_PURCHASES: PurchaseHistory = {
  wonOn: null,
  firstPurchase: null,
  lastPurchase: null,
  purchaseCount: null,
  totalRevenue: null,
  satisfaction: null,
  complaints: null,
  lifecycle: null,
};

function priorityClass(rng: Rng, stage: Stage): string {
  const late = stage === "opportunity" || stage === "negotiation" || stage === "won";
  return rng.weighted([
    ["A", late ? 35 : 10],
    ["B", 45],
    ["C", late ? 20 : 45],
  ]);
}

function logUniform(rng: Rng, min: number, max: number): number {
  return Math.exp(Math.log(min) + rng.next() * (Math.log(max) - Math.log(min)));
}

/** Whole 万 from 10 up, one decimal below: how people round budgets. */
export function roundAmount(wan: number): number {
  return wan >= 10 ? Math.round(wan) : Math.round(wan * 10) / 10;
}

function personName(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN_NAMES);
}

/** A mainland mobile (13x–19x) or a landline with area code. */
export function phoneNumber(rng: Rng): string {
  if (rng.chance(0.75)) {
    const prefix = rng.pick(["13", "15", "17", "18", "19"]) + String(rng.int(0, 9));
    return prefix + String(rng.int(0, 99_999_999)).padStart(8, "0");
  }
  const area = rng.pick(["010", "021", "0512", "0571", "0755", "020", "028", "027"]);
  return `${area}-${String(rng.int(20_000_000, 89_999_999))}`;
}
