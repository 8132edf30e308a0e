import { RefreshError } from "../../src/refresh/errors";
import { languageFromLocale } from "../../src/taskpane/i18n/language";
import { describeError, isCancellation } from "../../src/taskpane/state/paneError";
import { XlsxError } from "../../src/workbook/xlsx/errors";

describe("errors as the pane shows them", () => {
  test("a RefreshError keeps its reason; nothing was written", () => {
    const error = new RefreshError("no-ledger", { zh: "找不到", en: "missing" });
    expect(describeError(error)).toEqual({
      reason: { zh: "找不到", en: "missing" },
      detail: null,
      hasFindings: false,
      unchanged: true,
    });
  });

  test("bad rules point to their findings, and their reason already says nothing was written", () => {
    const finding = {
      sheet: "评分规则",
      row: 5,
      columnIndex: 3,
      column: "值",
      field: null,
      value: "x",
      rule: "rules.not-a-number",
      severity: "error" as const,
      message: { zh: "a", en: "a" },
    };
    const described = describeError(new RefreshError("bad-rules", { zh: "b", en: "b" }, [finding]));
    expect(described.hasFindings).toBe(true);
    expect(described.unchanged).toBe(false);
  });

  test("a file error keeps its reason", () => {
    expect(describeError(new XlsxError("encrypted")).reason?.en).toContain("password");
  });

  test("anything else: its message's first line, never a stack", () => {
    const error = new Error("Excel is busy\n    at f (x.js:1:1)");
    expect(describeError(error)).toEqual({
      reason: null,
      detail: "Excel is busy",
      hasFindings: false,
      unchanged: false,
    });
    expect(describeError("plain text").detail).toBe("plain text");
    expect(describeError(42).detail).toBeNull();
  });

  test("cancellations are told apart from failures", () => {
    expect(isCancellation(new RefreshError("cancelled", { zh: "", en: "" }))).toBe(true);
    expect(isCancellation(new RefreshError("no-ledger", { zh: "", en: "" }))).toBe(false);
    const abort = new Error("aborted");
    abort.name = "AbortError";
    expect(isCancellation(abort)).toBe(true);
    expect(isCancellation(new Error("x"))).toBe(false);
  });
});

describe("pane language from Office's display language", () => {
  test.each([
    ["zh-CN", "zh"],
    ["zh-TW", "zh"],
    ["ZH-hk", "zh"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["de-DE", "en"],
    ["", "zh"],
    [null, "zh"],
    [undefined, "zh"],
  ])("%s → %s", (locale, lang) => {
    expect(languageFromLocale(locale)).toBe(lang);
  });
});
