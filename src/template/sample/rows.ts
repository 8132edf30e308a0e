import type { DayNumber } from "../../engine/cells/calendar";
import { STAGE_LABELS, type Stage } from "../../engine/config/stages";
import type { CustomerDraft } from "./customers";
import type { FollowUpDraft } from "./followUps";
import type { SampleCell } from "./types";

/** Mutable while the messiness pass works on it; handed out as a `SampleRow`. */
export type DraftRow = Record<string, SampleCell>;

const date = (day: DayNumber | null): SampleCell => (day === null ? null : { day });
const stageLabel = (stage: Stage | null): string | null => (stage === null ? null : STAGE_LABELS[stage].zh);

/** A customer as the ledger shows it: stages as their Chinese labels, dates as real dates. */
export function customerRow(c: CustomerDraft): DraftRow {
  return {
    id: c.id,
    name: c.name,
    industry: c.industry,
    region: c.region,
    size: c.size,
    employees: c.employees,
    revenue: c.revenue,
    stage: stageLabel(c.stage),
    stageBeforeLoss: stageLabel(c.stageBeforeLoss),
    lossReason: c.lossReason,
    priorityClass: c.priorityClass,
    strategicValue: c.strategicValue,
    estimatedAmount: c.estimatedAmount,
    winProbability: c.winProbability,
    followUpCost: c.followUpCost,
    paymentDays: c.paymentDays,
    owner: c.owner,
    source: c.source,
    decisionMaker: c.decisionMaker,
    title: c.title,
    phone: c.phone,
    coreNeed: c.coreNeed,
    urgency: c.urgency,
    budget: c.budget,
    currentSupplier: c.currentSupplier,
    decisionCycle: c.decisionCycle,
    createdOn: date(c.createdOn),
    profileUpdatedOn: date(c.profileUpdatedOn),
    firstPurchase: date(c.firstPurchase),
    lastPurchase: date(c.lastPurchase),
    purchaseCount: c.purchaseCount,
    totalRevenue: c.totalRevenue,
    wonOn: date(c.wonOn),
    satisfaction: c.satisfaction,
    complaints: c.complaints,
    lifecycle: c.lifecycle,
  };
}

export function followUpRow(f: FollowUpDraft): DraftRow {
  return {
    customerId: f.customerId,
    contactedAt: date(f.contactedAt),
    method: f.method,
    by: f.by,
    summary: f.summary,
    feedback: f.feedback,
    objection: f.objection,
    nextAction: f.nextAction,
    nextActionDue: date(f.nextActionDue),
    nextActionOwner: f.nextActionOwner,
    status: f.status,
    delayReason: f.delayReason,
  };
}
