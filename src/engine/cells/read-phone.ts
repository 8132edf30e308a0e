/**
 * The column reader for phones: `parsePhone`'s outcome written into a slot (see slot.ts). Mobile
 * numbers, most of every ledger, are recognised in one scan of the characters (a text that is
 * already the bare 11 digits is kept as the very same string); landlines and everything
 * unreadable go through the reference parser's landline forms.
 */
import { landlineFromText, parsePhone } from "./phone";
import { CellState, setBlank, setParsedText, setText, type CellSlot } from "./slot";
import { readTextInto } from "./text";
import type { ParseContext, RawCell } from "./types";

const DIGIT_0 = 48;
const DIGIT_1 = 49;
const DIGIT_3 = 51;
const DIGIT_6 = 54;
const DIGIT_8 = 56;
const DIGIT_9 = 57;
const PLUS = 0x2b;
const SPACE = 0x20;
const DASH = 0x2d;
const MOBILE_DIGITS = 11;
/** The longest mobile form: 0086 and 11 digits. */
const MAX_KEPT = 15;
/** The smallest and largest numbers that are 11 digits starting 13–19. */
const FIRST_MOBILE = 13_000_000_000;
const LAST_MOBILE = 19_999_999_999;

/** The characters of the text that are not a space or a dash, as the expression in phone.ts sees it. */
const kept = new Uint16Array(MAX_KEPT);

/**
 * How many characters of the mobile prefix (+86, 86, 0086) lead the kept characters, or -1 when
 * they are not `(+86|0086|86)?1[3-9]` and nine more digits. The prefix is told apart by length
 * alone, as the anchored expression in phone.ts does.
 */
function mobilePrefix(length: number): number {
  const prefix = length - MOBILE_DIGITS;
  if (prefix === 2) {
    if (kept[0] !== DIGIT_8 || kept[1] !== DIGIT_6) return -1;
  } else if (prefix === 3) {
    if (kept[0] !== PLUS || kept[1] !== DIGIT_8 || kept[2] !== DIGIT_6) return -1;
  } else if (prefix === 4) {
    if (kept[0] !== DIGIT_0 || kept[1] !== DIGIT_0 || kept[2] !== DIGIT_8 || kept[3] !== DIGIT_6) return -1;
  } else if (prefix !== 0) {
    return -1;
  }
  if (kept[prefix] !== DIGIT_1 || kept[prefix + 1] < DIGIT_3 || kept[prefix + 1] > DIGIT_9) return -1;
  for (let i = prefix === 3 ? 1 : 0; i < length; i++) {
    if (kept[i] < DIGIT_0 || kept[i] > DIGIT_9) return -1;
  }
  return prefix;
}

function isSeparator(code: number): boolean {
  return code === SPACE || code === DASH;
}

/** The mobile number in `text` (its 11 digits), or null when it holds none. */
function mobileFrom(text: string): string | null {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSeparator(code)) continue;
    if (length === MAX_KEPT) return null;
    kept[length++] = code;
  }
  const prefix = mobilePrefix(length);
  if (prefix < 0) return null;
  // Most mobiles are the bare 11 digits, or end in them unbroken (after +86 and a space, say).
  if (prefix === 0 && length === text.length) return text;
  const start = text.length - MOBILE_DIGITS;
  let unbroken = start >= 0;
  for (let i = Math.max(start, 0); unbroken && i < text.length; i++)
    unbroken = !isSeparator(text.charCodeAt(i));
  return unbroken ? text.slice(start) : digitsFrom(text, prefix);
}

/** The kept characters after the prefix, joined: the runs of `text` between separators. */
function digitsFrom(text: string, prefix: number): string {
  let digits = "";
  let seen = 0;
  let runStart = -1;
  for (let i = 0; i < text.length; i++) {
    if (isSeparator(text.charCodeAt(i))) {
      if (runStart >= 0) digits += text.slice(runStart, i);
      runStart = -1;
    } else if (seen++ >= prefix && runStart < 0) {
      runStart = i;
    }
  }
  return runStart >= 0 ? digits + text.slice(runStart) : digits;
}

/** `parsePhone` into the slot: a mobile as its 11 digits, a landline as `area-number[-ext]`. */
export function readPhoneInto(raw: RawCell, ctx: ParseContext, slot: CellSlot): void {
  if (raw === null || raw === undefined) return setBlank(slot);
  if (typeof raw === "number") {
    // A number's digits (parsePhone writes it out) are a mobile exactly when it is in this range.
    if (Number.isInteger(raw) && raw >= FIRST_MOBILE && raw <= LAST_MOBILE) return setText(slot, String(raw));
    return setParsedText(slot, parsePhone(raw, ctx));
  }
  if (typeof raw !== "string") return setParsedText(slot, parsePhone(raw, ctx));
  readTextInto(raw, ctx, slot);
  if (slot.state !== CellState.value) return;
  const mobile = mobileFrom(slot.text);
  // Not a mobile number (the scan decides exactly as phone.ts's expression would).
  if (mobile === null) setParsedText(slot, landlineFromText(slot.text));
  else setText(slot, mobile);
}
