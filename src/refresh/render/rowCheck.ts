/**
 * The 校验状态 cell of one ledger row: 正常, "警告 n", or "错误: <first error> (+n)" — the words
 * carry the meaning, the style only adds colour.
 */
import { checkLabel, type Lang } from "../../engine/labels";
import type { CustomerRecord } from "../../engine/schema/records";
import type { Finding } from "../../engine/validation/finding";
import type { OutCell } from "../../workbook/port";

/** Long messages are cut so the check column stays readable; the report has the full text. */
export const CHECK_MESSAGE_MAX_CHARS = 60;

function shorten(message: string): string {
  const chars = Array.from(message);
  return chars.length <= CHECK_MESSAGE_MAX_CHARS
    ? message
    : `${chars.slice(0, CHECK_MESSAGE_MAX_CHARS - 1).join("")}…`;
}

/** Leftmost column first (whole-row findings before any column), then as reported. */
function byColumn(a: Finding, b: Finding): number {
  return (a.columnIndex ?? -1) - (b.columnIndex ?? -1);
}

export interface RowCheck {
  readonly cell: OutCell;
  /** The row has an error: it is out of scoring, so its score cells stay blank. */
  readonly excluded: boolean;
}

/** `rowFindings` are the findings on this record's sheet row. */
export function rowCheck(record: CustomerRecord, rowFindings: readonly Finding[], lang: Lang): RowCheck {
  const errors = rowFindings.filter((finding) => finding.severity === "error").sort(byColumn);
  if (!record.valid || errors.length > 0) {
    const first = errors[0];
    const message = first === undefined ? null : shorten(first.message[lang]);
    const moreErrors = Math.max(0, errors.length - 1);
    return {
      cell: { value: checkLabel({ status: "error", message, moreErrors }, lang), style: "bad" },
      excluded: true,
    };
  }
  const warnings = rowFindings.length;
  if (warnings > 0) {
    return {
      cell: { value: checkLabel({ status: "warning", warnings }, lang), style: "warn" },
      excluded: false,
    };
  }
  return { cell: checkLabel({ status: "ok" }, lang), excluded: false };
}
