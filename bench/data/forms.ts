import type { DayNumber } from "../../src/engine/cells/calendar";
import { ymdFromDay } from "../../src/engine/cells/calendar";
import { serialFromDay } from "../../src/engine/cells/serial";
import type { RawCell } from "../../src/engine/cells/types";
import type { Rng } from "../../src/template/prng";
import { EXCEL_ERRORS, PLACEHOLDERS } from "./pools";

/**
 * How people type values into a ledger: the shapes SPEC 3 accepts (serials, text dates in every
 * form, 万/亿/¥/k amounts, percents three ways) and, at `badRate`, the shapes it rejects. Every
 * choice goes through the seeded `rng`, so the same seed gives the same cells.
 */
export class CellForms {
  constructor(
    private readonly rng: Rng,
    /** Share of typed cells that cannot be read (each is an error finding). */
    readonly badRate: number,
  ) {}

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.rng.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rng.next() * items.length)];
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.rng.next() * (max - min + 1));
  }

  /** An Excel error value (#N/A, …) as the workbook hands it over. */
  excelError(): RawCell {
    return { error: this.pick(EXCEL_ERRORS) };
  }

  placeholder(): string {
    return this.pick(PLACEHOLDERS);
  }

  /** A calendar day: mostly a serial (a date-formatted cell), else text in one of the SPEC forms. */
  date(day: DayNumber): RawCell {
    if (this.chance(this.badRate)) return this.badDate(day);
    const roll = this.rng.next();
    if (roll < 0.7) return serialFromDay(day, false);
    const { year, month, day: d } = ymdFromDay(day);
    if (roll < 0.8) return `${year}-${pad2(month)}-${pad2(d)}`;
    if (roll < 0.88) return `${year}/${month}/${d}`;
    if (roll < 0.94) return `${year}.${pad2(month)}.${pad2(d)}`;
    return `${year}年${month}月${d}日`;
  }

  /** A date and time of day (跟进时间): serial with a fraction, or text with the time spaced or glued on. */
  dateTime(dayTime: DayNumber): RawCell {
    if (this.chance(this.badRate)) return this.badDate(Math.floor(dayTime));
    const roll = this.rng.next();
    if (roll < 0.6) return serialFromDay(dayTime, false);
    const { year, month, day } = ymdFromDay(dayTime);
    const minutes = Math.round((dayTime - Math.floor(dayTime)) * 1440);
    const time = `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
    if (roll < 0.75) return `${year}-${pad2(month)}-${pad2(day)} ${time}`;
    if (roll < 0.85) return `${year}-${pad2(month)}-${pad2(day)}${time}`;
    if (roll < 0.93) return `${year}/${month}/${day} ${time}`;
    return `${year}年${month}月${day}日 ${time}`;
  }

  /** Dates SPEC 3 refuses: impossible days, day-first order, two-digit years, words. */
  private badDate(day: DayNumber): RawCell {
    const { year, month, day: d } = ymdFromDay(day);
    const roll = this.rng.next();
    if (roll < 0.3) return `${year}-02-30`;
    if (roll < 0.55) return `${pad2(d)}/${pad2(month)}/${year}`;
    if (roll < 0.8) return `${pad2(year % 100)}-${month}-${d}`;
    if (roll < 0.9) return "下周一";
    return this.excelError();
  }

  /**
   * An amount of `tenths` tenths of 万元, as a number or as `50万`, `50 万元`, `¥1,200,000`,
   * `1.2亿`, `3k`, `3千` (integer tenths keep every form free of float noise).
   */
  amount(tenths: number): RawCell {
    if (this.chance(this.badRate))
      return this.pick<RawCell>(["约50万", "50w", "面议", "-20", this.excelError()]);
    const wan = tenths / 10;
    const roll = this.rng.next();
    if (roll < 0.6) return wan;
    if (roll < 0.72) return `${wan}万`;
    if (roll < 0.8) return `${wan} 万元`;
    if (roll < 0.88) return `¥${groupThousands(tenths * 1000)}`;
    if (roll < 0.94 && wan >= 1000) return `${tenths / 100_000}亿`;
    return this.chance(0.5) ? `${tenths}k` : `${tenths}千`;
  }

  /** A win probability: `60%`, `0.6` or `60`, all 60 %. */
  percent(points: number): RawCell {
    if (this.chance(this.badRate)) return this.pick<RawCell>(["150%", "高", "-10%", this.excelError()]);
    const roll = this.rng.next();
    if (roll < 0.4) return points / 100;
    if (roll < 0.8) return `${points}%`;
    return points;
  }

  /** A count or a number of days: a number, `1,200`, or with its unit (`120人`, `30天`). */
  integer(n: number, unit: string): RawCell {
    if (this.chance(this.badRate)) return this.pick<RawCell>(["约100", "12.5", "很多", this.excelError()]);
    const roll = this.rng.next();
    if (roll < 0.8) return n;
    if (roll < 0.9 && n >= 1000) return groupThousands(n);
    return `${n}${unit}`;
  }

  /** An option of a list, sometimes with stray spaces or full-width letters; bad ones are not on the list. */
  option(option: string, wrong: string): RawCell {
    if (this.chance(this.badRate)) return wrong;
    const roll = this.rng.next();
    if (roll < 0.97) return option;
    if (roll < 0.99) return ` ${option} `;
    return toFullWidth(option);
  }

  /** A required or expected cell left blank or holding a placeholder (待确认, TBD, …). */
  blankOrPlaceholder(): RawCell {
    return this.chance(0.5) ? null : this.placeholder();
  }
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** 1200000 → "1,200,000". */
export function groupThousands(whole: number): string {
  const digits = String(whole);
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/** ASCII letters and digits as a Chinese IME types them in full width. */
export function toFullWidth(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code > 0x20 && code < 0x7f ? String.fromCharCode(code + 0xfee0) : text.charAt(i);
  }
  return out;
}
