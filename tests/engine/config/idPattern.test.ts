import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import {
  compileIdPattern,
  hasNestedQuantifier,
  matchesIdPattern,
  MAX_ID_CHARS,
} from "../../../src/engine/config/idPattern";
import { validateConfig } from "../../../src/engine/config/validateConfig";

describe("hasNestedQuantifier", () => {
  it.each(["(A+)+B", "(a*)*", "(\\d{2,})*", "([A-Z]+-)+\\d{3}", "(x+){2,}"])("refuses %s", (source) => {
    expect(hasNestedQuantifier(source)).toBe(true);
  });

  it.each([
    DEFAULT_CONFIG.idPattern,
    "^[A-Z]{2}(-[A-Z]{2}){2}-\\d{3,}$",
    "(AB)+\\d+",
    "KH\\d{6}",
    "\\(a+\\)+",
    "(\\d{3})*",
  ])("accepts %s", (source) => {
    expect(hasNestedQuantifier(source)).toBe(false);
  });
});

describe("matchesIdPattern", () => {
  const pattern = compileIdPattern(DEFAULT_CONFIG.idPattern);

  it("matches the whole ID only", () => {
    expect(pattern).not.toBeNull();
    expect(matchesIdPattern(pattern as RegExp, "YL-ZY-YX-001")).toBe(true);
    expect(matchesIdPattern(pattern as RegExp, "xYL-ZY-YX-001")).toBe(false);
  });

  it(`never runs the pattern on an ID longer than ${MAX_ID_CHARS} characters`, () => {
    const anything = /^.*$/;
    expect(matchesIdPattern(anything, "A".repeat(MAX_ID_CHARS))).toBe(true);
    expect(matchesIdPattern(anything, "A".repeat(MAX_ID_CHARS + 1))).toBe(false);
  });

  it("returns null for a pattern that does not compile", () => {
    expect(compileIdPattern("([A-Z")).toBeNull();
  });
});

describe("the rules check on idPattern", () => {
  it("reports a catastrophic pattern and passes the default", () => {
    expect(validateConfig(DEFAULT_CONFIG)).toEqual([]);
    const issues = validateConfig({ ...DEFAULT_CONFIG, idPattern: "(A+)+B" });
    expect(issues.map((i) => i.path)).toContain("idPattern");
    expect(issues.find((i) => i.path === "idPattern")?.message.zh).toMatch(/嵌套重复/);
  });
});
