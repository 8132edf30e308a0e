import type { CustomerRecord } from "../../src/engine/schema/records";

/** A valid ledger record with every field blank; test factories add what their tests are about. */
export function blankCustomer(overrides: Partial<CustomerRecord> = {}): CustomerRecord {
  return {
    index: 0,
    sheetRow: 2,
    valid: true,
    incomplete: false,
    id: null,
    name: null,
    industry: null,
    region: null,
    size: null,
    employees: null,
    revenue: null,
    stage: null,
    stageBeforeLoss: null,
    lossReason: null,
    priorityClass: null,
    strategicValue: null,
    estimatedAmount: null,
    winProbability: null,
    followUpCost: null,
    paymentDays: null,
    owner: null,
    createdOn: null,
    profileUpdatedOn: null,
    firstPurchase: null,
    lastPurchase: null,
    purchaseCount: null,
    totalRevenue: null,
    wonOn: null,
    satisfaction: null,
    complaints: null,
    text: {},
    ...overrides,
  };
}
