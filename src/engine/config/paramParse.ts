/**
 * Reading one `评分规则` value cell into a parameter's value. Numbers may arrive as numbers or
 * as text; the cell parsers of SPEC 3 do the reading, so 30 / 30% / 0.3 mean what they mean in
 * the ledger. Bounds and ordering are left to the config schema.
 */
import {
  makeParseContext,
  normalizeText,
  numberToText,
  parseAmount,
  parseInteger,
  parsePercent,
} from "../cells";
import { figureValue, scanDecimal } from "../cells/decimal";
import { isErrorValue, type ParseErrorCode, type Parsed, type RawCell } from "../cells/types";
import type { Bilingual } from "../labels";
import { roundFloat } from "./paramFormat";
import type { ChoiceOption, ParamKind, ParamValue } from "./parameterTypes";

export type ParamRead =
  | { readonly kind: "blank" }
  | { readonly kind: "value"; readonly value: ParamValue }
  | { readonly kind: "error"; readonly rule: string; readonly detail: Bilingual };

// Placeholders such as 待定 are ledger data conventions; in a rules cell they are simply not numbers.
const CONTEXT = makeParseContext([], false);

const LIST_SPLIT = /[、,;]/;
const NUMBERS_SPLIT = /[、,;\s]+/;
const RANGE = /^(\d+)\s*(?:[-–—~至到]\s*(\d+))?$/;
const MAP_ENTRY = /^(.+?)\s*[=:]\s*(.+)$/;

const PARSE_DETAILS: Readonly<Partial<Record<ParseErrorCode, Bilingual>>> = {
  "excel-error": { zh: "是 Excel 错误值", en: "holds an Excel error value" },
  "not-a-number": { zh: "应为数字", en: "must be a number" },
  "not-an-integer": { zh: "应为整数", en: "must be a whole number" },
  negative: { zh: "不能为负数", en: "must not be negative" },
  "out-of-range": { zh: "超出允许范围", en: "is out of range" },
  "not-a-percent": { zh: "应为百分比,如 30 或 30%", en: "must be a percent such as 30 or 30%" },
  "percent-out-of-range": { zh: "应在 0%–100% 之间", en: "must be between 0 % and 100 %" },
};

const BLANK_READ: ParamRead = { kind: "blank" };

function failed(rule: string, detail: Bilingual): ParamRead {
  return { kind: "error", rule, detail };
}

function fromParsed(parsed: Parsed<number>, convert: (n: number) => number = (n) => n): ParamRead {
  if (parsed.kind === "value") return { kind: "value", value: convert(parsed.value) };
  if (parsed.kind === "blank") return BLANK_READ;
  const detail = PARSE_DETAILS[parsed.code] ?? { zh: "格式不正确", en: "is not in the expected form" };
  return failed(`rules.${parsed.code}`, detail);
}

/** A plain decimal filling the whole text (thousands commas allowed), or null. */
function numberFromText(text: string): number | null {
  const figure = scanDecimal(text, 0);
  return figure !== null && figure.end === text.length ? figureValue(figure, 0) : null;
}

function parseNumber(cell: RawCell): Parsed<number> {
  if (typeof cell === "number") return Number.isFinite(cell) ? { kind: "value", value: cell } : notANumber;
  const n = numberFromText(normalizeText(cell));
  return n === null ? notANumber : { kind: "value", value: n };
}
const notANumber: Parsed<number> = { kind: "error", code: "not-a-number" };

function splitItems(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((item) => normalizeText(item))
    .filter((item) => item !== "");
}

function readNumbers(text: string): ParamRead {
  const items = splitItems(text, NUMBERS_SPLIT);
  const numbers = items.map(numberFromText);
  const bad = items.find((_, i) => numbers[i] === null);
  if (bad !== undefined)
    return failed("rules.not-a-number", { zh: `「${bad}」不是数字`, en: `"${bad}" is not a number` });
  return { kind: "value", value: numbers.filter((n): n is number => n !== null) };
}

function readRange(text: string): ParamRead {
  const match = RANGE.exec(text);
  if (match === null)
    return failed("rules.bad-range", {
      zh: "应写作 4~5 或单个分数",
      en: "must be written 4~5 or a single score",
    });
  const low = Number(match[1]);
  return { kind: "value", value: [low, match[2] === undefined ? low : Number(match[2])] };
}

function readPointsMap(text: string): ParamRead {
  const points = new Map<string, number>();
  for (const entry of splitItems(text, LIST_SPLIT)) {
    const match = MAP_ENTRY.exec(entry);
    const n = match === null ? null : numberFromText(match[2]);
    if (match === null || n === null) {
      return failed("rules.bad-map", {
        zh: `「${entry}」应写作 标签=分数,如 行业标杆=10`,
        en: `"${entry}" must be written label=points, e.g. 行业标杆=10`,
      });
    }
    if (points.has(match[1])) {
      return failed("rules.duplicate", {
        zh: `「${match[1]}」出现了两次`,
        en: `"${match[1]}" appears twice`,
      });
    }
    points.set(match[1], n);
  }
  return { kind: "value", value: Object.fromEntries(points) };
}

/** Case-, width- and space-insensitive: 固定切点, Fixed cut-points, FIXED all match. */
function optionKey(text: string): string {
  return normalizeText(text).replace(/\s/g, "").toLowerCase();
}

function readChoice(text: string, options: readonly ChoiceOption[]): ParamRead {
  const wanted = optionKey(text);
  const option = options.find((candidate) =>
    [candidate.value, candidate.label.zh, candidate.label.en].some((name) => optionKey(name) === wanted),
  );
  if (option !== undefined) return { kind: "value", value: option.value };
  return failed("rules.not-an-option", {
    zh: `应为以下之一:${options.map((candidate) => candidate.label.zh).join("、")}`,
    en: `must be one of: ${options.map((candidate) => candidate.label.en).join(", ")}`,
  });
}

function readText(kind: ParamKind, text: string): ParamRead {
  switch (kind.type) {
    case "list": {
      const items = splitItems(text, LIST_SPLIT);
      return items.length === 0 ? BLANK_READ : { kind: "value", value: items };
    }
    case "numbers":
      return readNumbers(text);
    case "scoreRange":
      return readRange(text);
    case "pointsMap":
      return readPointsMap(text);
    case "choice":
      return readChoice(text, kind.options);
    default:
      return { kind: "value", value: text };
  }
}

/** One value cell read as the parameter's kind; a blank cell keeps the base value. */
export function readParamCell(kind: ParamKind, cell: RawCell): ParamRead {
  if (isErrorValue(cell)) return fromParsed({ kind: "error", code: "excel-error" });
  switch (kind.type) {
    case "integer":
    case "days":
      return fromParsed(parseInteger(cell, CONTEXT));
    case "number":
      return normalizeText(cell) === "" ? BLANK_READ : fromParsed(parseNumber(cell));
    case "amount":
      return fromParsed(parseAmount(cell, CONTEXT));
    case "percent":
      return fromParsed(parsePercent(cell, CONTEXT), (fraction) =>
        roundFloat(kind.stored === "points" ? fraction * 100 : fraction),
      );
    default:
      break;
  }
  // A regular expression is taken as typed apart from the ends: inner spaces may matter.
  const text =
    kind.type === "pattern"
      ? typeof cell === "number"
        ? numberToText(cell)
        : String(cell ?? "").trim()
      : normalizeText(cell);
  return text === "" ? BLANK_READ : readText(kind, text);
}
