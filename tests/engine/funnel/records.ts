import { dayFromYmd, type DayNumber } from "../../../src/engine/cells/calendar";
import type { CustomerRecord, FollowUpRecord } from "../../../src/engine/schema/records";
import type { PriorityScore, ScoredCustomer, Tier } from "../../../src/engine/scoring/types";
import { blankCustomer } from "../../support/records";

/** A calendar day, for readable tests. */
export function day(year: number, month: number, dayOfMonth: number): DayNumber {
  return dayFromYmd(year, month, dayOfMonth);
}

let serial = 0;

/** A valid lead with every optional field blank; override what the test is about. */
export function customer(overrides: Partial<CustomerRecord> = {}): CustomerRecord {
  serial += 1;
  return blankCustomer({
    index: serial,
    sheetRow: serial + 1,
    valid: true,
    incomplete: false,
    id: `TS-TS-TS-${String(serial).padStart(3, "0")}`,
    name: `客户${serial}`,
    industry: "制造业-汽车零部件",
    region: "上海",
    size: "中型",
    stage: "lead",
    owner: "张三",
    createdOn: day(2024, 3, 1),
    ...overrides,
  });
}

/** `count` customers alike. */
export function customers(count: number, overrides: Partial<CustomerRecord> = {}): CustomerRecord[] {
  return Array.from({ length: count }, () => customer(overrides));
}

export function priority(tier: Tier): PriorityScore {
  return { r: 10, f: 10, m: 10, v: 0, score: 30, tier, lastContact: null, contactsPerMonth: 0, parts: [] };
}

/** A scored customer with neutral results: low priority (none when lost), nothing due, no segment. */
export function scored(
  record: CustomerRecord,
  overrides: Partial<Omit<ScoredCustomer, "record">> = {},
): ScoredCustomer {
  const lost = record.stage === "lost";
  return {
    record,
    priority: lost ? null : priority("low"),
    icp: { status: "unset", unmet: [] },
    cadence: lost ? null : { cadenceDays: 30, nextDue: day(2099, 1, 1), status: "ok", daysOverdue: 0 },
    profile: { stale: false, ageDays: 0, limitDays: 30, incomplete: false },
    overdueActions: 0,
    opportunity: null,
    segment: null,
    churn: { level: null, signals: [] },
    recommendation: "",
    ...overrides,
  };
}

/** A valid follow-up of a customer at a day (a fraction adds the time of day). */
export function followUp(
  customerId: string | null,
  contactedAt: DayNumber | null,
  overrides: Partial<FollowUpRecord> = {},
): FollowUpRecord {
  serial += 1;
  return {
    index: serial,
    sheetRow: serial + 1,
    valid: true,
    customerId,
    contactedAt,
    method: "电话",
    nextAction: null,
    nextActionDue: null,
    status: null,
    ...overrides,
  };
}
