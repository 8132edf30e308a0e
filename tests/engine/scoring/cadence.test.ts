import fc from "fast-check";
import type { DayNumber } from "../../../src/engine/cells/calendar";
import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import { cadenceFor, countOverdueActions, profileHealth } from "../../../src/engine/scoring/cadence";
import type { PriorityScore, Tier } from "../../../src/engine/scoring/types";
import { arbitraryCustomer, arbitraryFollowUp, dayArb } from "./arbitraries";
import { day, dayAt, makeCustomer, makeFollowUp } from "./customer";

const cfg = DEFAULT_CONFIG.cadence;
const T = day("2026-05-31");

function priority(tier: Tier, lastContact: DayNumber | null): PriorityScore {
  return { r: 0, f: 0, m: 0, v: 0, score: 0, tier, lastContact, contactsPerMonth: 0, parts: [] };
}

describe("cadenceFor: days between contacts", () => {
  it.each([
    ["high", null, 7],
    ["medium", null, 14],
    ["low", null, 30],
    ["high", "A", 7],
    ["medium", "A", 7],
    ["low", "A", 7],
    ["low", "B", 30],
  ] as const)("%s tier, 需求等级 %p → every %i days", (tier, priorityClass, days) => {
    const result = cadenceFor(makeCustomer({ priorityClass }), priority(tier, T), T, cfg);
    expect(result.cadenceDays).toBe(days);
  });

  it("caps A-class at aClassMax without lengthening a shorter tier cadence", () => {
    const loose = { ...cfg, aClassMax: 10 };
    expect(cadenceFor(makeCustomer({ priorityClass: "A" }), priority("low", T), T, loose).cadenceDays).toBe(
      10,
    );
    expect(cadenceFor(makeCustomer({ priorityClass: "A" }), priority("high", T), T, loose).cadenceDays).toBe(
      7,
    );
  });
});

