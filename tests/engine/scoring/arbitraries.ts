/** fast-check generators of records as validation hands them over: any field may be blank. */
import fc from "fast-check";
import { parseIsoDay } from "../../../src/engine/cells/calendar";
import type { Stage } from "../../../src/engine/config/stages";
import type { CustomerRecord, FollowUpRecord } from "../../../src/engine/schema/records";

const FIRST_DAY = parseIsoDay("2024-01-01") ?? 0;
const LAST_DAY = parseIsoDay("2026-12-31") ?? 0;

const STAGES: readonly (Stage | null)[] = [
  "lead",
  "prospect",
  "opportunity",
  "negotiation",
  "won",
  "lost",
  null,
];
const IDS = ["ZZ-ZY-YX-001", "YL-DX-SJ-002", "LS-XX-CJ-003", "JR-GT-LS-004"] as const;

function maybe<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return fc.option(arb, { nil: null });
}

export const dayArb = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
/** A date-time: a day plus a time of day. */
export const dateTimeArb = fc.tuple(dayArb, fc.integer({ min: 0, max: 1439 })).map(([d, m]) => d + m / 1440);
const amountArb = fc.double({ min: 0, max: 100_000, noNaN: true, noDefaultInfinity: true });

export function arbitraryCustomer(): fc.Arbitrary<CustomerRecord> {
  return fc.record({
    index: fc.nat(1000),
    sheetRow: fc.integer({ min: 2, max: 1002 }),
    valid: fc.constant(true),
    incomplete: fc.boolean(),
    id: maybe(fc.constantFrom(...IDS)),
    name: maybe(fc.constantFrom("甲公司", "乙公司")),
    industry: maybe(fc.constantFrom("制造业-汽车零部件", "制造业", "医疗-器械", "零售业-连锁")),
    region: maybe(fc.constantFrom("广东深圳", "广东省", "北京", "上海市", "广西壮族自治区南宁")),
    size: maybe(fc.constantFrom("大型", "中型", "小型", "个体")),
    employees: maybe(fc.nat(100_000)),
    revenue: maybe(amountArb),
    stage: fc.constantFrom(...STAGES),
    stageBeforeLoss: fc.constantFrom(...STAGES),
    lossReason: maybe(fc.constantFrom("预算不足", "竞争对手介入")),
    priorityClass: maybe(fc.constantFrom("A", "B", "C")),
    strategicValue: maybe(fc.constantFrom("行业标杆", "区域龙头", "潜力行业", "普通", "constructor")),
    estimatedAmount: maybe(amountArb),
    winProbability: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
    followUpCost: maybe(fc.constantFrom("低", "中", "高")),
    paymentDays: maybe(fc.nat(400)),
    owner: maybe(fc.constantFrom("张三", "李四")),
    createdOn: maybe(dayArb),
    profileUpdatedOn: maybe(dayArb),
    firstPurchase: maybe(dayArb),
    lastPurchase: maybe(dayArb),
    purchaseCount: maybe(fc.nat(30)),
    totalRevenue: maybe(amountArb),
    wonOn: maybe(dayArb),
    satisfaction: maybe(fc.integer({ min: 1, max: 5 })),
    complaints: maybe(fc.nat(6)),
    text: fc.constant({}),
  });
}

export function arbitraryFollowUp(): fc.Arbitrary<FollowUpRecord> {
  return fc.record({
    index: fc.nat(1000),
    sheetRow: fc.integer({ min: 2, max: 1002 }),
    valid: fc.boolean(),
    customerId: maybe(fc.constantFrom(...IDS)),
    contactedAt: maybe(dateTimeArb),
    method: maybe(fc.constantFrom("电话", "拜访")),
    nextAction: maybe(fc.constantFrom("提交方案")),
    nextActionDue: maybe(dateTimeArb),
    status: maybe(fc.constantFrom("进行中", "已完成", "已延期")),
  });
}
