/** Builders for scoring tests: plain valid records with every optional field blank. */
import { parseIsoDay, type DayNumber } from "../../../src/engine/cells/calendar";
import type { CustomerRecord, FollowUpRecord } from "../../../src/engine/schema/records";
import { blankCustomer } from "../../support/records";

/** `YYYY-MM-DD` → day number; a typo in a test date fails loudly instead of shifting a day. */
export function day(iso: string): DayNumber {
  const parsed = parseIsoDay(iso);
  if (parsed === null) throw new Error(`not a date: ${iso}`);
  return parsed;
}

/** `YYYY-MM-DD` plus a time of day, as a follow-up's 跟进时间 arrives. */
export function dayAt(iso: string, hours: number, minutes = 0): DayNumber {
  return day(iso) + (hours * 60 + minutes) / 1440;
}

/** A valid prospect with every optional field blank; override what the test is about. */
export function makeCustomer(overrides: Partial<CustomerRecord> = {}): CustomerRecord {
  return blankCustomer({
    index: 0,
    sheetRow: 2,
    valid: true,
    incomplete: false,
    id: "ZZ-ZY-YX-001",
    name: "测试客户",
    industry: "制造业-汽车零部件",
    region: "广东深圳",
    size: "中型",
    stage: "prospect",
    owner: "张三",
    createdOn: day("2026-01-05"),
    ...overrides,
  });
}

/** A valid follow-up of customer ZZ-ZY-YX-001 with no next action. */
export function makeFollowUp(overrides: Partial<FollowUpRecord> = {}): FollowUpRecord {
  return {
    index: 0,
    sheetRow: 2,
    valid: true,
    customerId: "ZZ-ZY-YX-001",
    contactedAt: day("2026-05-01"),
    method: "电话",
    nextAction: null,
    nextActionDue: null,
    status: null,
    ...overrides,
  };
}
