import fc from "fast-check";
import * as cells from "../../../src/engine/cells";
import { BLANK, PLACEHOLDER, failure, type Parsed, type RawCell } from "../../../src/engine/cells";
import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import { blankText, ctx, ctx1904, rawCell } from "./helpers";

const SIZES = ["大型", "中型", "小型", "个体"];

/** Every parser of the module, as one uniform signature. */
const PARSERS: ReadonlyArray<readonly [string, (raw: RawCell) => Parsed<unknown>]> = [
  ["parseText", (raw) => cells.parseText(raw, ctx)],
  ["parseAmount", (raw) => cells.parseAmount(raw, ctx)],
  ["parsePercent", (raw) => cells.parsePercent(raw, ctx)],
  ["parseDate (day)", (raw) => cells.parseDate(raw, ctx, { allowTime: false })],
  ["parseDate (1904, time)", (raw) => cells.parseDate(raw, ctx1904, { allowTime: true })],
  ["parseInteger", (raw) => cells.parseInteger(raw, ctx, { min: 0 })],
  ["parseSatisfaction", (raw) => cells.parseSatisfaction(raw, ctx)],
  ["parseEnum", (raw) => cells.parseEnum(raw, ctx, SIZES)],
  ["parseStage", (raw) => cells.parseStage(raw, ctx)],
  ["parsePhone", (raw) => cells.parsePhone(raw, ctx)],
];

const NUMERIC_PARSERS = PARSERS.filter(
  ([name]) => !["parseText", "parseEnum", "parseStage", "parsePhone"].includes(name),
);

function isWellFormed(parsed: Parsed<unknown>): boolean {
  switch (parsed.kind) {
    case "value":
      return parsed.value !== undefined && parsed.value !== null && !Number.isNaN(parsed.value);
    case "blank":
      return typeof parsed.placeholder === "boolean";
    case "error":
      return typeof parsed.code === "string";
  }
}

describe.each(PARSERS)("%s", (_name, parse) => {
  it("never throws and always answers with a well-formed outcome", () => {
    fc.assert(
      fc.property(rawCell, (raw) => {
        expect(isWellFormed(parse(raw))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("reads empty cells and whitespace as blank", () => {
    expect(parse(null)).toEqual(BLANK);
    expect(parse(undefined)).toEqual(BLANK);
    fc.assert(
      fc.property(blankText, (text) => expect(parse(text)).toEqual(BLANK)),
      { numRuns: 100 },
    );
  });

  it.each(DEFAULT_CONFIG.placeholders)("reads the placeholder %p as a remembered blank", (placeholder) => {
    expect(parse(placeholder)).toEqual(PLACEHOLDER);
    expect(parse(` ${placeholder.toLowerCase()} `)).toEqual(PLACEHOLDER);
  });

  it.each(cells.EXCEL_ERROR_CODES)("reads the error value %p as an excel-error", (code) => {
    expect(parse({ error: code })).toEqual(failure("excel-error"));
  });
});

describe.each(NUMERIC_PARSERS)("%s on things that are not figures", (_name, parse) => {
  it.each(cells.EXCEL_ERROR_CODES)("finds the typed text %p unreadable, not an excel-error", (code) => {
    const parsed = parse(code);
    expect(parsed.kind).toBe("error");
    expect(parsed.kind === "error" && parsed.code).not.toBe("excel-error");
  });

  it.each([true, false, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    "rejects %p",
    (raw) => {
      expect(parse(raw).kind).toBe("error");
    },
  );
});

describe("parseText on typed error codes", () => {
  it.each(cells.EXCEL_ERROR_CODES)("keeps the typed text %p as text", (code) => {
    expect(cells.parseText(code, ctx)).toEqual({ kind: "value", value: code });
  });
});