describe("cadenceFor: due date and status", () => {
  const medium = (lastContact: DayNumber | null, overrides = {}) =>
    cadenceFor(makeCustomer(overrides), priority("medium", lastContact), T, cfg);

  it.each([
    ["2026-05-15", "2026-05-29", "overdue", 2],
    ["2026-05-16", "2026-05-30", "overdue", 1],
    ["2026-05-17", "2026-05-31", "due-soon", 0],
    ["2026-05-19", "2026-06-02", "due-soon", 0],
    ["2026-05-20", "2026-06-03", "ok", 0],
  ] as const)("last contact %s + 14 = %s → %s (%i days overdue)", (last, due, status, daysOverdue) => {
    expect(medium(day(last))).toEqual({ cadenceDays: 14, nextDue: day(due), status, daysOverdue });
  });

  it("counts from the calendar day of the last contact, whatever its time", () => {
    expect(medium(dayAt("2026-05-17", 23, 30)).nextDue).toBe(T);
  });

  it("counts from 录入日期 when never contacted", () => {
    expect(medium(null, { createdOn: day("2026-05-10") })).toMatchObject({
      nextDue: day("2026-05-24"),
      status: "overdue",
      daysOverdue: 7,
    });
  });

  it("is due on T when neither a contact nor 录入日期 is known", () => {
    expect(medium(null, { createdOn: null })).toEqual({
      cadenceDays: 14,
      nextDue: T,
      status: "due-soon",
      daysOverdue: 0,
    });
  });

  it("takes the due-soon window from the configuration", () => {
    const none = { ...cfg, dueSoonDays: 0 };
    expect(cadenceFor(makeCustomer(), priority("medium", day("2026-05-17")), T, none).status).toBe(
      "due-soon",
    );
    expect(cadenceFor(makeCustomer(), priority("medium", day("2026-05-18")), T, none).status).toBe("ok");
  });

  it("keeps status and days overdue consistent with the due date", () => {
    fc.assert(
      fc.property(
        arbitraryCustomer(),
        fc.option(dayArb, { nil: null }),
        fc.constantFrom("high", "medium", "low"),
        (c, last, tier) => {
          const result = cadenceFor(c, priority(tier as Tier, last), T, cfg);
          if (result.nextDue < T)
            return result.status === "overdue" && result.daysOverdue === T - result.nextDue;
          const soon = result.nextDue <= T + cfg.dueSoonDays;
          return result.status === (soon ? "due-soon" : "ok") && result.daysOverdue === 0;
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("profileHealth", () => {
  const updatedDaysAgo = (days: number, overrides = {}) =>
    profileHealth(makeCustomer({ profileUpdatedOn: T - days, ...overrides }), T, cfg);

  it.each([
    [{}, 30],
    [{ priorityClass: "A" }, 14],
    [{ stage: "won" as const }, 90],
    [{ stage: "won" as const, priorityClass: "A" }, 14],
  ])("%p: fresh at exactly %i days, stale one day later", (overrides, limit) => {
    expect(updatedDaysAgo(limit, overrides)).toMatchObject({
      stale: false,
      ageDays: limit,
      limitDays: limit,
    });
    expect(updatedDaysAgo(limit - 1, overrides).stale).toBe(false);
    expect(updatedDaysAgo(limit + 1, overrides)).toMatchObject({ stale: true, ageDays: limit + 1 });
  });

  it("falls back to 录入日期 when 资料更新日期 is blank", () => {
    const customer = makeCustomer({ profileUpdatedOn: null, createdOn: T - 31 });
    expect(profileHealth(customer, T, cfg)).toMatchObject({ stale: true, ageDays: 31 });
  });

  it("prefers 资料更新日期 over 录入日期", () => {
    const customer = makeCustomer({ profileUpdatedOn: T - 3, createdOn: T - 300 });
    expect(profileHealth(customer, T, cfg)).toMatchObject({ stale: false, ageDays: 3 });
  });

  it("treats a profile with no date at all as stale of unknown age", () => {
    const customer = makeCustomer({ profileUpdatedOn: null, createdOn: null });
    expect(profileHealth(customer, T, cfg)).toEqual({
      stale: true,
      ageDays: null,
      limitDays: 30,
      incomplete: false,
    });
  });

  it("gives a profile updated after T age 0", () => {
    expect(updatedDaysAgo(-5)).toMatchObject({ stale: false, ageDays: 0 });
  });

  it("passes the record's incompleteness through", () => {
    expect(updatedDaysAgo(1, { incomplete: true }).incomplete).toBe(true);
  });
});

describe("countOverdueActions", () => {
  const action = (due: DayNumber | null, status: string | null, contactedAt: DayNumber = day("2026-05-01")) =>
    makeFollowUp({ nextAction: "提交方案", nextActionDue: due, status, contactedAt });

  it("counts an open action due the day before T, not one due on T", () => {
    expect(countOverdueActions([action(T - 1, "进行中")], T)).toBe(1);
    expect(countOverdueActions([action(T, "进行中")], T)).toBe(0);
    expect(countOverdueActions([action(T + 1, "进行中")], T)).toBe(0);
  });

  it("compares by calendar day: due late on the day before T is overdue, early on T is not", () => {
    expect(countOverdueActions([action(dayAt("2026-05-30", 23, 59), "进行中")], T)).toBe(1);
    expect(countOverdueActions([action(dayAt("2026-05-31", 0, 1), "进行中")], T)).toBe(0);
  });

  it("counts every status except 已完成, blank included", () => {
    const actions = [
      action(T - 1, "进行中"),
      action(T - 1, "已延期"),
      action(T - 1, null),
      action(T - 1, "已完成"),
    ];
    expect(countOverdueActions(actions, T)).toBe(3);
  });

  it("ignores rows without a due date and rows dated after T", () => {
    expect(countOverdueActions([action(null, "进行中")], T)).toBe(0);
    expect(countOverdueActions([action(T - 1, "进行中", T + 1)], T)).toBe(0);
  });

  it("never exceeds the number of rows", () => {
    fc.assert(
      fc.property(fc.array(arbitraryFollowUp(), { maxLength: 30 }), (rows) => {
        const count = countOverdueActions(rows, T);
        return count >= 0 && count <= rows.length;
      }),
      { numRuns: 200 },
    );
  });
});
