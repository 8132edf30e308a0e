/**
 * The `代码表` sheet: three two-column code tables (行业代码 / 规模代码 / 阶段代码), then the option
 * lists side by side, one column each. Sections are found by their titles, so they may move.
 */
import type { RawCell } from "../cells/types";
import type { Bilingual, Lang } from "../labels";
import type { Finding } from "../validation/finding";
import { CODE_HEADER, CODE_TABLES, LISTS_TITLE, listDisplayName, type CodeTableDef } from "./codeTables";
import { codesIssues } from "./codesChecks";
import { readCodeSections, type CodesRead } from "./codesSheetRead";
import type { ConfigIssue } from "./configIssues";
import { configFinding, isBlankGrid, rectangle, withRowPrefix } from "./sheetGrid";
import { STAGE_LABELS } from "./stages";
import type { CodesConfig } from "./types";

const TITLE: Bilingual = { zh: "代码表", en: "Codes" };
const INTRO: Bilingual = {
  zh: "客户编号 = 行业代码-规模代码-阶段代码-序号;代码为两个大写字母。选项列表决定各列可填的值。",
  en: "Customer ID = industry-size-stage code plus a number; each code is two capital letters. The option lists give each column's allowed values.",
};

/** Stage names in the sheet's language; the config keys them by their Chinese label. */
function stageName(zhName: string, lang: Lang): string {
  const stage = Object.values(STAGE_LABELS).find((label) => label.zh === zhName);
  return stage === undefined ? zhName : stage[lang];
}

function tableRows(
  def: CodeTableDef,
  table: Readonly<Record<string, string>>,
  lang: Lang,
): (string | null)[][] {
  const name = (text: string) => (def.key === "stage" ? stageName(text, lang) : text);
  return [
    [def.title[lang]],
    [def.nameHeader[lang], CODE_HEADER[lang]],
    ...Object.entries(table).map(([text, code]) => [name(text), code]),
    [],
  ];
}

function listRows(lists: CodesConfig["lists"], lang: Lang): (string | null)[][] {
  const entries = Object.entries(lists);
  const depth = Math.max(0, ...entries.map(([, options]) => options.length));
  return [
    [LISTS_TITLE[lang]],
    entries.map(([key]) => listDisplayName(key)[lang]),
    ...Array.from({ length: depth }, (_, i) => entries.map(([, options]) => options[i] ?? null)),
  ];
}

/** The whole sheet, padded to a rectangle. */
export function codesSheetRows(codes: CodesConfig, lang: Lang): (string | null)[][] {
  return rectangle<string>([
    [TITLE[lang]],
    [INTRO[lang]],
    [],
    ...CODE_TABLES.flatMap((def) => tableRows(def, codes[def.key], lang)),
    ...listRows(codes.lists, lang),
  ]);
}

/** Rules about a table row's name rather than its code. */
const NAME_RULES: ReadonlySet<string> = new Set(["codes.unknown-stage", "codes.missing-name"]);

/** A codes issue pinned to the cell it is about: a table row, a list header or a section title. */
function issueFinding(found: ConfigIssue, read: CodesRead, sheet: string): Finding {
  const [, part, name] = found.path.map(String);
  const at = read.placeOf(part, name ?? "", NAME_RULES.has(found.rule) ? "name" : "code");
  const place = {
    sheet,
    rowIndex: at?.rowIndex ?? null,
    columnIndex: at?.columnIndex ?? null,
    column: at?.column ?? "",
    field: `codes.${String(part)}`,
    cell: at?.cell ?? null,
  };
  return configFinding(
    place,
    found.rule,
    at === undefined ? found.detail : withRowPrefix(at.rowIndex, found.detail),
  );
}

/**
 * The code tables and lists a `代码表` sheet describes, on top of `base`: a section that is not
 * in the sheet keeps the base table or list. Any finding is an error that stops the refresh.
 */
export function codesFromSheet(
  rows: readonly (readonly RawCell[])[],
  sheetName: string,
  base: CodesConfig,
): { codes: CodesConfig; findings: Finding[] } {
  if (isBlankGrid(rows)) return { codes: base, findings: [] };
  const read = readCodeSections(rows, sheetName, base);
  if (!read.foundAny) {
    const place = {
      sheet: sheetName,
      rowIndex: null,
      columnIndex: null,
      column: "",
      field: null,
      cell: null,
    };
    const titles = [...CODE_TABLES.map((def) => def.title), LISTS_TITLE];
    return {
      codes: base,
      findings: [
        configFinding(place, "codes.no-sections", {
          zh: `找不到任何分区标题(${titles.map((t) => t.zh).join("、")})`,
          en: `No section title found (${titles.map((t) => t.en).join(", ")})`,
        }),
      ],
    };
  }
  const issues = codesIssues(read.codes);
  return {
    codes: read.codes,
    findings: [...read.findings, ...issues.map((found) => issueFinding(found, read, sheetName))],
  };
}
