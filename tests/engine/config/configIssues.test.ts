import { issue, issueMessage, withRowAndSubject, withSubject } from "../../../src/engine/config/configIssues";
import { parameterByKey } from "../../../src/engine/config/parameters";

const label = { zh: "资料过期(天)", en: "Profile stale after (days)" };
const detail = { zh: "不能小于 1", en: "must be at least 1" };

describe("issue messages", () => {
  it("name the subject, and the row when there is one", () => {
    expect(withSubject(label, detail)).toEqual({
      zh: "「资料过期(天)」不能小于 1",
      en: "Profile stale after (days): must be at least 1",
    });
    expect(withRowAndSubject(12, label, detail)).toEqual({
      zh: "第 12 行「资料过期(天)」不能小于 1",
      en: "Row 12 (Profile stale after (days)): must be at least 1",
    });
    expect(withRowAndSubject(null, label, detail)).toEqual(withSubject(label, detail));
  });

  it("use the parameter's label, or the detail alone when no parameter is named", () => {
    expect(
      issueMessage(issue(["cadence.staleDays"], [], "rules.out-of-range", detail), parameterByKey),
    ).toEqual(withSubject(label, detail));
    const whole = { zh: "整句", en: "A whole sentence" };
    expect(issueMessage(issue([], ["codes"], "codes.x", whole), parameterByKey)).toEqual(whole);
  });
});
