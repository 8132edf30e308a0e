import { lastContactUpTo } from "../../../src/engine/scoring/contacts";
import { day, dayAt } from "./customer";

describe("contacts up to T", () => {
  const T = day("2026-05-31");

  it("keeps contacts on T at any hour and drops those from the next day on", () => {
    const late = dayAt("2026-05-31", 23, 59);
    expect(lastContactUpTo([day("2026-06-01"), late, day("2026-05-30")], T)).toBe(late);
  });

  it("has no last contact when there is none up to T", () => {
    expect(lastContactUpTo([], T)).toBeNull();
    expect(lastContactUpTo([day("2026-06-01")], T)).toBeNull();
  });

  it("reads an as-of date-time by its calendar day", () => {
    expect(lastContactUpTo([dayAt("2026-05-31", 18)], dayAt("2026-05-31", 9))).toBe(dayAt("2026-05-31", 18));
  });
});
