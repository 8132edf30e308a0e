import { parseArgs } from "node:util";
import { parseIsoDay, type DayNumber } from "../engine/cells/calendar";
import type { Lang } from "../engine/labels";

export type Command =
  | {
      kind: "refresh";
      input: string;
      out: string | null;
      inPlace: boolean;
      asOf: DayNumber | null;
      json: string | null;
      lang: Lang | null;
    }
  | { kind: "validate"; input: string; asOf: DayNumber | null; json: string | null; lang: Lang | null }
  | { kind: "template"; out: string | null; lang: Lang; sample: boolean }
  | { kind: "help" }
  | { kind: "version" };

/** A mistake in how the command was typed: exit 2 with this one line. */
export class UsageError extends Error {}

export const USAGE = `Usage:
  sales-radar refresh IN.xlsx [--out OUT.xlsx | --in-place] [--as-of YYYY-MM-DD] [--json REPORT.json] [--lang zh|en]
  sales-radar validate IN.xlsx [--as-of YYYY-MM-DD] [--json REPORT.json] [--lang zh|en]
  sales-radar template [--out FILE.xlsx] [--lang zh|en] [--sample]

Exit codes: 0 done (validate: no errors) · 1 errors found, or the refresh stopped before writing · 2 the file or the command cannot be used.`;

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string", short: "o" },
        "in-place": { type: "boolean" },
        "as-of": { type: "string" },
        json: { type: "string" },
        lang: { type: "string" },
        sample: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const [verb, ...rest] = positionals;
  const lang = values.lang === undefined ? null : parseLang(values.lang);
  const asOf = values["as-of"] === undefined ? null : parseAsOf(values["as-of"]);
  const json = values.json ?? null;

  switch (verb) {
    case "refresh": {
      const input = onlyInput(rest, verb);
      if (values["in-place"] && values.out !== undefined)
        throw new UsageError("--out and --in-place cannot be used together");
      return {
        kind: "refresh",
        input,
        out: values.out ?? null,
        inPlace: values["in-place"] ?? false,
        asOf,
        json,
        lang,
      };
    }
    case "validate":
      rejectOptions(values, ["out", "in-place", "sample"], verb);
      return { kind: "validate", input: onlyInput(rest, verb), asOf, json, lang };
    case "template":
      if (rest.length > 0) throw new UsageError(`template takes no file argument (use --out)`);
      rejectOptions(values, ["in-place", "as-of", "json"], verb);
      return {
        kind: "template",
        out: values.out ?? null,
        lang: lang ?? "zh",
        sample: values.sample ?? false,
      };
    case undefined:
      return { kind: "help" };
    default:
      throw new UsageError(`unknown command "${verb}"`);
  }
}

function onlyInput(rest: readonly string[], verb: string): string {
  if (rest.length !== 1) throw new UsageError(`${verb} needs exactly one input file`);
  return rest[0];
}

function rejectOptions(values: Record<string, unknown>, names: readonly string[], verb: string): void {
  for (const name of names) {
    if (values[name] !== undefined) throw new UsageError(`--${name} does not apply to ${verb}`);
  }
}

function parseLang(text: string): Lang {
  if (text === "zh" || text === "en") return text;
  throw new UsageError(`--lang must be zh or en, not "${text}"`);
}

function parseAsOf(text: string): DayNumber {
  const day = parseIsoDay(text);
  if (day === null) throw new UsageError(`--as-of must be a real date written YYYY-MM-DD, not "${text}"`);
  return day;
}
