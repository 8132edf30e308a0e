import type { FieldDef, FieldType } from "../engine/schema/fields";
import { inputHint, type InputHint } from "./hints";
import type { TemplateLang } from "./lang";

/** How one input column looks and what help it offers. */
export interface ColumnSpec {
  readonly field: FieldDef;
  readonly header: string;
  /** Excel column width, in characters of the default font. */
  readonly width: number;
  readonly numFmt: string | null;
  /** Key of `codes.lists` behind the column's dropdown; null for free input. */
  readonly listKey: string | null;
  readonly hint: InputHint | null;
}

export const NUMBER_FORMATS: Partial<Record<FieldType, string>> = {
  date: "yyyy-mm-dd",
  datetime: "yyyy-mm-dd hh:mm",
  amount: "0.0",
  percent: "0%",
  integer: "0",
  satisfaction: "0",
  // Text, so IDs stay as typed and landlines keep their leading zero.
  id: "@",
  phone: "@",
};

/** Room the values of a type usually need. */
const TYPE_WIDTHS: Readonly<Record<FieldType, number>> = {
  id: 16,
  text: 14,
  industry: 20,
  enum: 10,
  stage: 12,
  integer: 10,
  amount: 12,
  percent: 10,
  date: 12,
  datetime: 17,
  phone: 15,
  satisfaction: 8,
};

/** Free-text columns that hold sentences, not words. */
const KEY_WIDTHS: Readonly<Record<string, number>> = {
  name: 32,
  summary: 30,
  feedback: 24,
  objection: 26,
  nextAction: 20,
  coreNeed: 18,
  lossReason: 16,
  source: 14,
  currentSupplier: 14,
};

/** Headers longer than this wrap onto a second line instead of widening the column. */
const MAX_HEADER_WIDTH = 20;
/** Room for the table's filter button beside the header text. */
const FILTER_BUTTON_WIDTH = 3;

/** CJK ideographs, kana, hangul and full-width forms: two character units each. */
const WIDE_CHAR =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Display width in Excel's character units. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE_CHAR.test(ch) ? 2 : 1;
  return width;
}

export function columnSpec(field: FieldDef, lang: TemplateLang): ColumnSpec {
  const header = lang === "zh" ? field.zh : field.en;
  const headerWidth = Math.min(displayWidth(header), MAX_HEADER_WIDTH) + FILTER_BUTTON_WIDTH;
  return {
    field,
    header,
    width: Math.max(KEY_WIDTHS[field.key] ?? TYPE_WIDTHS[field.type], headerWidth),
    numFmt: NUMBER_FORMATS[field.type] ?? null,
    listKey: listKeyOf(field),
    hint: inputHint(field, lang),
  };
}

/** Stage columns draw on the stage list; other enumerations name their list. */
export function listKeyOf(field: FieldDef): string | null {
  if (field.type === "stage") return "stage";
  if (field.type === "enum") return field.list ?? null;
  return null;
}
