import { parseIsoDay } from "../../../src/engine/cells/calendar";
import { DEFAULT_CONFIG } from "../../../src/engine/config";
import { createRng } from "../../../src/template/prng";
import { generateCustomers } from "../../../src/template/sample/customers";
import { AFTER_AS_OF_MAX_DAYS, generateFollowUps } from "../../../src/template/sample/followUps";

const asOf = parseIsoDay("2026-11-16") ?? NaN;
const rng = createRng(21);
const customers = generateCustomers({ rng, codes: DEFAULT_CONFIG.codes, asOf }, 150);
const log = generateFollowUps({ rng, asOf }, customers);
const byId = new Map(customers.map((c) => [c.id, c]));

describe("generateFollowUps", () => {
  it("is oldest first", () => {
    log.forEach((f, i) => {
      if (i > 0) expect(f.contactedAt).toBeGreaterThanOrEqual(log[i - 1].contactedAt);
    });
  });

  it("contacts known customers between entry and the end of the relationship, a few just after as-of", () => {
    const late = log.filter((f) => f.contactedAt >= asOf + 1);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((f) => f.contactedAt < asOf + AFTER_AS_OF_MAX_DAYS + 1)).toBe(true);
    for (const f of log) {
      const customer = byId.get(f.customerId);
      expect(customer).toBeDefined();
      if (customer === undefined || f.contactedAt >= asOf + 1) continue;
      expect(Math.floor(f.contactedAt)).toBeGreaterThanOrEqual(customer.createdOn);
      expect(Math.floor(f.contactedAt)).toBeLessThanOrEqual(customer.activeUntil);
    }
  });

  it("never contacts a lost customer after the as-of day", () => {
    for (const f of log.filter((x) => x.contactedAt >= asOf + 1))
      expect(byId.get(f.customerId)?.stage).not.toBe("lost");
  });

  it("dates next actions after the contact, with an owner and a status", () => {
    for (const f of log) {
      const hasAction = f.nextAction !== null;
      expect(f.nextActionDue !== null).toBe(hasAction);
      expect(f.nextActionOwner !== null).toBe(hasAction);
      expect(f.status !== null).toBe(hasAction);
      if (f.nextActionDue !== null)
        expect(f.nextActionDue).toBeGreaterThanOrEqual(Math.floor(f.contactedAt) + 2);
      expect(f.delayReason !== null).toBe(f.status === "已延期");
    }
  });

  it("uses only the configured methods and statuses", () => {
    const { method, status } = DEFAULT_CONFIG.codes.lists;
    for (const f of log) {
      expect(method).toContain(f.method);
      if (f.status !== null) expect(status).toContain(f.status);
    }
  });
});
