import { countedContacts } from "../../../src/engine/funnel/contacts";
import { daysToWin, winCycle } from "../../../src/engine/funnel/cycle";
import type { CustomerRecord, FollowUpRecord } from "../../../src/engine/schema/records";
import { customer, day, followUp } from "./records";

const asOf = day(2024, 12, 31);
const cycleOf = (records: CustomerRecord[], followups: FollowUpRecord[] = []) =>
  winCycle(records, countedContacts(records, followups, asOf));

describe("daysToWin", () => {
  it("counts calendar days from 录入日期 to 成交日期 of a won customer", () => {
    expect(daysToWin(customer({ stage: "won", createdOn: day(2024, 1, 31), wonOn: day(2024, 3, 1) }))).toBe(
      30,
    );
    expect(daysToWin(customer({ stage: "won", createdOn: day(2024, 3, 1), wonOn: day(2024, 3, 1) }))).toBe(0);
  });

  it("is unknown when not won or a date is missing", () => {
    expect(daysToWin(customer({ stage: "negotiation", wonOn: day(2024, 3, 1) }))).toBeNull();
    expect(daysToWin(customer({ stage: "won", wonOn: null }))).toBeNull();
    expect(daysToWin(customer({ stage: "won", createdOn: null, wonOn: day(2024, 3, 1) }))).toBeNull();
  });
});

describe("winCycle", () => {
  it("averages days to win over won customers having both dates", () => {
    const records = [
      customer({ stage: "won", createdOn: day(2024, 1, 1), wonOn: day(2024, 1, 11) }),
      customer({ stage: "won", createdOn: day(2024, 1, 1), wonOn: day(2024, 1, 31) }),
      customer({ stage: "won", createdOn: null, wonOn: day(2024, 2, 1) }),
      customer({ stage: "lost", createdOn: day(2024, 1, 1), wonOn: day(2024, 6, 1) }),
    ];
    const cycle = cycleOf(records);
    expect(cycle.averageDaysToWin).toBe(20);
    expect(cycle.wonWithBothDates).toBe(2);
  });

  it("has no averages without won customers", () => {
    expect(cycleOf([customer({ stage: "negotiation" })])).toEqual({
      averageDaysToWin: null,
      wonWithBothDates: 0,
      averageFollowUpsBeforeWon: null,
      wonWithWonOn: 0,
    });
  });

  it("counts follow-ups on the won day itself, not the day after", () => {
    const won = customer({ stage: "won", wonOn: day(2024, 5, 10) });
    const followups = [
      followUp(won.id, day(2024, 5, 1)),
      followUp(won.id, day(2024, 5, 10) + 0.75),
      followUp(won.id, day(2024, 5, 11)),
    ];
    expect(cycleOf([won], followups).averageFollowUpsBeforeWon).toBe(2);
  });

  it("averages over every won customer with a 成交日期, those never contacted included", () => {
    const contacted = customer({ stage: "won", wonOn: day(2024, 5, 10) });
    const never = customer({ stage: "won", wonOn: day(2024, 5, 10) });
    const noDate = customer({ stage: "won", wonOn: null });
    const open = customer({ stage: "negotiation" });
    const followups = [
      ...[1, 2, 3].map((d) => followUp(contacted.id, day(2024, 5, d))),
      followUp(noDate.id, day(2024, 5, 1)),
      followUp(open.id, day(2024, 5, 1)),
    ];
    const cycle = cycleOf([contacted, never, noDate, open], followups);
    expect(cycle.averageFollowUpsBeforeWon).toBe(1.5);
    expect(cycle.wonWithWonOn).toBe(2);
  });
});
