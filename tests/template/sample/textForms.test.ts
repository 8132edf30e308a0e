import fc from "fast-check";
import { dayFromYmd } from "../../../src/engine/cells/calendar";
import {
  amountFormsFor,
  amountText,
  dateText,
  dateTimeText,
  dayFirstText,
  groupThousands,
  percentText,
  plainNumber,
  toFullWidth,
  twoDigitYearText,
} from "../../../src/template/sample/textForms";

const march15 = dayFromYmd(2024, 3, 15);

describe("amount text", () => {
  it("writes every form the SPEC lists", () => {
    expect(amountText(50, "wan")).toBe("50万");
    expect(amountText(50, "wanYuan")).toBe("50 万元");
    expect(amountText(120, "yuan")).toBe("¥1,200,000");
    expect(amountText(12000, "yi")).toBe("1.2亿");
    expect(amountText(0.3, "k")).toBe("3k");
    expect(amountText(0.3, "qian")).toBe("3千");
  });

  it("offers 亿 only from 10000 万 and ¥ only for whole yuan", () => {
    expect(amountFormsFor(9999)).not.toContain("yi");
    expect(amountFormsFor(10000)).toContain("yi");
    expect(amountFormsFor(2.3)).toContain("yuan");
    expect(amountFormsFor(0.00001)).not.toContain("yuan");
  });

  it("groups thousands", () => {
    expect(groupThousands(999)).toBe("999");
    expect(groupThousands(1000)).toBe("1,000");
    expect(groupThousands(1234567)).toBe("1,234,567");
  });

  it("plainNumber drops float noise", () => {
    expect(plainNumber(0.3 * 10)).toBe("3");
    expect(plainNumber(1.25)).toBe("1.25");
  });
});

describe("percent text", () => {
  it("turns a fraction into points with a percent sign", () => {
    expect(percentText(0.6)).toBe("60%");
    expect(percentText(1)).toBe("100%");
    expect(percentText(0.07)).toBe("7%");
  });
});

describe("date text", () => {
  it("writes the four SPEC date forms", () => {
    expect(dateText(march15, "iso")).toBe("2024-03-15");
    expect(dateText(march15, "slash")).toBe("2024/3/15");
    expect(dateText(march15, "dot")).toBe("2024.03.15");
    expect(dateText(march15, "chinese")).toBe("2024年3月15日");
  });

  it("writes date-times glued, spaced and with slashes", () => {
    const at = march15 + (14 * 60 + 30) / 1440;
    expect(dateTimeText(at, "glued")).toBe("2024-03-1514:30");
    expect(dateTimeText(at, "spaced")).toBe("2024-03-15 14:30");
    expect(dateTimeText(at, "slashSpaced")).toBe("2024/3/15 14:30");
  });

  it("writes the wrong forms on purpose", () => {
    expect(twoDigitYearText(march15)).toBe("24/3/15");
    expect(dayFirstText(march15)).toBe("15/03/2024");
  });

  it("round-trips every day through the ISO form", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromYmd(1990, 1, 1), max: dayFromYmd(2100, 12, 31) }), (day) => {
        const [y, m, d] = dateText(day, "iso").split("-").map(Number);
        return dayFromYmd(y, m, d) === day;
      }),
      { numRuns: 300 },
    );
  });
});

describe("toFullWidth", () => {
  it("maps ASCII to full-width forms and leaves CJK alone", () => {
    expect(toFullWidth("YL-ZY-YX-001")).toBe("ＹＬ－ＺＹ－ＹＸ－００１");
    expect(toFullWidth("a b")).toBe("ａ\u3000ｂ");
    expect(toFullWidth("江苏")).toBe("江苏");
  });

  it("is undone by NFKC for every printable ASCII string", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)) }),
        (s) => toFullWidth(s).normalize("NFKC") === s,
      ),
      { numRuns: 300 },
    );
  });
});
