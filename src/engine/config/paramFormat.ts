import type { Lang } from "../labels";
import { plainDecimal } from "../cells/decimal";
import type { ParamKind, ParamValue } from "./parameterTypes";

/** How list items are joined in a cell; reading also accepts , ， ; ；. */
export const LIST_JOINER = "、";
/** Joins the two ends of a score range (`4~5`); reading also accepts - – — ~ 至 到. */
export const RANGE_JOINER = "~";
/** Joins a label and its points (`行业标杆=10`); reading also accepts : and ：. */
export const POINTS_JOINER = "=";

export type SheetCell = string | number | null;

/** Drops binary noise such as 30.000000000000004 from a product or quotient of decimals. */
export function roundFloat(n: number): number {
  return Number(n.toPrecision(12));
}

/** A percent parameter's value in percent points, as the sheet shows it. */
export function percentPoints(kind: Extract<ParamKind, { type: "percent" }>, value: number): number {
  return kind.stored === "points" ? value : roundFloat(value * 100);
}

function asNumbers(value: ParamValue): readonly number[] {
  return Array.isArray(value) ? value.filter((item): item is number => typeof item === "number") : [];
}

function asStrings(value: ParamValue): readonly string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function asPointsMap(value: ParamValue): readonly [string, number][] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  return Object.entries(value as Readonly<Record<string, number>>);
}

/**
 * A parameter's value as written into its sheet cell: numbers stay numbers so Excel can edit
 * them; lists, ranges and maps become text that the reader splits again.
 */
export function formatParamCell(kind: ParamKind, value: ParamValue, lang: Lang): SheetCell {
  if (value === null) return null;
  switch (kind.type) {
    case "integer":
    case "number":
    case "days":
    case "amount":
      return typeof value === "number" ? value : null;
    case "percent": {
      if (typeof value !== "number") return null;
      const points = percentPoints(kind, value);
      // A bare 1 or less reads back as a fraction (1 = 100 %), so small percents carry their sign.
      return points > 0 && points <= 1 ? `${plainDecimal(points)}%` : points;
    }
    case "text":
    case "pattern":
      return typeof value === "string" ? value : null;
    case "list":
      return asStrings(value).join(LIST_JOINER);
    case "numbers":
      return asNumbers(value).map(plainDecimal).join(LIST_JOINER);
    case "scoreRange": {
      const bounds = asNumbers(value);
      if (bounds.length !== 2) return null;
      const [low, high] = bounds;
      return low === high ? String(low) : `${low}${RANGE_JOINER}${high}`;
    }
    case "pointsMap":
      return asPointsMap(value)
        .map(([label, points]) => `${label}${POINTS_JOINER}${plainDecimal(points)}`)
        .join(LIST_JOINER);
    case "choice": {
      const option = kind.options.find((candidate) => candidate.value === value);
      return option === undefined ? String(value) : option.label[lang];
    }
  }
}

/** A value as a message quotes it: percents with their sign, everything else as in the sheet. */
export function formatParamValue(kind: ParamKind, value: ParamValue, lang: Lang): string {
  if (kind.type === "percent" && typeof value === "number")
    return `${plainDecimal(percentPoints(kind, value))}%`;
  const cell = formatParamCell(kind, value, lang);
  return cell === null ? "" : typeof cell === "number" ? plainDecimal(cell) : cell;
}
