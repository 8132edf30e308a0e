import type { DayNumber } from "../../../src/engine/cells/calendar";
import { countedContacts } from "../../../src/engine/funnel/contacts";
import { monthlyTrend } from "../../../src/engine/funnel/trend";
import type { CustomerRecord, FollowUpRecord } from "../../../src/engine/schema/records";
import { customer, day, followUp } from "./records";

const asOf = day(2024, 2, 15);
const trendOf = (
  records: CustomerRecord[],
  followups: FollowUpRecord[] = [],
  months = 12,
  at: DayNumber = asOf,
) => monthlyTrend(records, countedContacts(records, followups, at), at, months);

describe("monthlyTrend", () => {
  it("lists the months ending with T's month, oldest first, across a year end", () => {
    expect(trendOf([]).map((m) => m.month)).toEqual([
      "2023-03",
      "2023-04",
      "2023-05",
      "2023-06",
      "2023-07",
      "2023-08",
      "2023-09",
      "2023-10",
      "2023-11",
      "2023-12",
      "2024-01",
      "2024-02",
    ]);
    expect(trendOf([], [], 1).map((m) => m.month)).toEqual(["2024-02"]);
    expect(trendOf([], [], 0)).toEqual([]);
  });

  it("counts new customers by 录入日期 at the window edges", () => {
    const records = [
      day(2023, 2, 28), // one day before the window
      day(2023, 3, 1), // first day of the window
      day(2023, 3, 31),
      day(2023, 4, 1),
      day(2024, 2, 29), // last day of T's month, after T
      day(2024, 3, 1), // after the window
    ].map((createdOn) => customer({ createdOn }));
    const trend = trendOf(records);
    expect(trend[0]).toEqual({ month: "2023-03", newCustomers: 2, won: 0, contacts: 0 });
    expect(trend[1].newCustomers).toBe(1);
    expect(trend[11].newCustomers).toBe(1);
    expect(trend.reduce((n, m) => n + m.newCustomers, 0)).toBe(4);
  });

  it("counts wins by 成交日期, whatever the stage is now", () => {
    const records = [
      customer({ createdOn: null, stage: "won", wonOn: day(2024, 1, 31) }),
      customer({ createdOn: null, stage: "lost", stageBeforeLoss: "won", wonOn: day(2024, 2, 1) }),
      customer({ createdOn: null, stage: "won", wonOn: null }),
    ];
    const trend = trendOf(records);
    expect([trend[10].won, trend[11].won]).toEqual([1, 1]);
  });

  it("counts contacts by 跟进时间 up to T, later ones ignored", () => {
    const c = customer({ createdOn: null });
    const followups = [
      followUp(c.id, day(2023, 2, 28) + 0.9),
      followUp(c.id, day(2023, 3, 1) + 0.1),
      followUp(c.id, asOf + 0.5),
      followUp(c.id, asOf + 1),
    ];
    const trend = trendOf([c], followups);
    expect(trend[0].contacts).toBe(1);
    expect(trend[11].contacts).toBe(1);
    expect(trend.reduce((n, m) => n + m.contacts, 0)).toBe(2);
  });

  it("places days in short and leap months", () => {
    const at = day(2024, 3, 31);
    const records = [day(2024, 2, 29), day(2024, 3, 1), day(2024, 3, 31)].map((createdOn) =>
      customer({ createdOn }),
    );
    expect(trendOf(records, [], 2, at)).toEqual([
      { month: "2024-02", newCustomers: 1, won: 0, contacts: 0 },
      { month: "2024-03", newCustomers: 2, won: 0, contacts: 0 },
    ]);
  });
});
