import { ymdFromDay, type DayNumber } from "../../engine/cells/calendar";

/**
 * The ways people type amounts, percents and dates into a ledger. Each form is one the SPEC
 * (section 3) accepts, except the deliberately wrong ones at the bottom.
 */

/** A number without float noise (0.3 × 10 → "3"), at most four decimals. */
export function plainNumber(value: number): string {
  return String(Number(value.toFixed(4)));
}

/** 1200000 → "1,200,000". */
export function groupThousands(whole: number): string {
  return String(Math.round(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export type AmountForm = "wan" | "wanYuan" | "yuan" | "yi" | "k" | "qian";

/** An amount in 万元 written the way a person might: "50万", "¥1,200,000", "1.2亿", "3k". */
export function amountText(wan: number, form: AmountForm): string {
  switch (form) {
    case "wan":
      return `${plainNumber(wan)}万`;
    case "wanYuan":
      return `${plainNumber(wan)} 万元`;
    case "yuan":
      return `¥${groupThousands(wan * 10_000)}`;
    case "yi":
      return `${plainNumber(wan / 10_000)}亿`;
    case "k":
      return `${plainNumber(wan * 10)}k`;
    case "qian":
      return `${plainNumber(wan * 10)}千`;
  }
}

/** The forms that read back as exactly `wan`: yuan needs whole yuan, 亿 needs a big amount. */
export function amountFormsFor(wan: number): AmountForm[] {
  const forms: AmountForm[] = ["wan", "wanYuan", "k", "qian"];
  const yuan = wan * 10_000;
  if (Math.abs(yuan - Math.round(yuan)) < 1e-6) forms.push("yuan");
  if (wan >= 10_000) forms.push("yi");
  return forms;
}

/** 0.6 → "60%". */
export function percentText(fraction: number): string {
  return `${plainNumber(fraction * 100)}%`;
}

export type DateForm = "iso" | "slash" | "dot" | "chinese";

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** A calendar day as text: "2024-03-15", "2024/3/15", "2024.03.15", "2024年3月15日". */
export function dateText(day: DayNumber, form: DateForm): string {
  const { year, month, day: d } = ymdFromDay(day);
  switch (form) {
    case "iso":
      return `${year}-${pad2(month)}-${pad2(d)}`;
    case "slash":
      return `${year}/${month}/${d}`;
    case "dot":
      return `${year}.${pad2(month)}.${pad2(d)}`;
    case "chinese":
      return `${year}年${month}月${d}日`;
  }
}

/** "14:30" of a date-time's fraction of a day. */
export function timeText(dateTime: DayNumber): string {
  const minutes = Math.round((dateTime - Math.floor(dateTime)) * 1440);
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

export type DateTimeForm = "glued" | "spaced" | "slashSpaced";

/** A date-time as text; "glued" is the seed's `2024-03-1514:30`. */
export function dateTimeText(dateTime: DayNumber, form: DateTimeForm): string {
  const time = timeText(dateTime);
  switch (form) {
    case "glued":
      return `${dateText(dateTime, "iso")}${time}`;
    case "spaced":
      return `${dateText(dateTime, "iso")} ${time}`;
    case "slashSpaced":
      return `${dateText(dateTime, "slash")} ${time}`;
  }
}

/** Wrong on purpose: "24/3/15", a two-digit year. */
export function twoDigitYearText(day: DayNumber): string {
  const { year, month, day: d } = ymdFromDay(day);
  return `${pad2(year % 100)}/${month}/${d}`;
}

/** Wrong on purpose: "15/03/2025", day first. */
export function dayFirstText(day: DayNumber): string {
  const { year, month, day: d } = ymdFromDay(day);
  return `${pad2(d)}/${pad2(month)}/${year}`;
}

/** ASCII → full-width forms (Ａ, １, －, ideographic space), as a Chinese IME types them. */
export function toFullWidth(text: string): string {
  return Array.from(text, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0x20) return "\u3000";
    if (code > 0x20 && code < 0x7f) return String.fromCharCode(code + 0xfee0);
    return ch;
  }).join("");
}
