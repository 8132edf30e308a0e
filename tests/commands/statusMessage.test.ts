import { failureMessage, languageOfDisplay, successMessage } from "../../src/commands/statusMessage";
import type { RefreshResult } from "../../src/taskpane/state/result";

describe("the ribbon refresh's status line", () => {
  it.each([
    ["zh-CN", "zh"],
    ["zh-TW", "zh"],
    ["ZH-hk", "zh"],
    ["", "zh"],
    [undefined, "zh"],
    ["en-US", "en"],
    ["de-DE", "en"],
  ])("display language %p → %s", (display, lang) => {
    expect(languageOfDisplay(display)).toBe(lang);
  });

  const result: RefreshResult = {
    asOf: "2026-05-15",
    ledgerSheet: "Customers",
    summary: {
      customers: 1,
      high: 0,
      medium: 1,
      low: 0,
      lost: 0,
      overdueFollowUps: 3,
      churnRisk: 0,
      errors: 1,
      warnings: 0,
    },
    funnel: [],
    findings: [],
  };

  it("counts in English with singulars and plurals", () => {
    expect(successMessage(result, "en")).toBe(
      'Refreshed "Customers" as of 2026-05-15: 1 customer scored, 0 high priority, 3 follow-ups overdue; issues: 1 error, 0 warnings.',
    );
  });

  it("counts in Chinese", () => {
    expect(successMessage(result, "zh")).toBe(
      "已刷新「Customers」(截至 2026-05-15):评分 1 位客户,高优先级 0,跟进逾期 3;问题:错误 1,警告 0。",
    );
  });

  it("says why a refresh stopped, and that the workbook is unchanged only when it is", () => {
    const reason = { zh: "规则有误。", en: "Bad rules." };
    expect(failureMessage({ reason, detail: null, hasFindings: true, unchanged: false }, "en")).toBe(
      "Refresh did not finish: Bad rules.",
    );
    expect(failureMessage({ reason, detail: null, hasFindings: false, unchanged: true }, "zh")).toBe(
      "刷新未完成:规则有误。工作簿未做任何更改。",
    );
    expect(failureMessage({ reason: null, detail: null, hasFindings: false, unchanged: false }, "en")).toBe(
      "Refresh did not finish: an unexpected error.",
    );
  });
});
