import fc from "fast-check";
import { parseIsoDay } from "../../../src/engine/cells/calendar";
import { DEFAULT_CONFIG } from "../../../src/engine/config";
import { createRng } from "../../../src/template/prng";
import {
  customerId,
  generateCustomers,
  phoneNumber,
  roundAmount,
} from "../../../src/template/sample/customers";

const codes = DEFAULT_CONFIG.codes;
const asOf = parseIsoDay("2026-11-16") ?? NaN;

describe("customerId", () => {
  it("joins the codes of 大类, size and stage with a zero-padded number", () => {
    expect(customerId(codes, { major: "医疗", size: "中型", stage: "prospect" }, 1)).toBe("YL-ZY-YX-001");
    expect(customerId(codes, { major: "制造业", size: "大型", stage: "lost" }, 1234)).toBe("ZZ-DX-LS-1234");
  });
});

describe("roundAmount", () => {
  it("keeps one decimal below 10 万 and whole 万 from 10 up", () => {
    expect(roundAmount(9.94)).toBe(9.9);
    expect(roundAmount(9.96)).toBe(10);
    expect(roundAmount(10)).toBe(10);
    expect(roundAmount(10.4)).toBe(10);
  });
});

describe("phoneNumber", () => {
  it("is a mainland mobile or a landline with area code", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) =>
        /^(1[3-9]\d{9}|0\d{2,3}-\d{8})$/.test(phoneNumber(createRng(seed))),
      ),
      { numRuns: 300 },
    );
  });
});

describe("generateCustomers", () => {
  const customers = generateCustomers({ rng: createRng(9), codes, asOf }, 200);

  it("numbers customers in the order they were entered", () => {
    customers.forEach((c, i) => {
      expect(c.id.endsWith(`-${String(i + 1).padStart(3, "0")}`)).toBe(true);
      if (i > 0) expect(c.createdOn).toBeGreaterThanOrEqual(customers[i - 1].createdOn);
    });
  });

  it("never repeats a name", () => {
    expect(new Set(customers.map((c) => c.name)).size).toBe(customers.length);
  });

  it("enters every customer before the as-of day and keeps its dates in order", () => {
    for (const c of customers) {
      expect(c.createdOn).toBeLessThan(asOf);
      expect(c.activeUntil).toBeLessThanOrEqual(asOf);
      if (c.profileUpdatedOn !== null) expect(c.profileUpdatedOn).toBeGreaterThanOrEqual(c.createdOn);
      if (c.wonOn !== null) expect(c.wonOn).toBeGreaterThan(c.createdOn);
    }
  });

  it("gives a stage before loss and a reason to lost customers only", () => {
    for (const c of customers) {
      expect(c.stageBeforeLoss !== null).toBe(c.stage === "lost");
      expect(c.lossReason !== null).toBe(c.stage === "lost");
    }
  });

  it("gives purchases to those who bought: won, or lost after winning", () => {
    for (const c of customers) {
      const bought = c.stage === "won" || c.stageBeforeLoss === "won";
      expect(c.purchaseCount !== null).toBe(bought);
    }
  });

  it("has no sole traders in finance, government or education", () => {
    for (const c of customers) {
      if (c.size === "个体") expect(["金融", "政府", "教育"]).not.toContain(c.major);
    }
  });
});
