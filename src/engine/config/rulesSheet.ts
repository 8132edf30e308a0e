/**
 * The `评分规则` sheet: every parameter as one key / group / label / value / note row. Rows are
 * found by their key, so a reordered, trimmed or translated sheet reads the same.
 */
import { displayValue, normalizeText } from "../cells";
import type { RawCell } from "../cells/types";
import type { Bilingual, Lang } from "../labels";
import { HEADER_SCAN_ROWS } from "../schema/headers";
import type { Finding } from "../validation/finding";
import { checkConfig } from "./configSchema";
import { withRowAndSubject, type ConfigIssue } from "./configIssues";
import { formatParamCell, type SheetCell } from "./paramFormat";
import { readParamCell } from "./paramParse";
import { PARAM_GROUP_LABELS, PARAMETERS, parameterByKey } from "./parameters";
import type { Parameter } from "./parameterTypes";
import { cellAt, configFinding, excelRow, isBlankCell, isBlankGrid, matchKey, type Grid } from "./sheetGrid";
import type { EngineConfig } from "./types";

type RulesColumn = "key" | "group" | "label" | "value" | "note";

const COLUMNS: readonly { readonly column: RulesColumn; readonly header: Bilingual }[] = [
  { column: "key", header: { zh: "参数键", en: "Key" } },
  { column: "group", header: { zh: "分类", en: "Group" } },
  { column: "label", header: { zh: "参数", en: "Parameter" } },
  { column: "value", header: { zh: "值", en: "Value" } },
  { column: "note", header: { zh: "说明", en: "Notes" } },
];

const TITLE: Bilingual = { zh: "评分规则", en: "Scoring Rules" };
const INTRO: Bilingual = {
  zh: "只需修改「值」列,留空即用默认值;百分比填 30 表示 30%,列表用、分隔。「参数键」用于识别各行,请勿改动。",
  en: "Edit the Value column only; a blank value means the default. Percents: 30 means 30 %. Separate list items with 、 or commas. The Key column identifies each row: leave it as it is.",
};

/** The whole sheet: title, note, blank row, header, then one row per parameter in registry order. */
export function rulesSheetRows(config: EngineConfig, lang: Lang): SheetCell[][] {
  const width = COLUMNS.length;
  const lone = (text: string | null): SheetCell[] => [text, ...Array<null>(width - 1).fill(null)];
  return [
    lone(TITLE[lang]),
    lone(INTRO[lang]),
    lone(null),
    COLUMNS.map(({ header }) => header[lang]),
    ...PARAMETERS.map((param): SheetCell[] => [
      param.key,
      PARAM_GROUP_LABELS[param.group][lang],
      param.label[lang],
      formatParamCell(param.kind, param.get(config), lang),
      param.note[lang],
    ]),
  ];
}

interface RulesHeader {
  readonly rowIndex: number;
  readonly keyColumn: number;
  readonly valueColumn: number;
  /** The value column's header as the sheet shows it. */
  readonly valueHeader: string;
}

const HEADER_NAMES: ReadonlyMap<string, RulesColumn> = new Map(
  COLUMNS.flatMap(({ column, header }) =>
    [header.zh, header.en].map((name) => [matchKey(name), column] as const),
  ),
);

/** The first row within the scan window naming both a key and a value column. */
function locateHeader(rows: Grid): RulesHeader | null {
  for (let rowIndex = 0; rowIndex < Math.min(rows.length, HEADER_SCAN_ROWS); rowIndex++) {
    const columns = rows[rowIndex].map((cell) => HEADER_NAMES.get(matchKey(cell)));
    const keyColumn = columns.indexOf("key");
    const valueColumn = columns.indexOf("value");
    if (keyColumn >= 0 && valueColumn >= 0) {
      return { rowIndex, keyColumn, valueColumn, valueHeader: displayValue(rows[rowIndex][valueColumn]) };
    }
  }
  return null;
}

/** Parameters by lower-cased key, so `Priority.Tiers.High` still finds its row. */
const BY_MATCH_KEY: ReadonlyMap<string, Parameter> = new Map(
  PARAMETERS.map((param) => [param.key.toLowerCase(), param]),
);

interface SheetRead {
  config: EngineConfig;
  readonly findings: Finding[];
  /** Row index of each parameter found in the sheet. */
  readonly rowOf: Map<string, number>;
  /** Parameters whose cell could not be read: their cross-checks would only echo that error. */
  readonly unreadable: Set<string>;
}

interface KeyProblem {
  readonly rule: string;
  readonly message: Bilingual;
}

/** Why a row's key cannot name a parameter: missing, unknown, or already used by an earlier row. */
function keyProblem(
  key: string,
  param: Parameter | undefined,
  row: number,
  read: SheetRead,
): KeyProblem | null {
  if (key === "") {
    return {
      rule: "rules.missing-key",
      message: { zh: `第 ${row} 行有值但缺少参数键`, en: `Row ${row} has a value but no key` },
    };
  }
  if (param === undefined) {
    return {
      rule: "rules.unknown-key",
      message: { zh: `第 ${row} 行的参数键「${key}」无法识别`, en: `Row ${row}: unknown key "${key}"` },
    };
  }
  const firstIndex = read.rowOf.get(param.key);
  if (firstIndex === undefined) return null;
  const first = excelRow(firstIndex);
  return {
    rule: "rules.duplicate-key",
    message: {
      zh: `第 ${row} 行的参数键「${param.key}」与第 ${first} 行重复`,
      en: `Row ${row}: the key "${param.key}" repeats row ${first}`,
    },
  };
}

function readRows(rows: Grid, sheet: string, header: RulesHeader, base: EngineConfig): SheetRead {
  const read: SheetRead = { config: base, findings: [], rowOf: new Map(), unreadable: new Set() };
  const keyHeader = displayValue(rows[header.rowIndex][header.keyColumn]);
  for (let rowIndex = header.rowIndex + 1; rowIndex < rows.length; rowIndex++) {
    const keyCell = cellAt(rows, rowIndex, header.keyColumn);
    const valueCell = cellAt(rows, rowIndex, header.valueColumn);
    const key = normalizeText(keyCell);
    if (key === "" && isBlankCell(valueCell)) continue;
    const row = excelRow(rowIndex);
    const param = BY_MATCH_KEY.get(key.toLowerCase());
    const problem = keyProblem(key, param, row, read);
    if (problem !== null || param === undefined) {
      const place = {
        sheet,
        rowIndex,
        columnIndex: header.keyColumn,
        column: keyHeader,
        field: param?.key ?? null,
        cell: keyCell,
      };
      if (problem !== null) read.findings.push(configFinding(place, problem.rule, problem.message));
      continue;
    }
    read.rowOf.set(param.key, rowIndex);
    const result = readParamCell(param.kind, valueCell);
    if (result.kind === "value") read.config = param.set(read.config, result.value);
    if (result.kind === "error") {
      read.unreadable.add(param.key);
      const place = {
        sheet,
        rowIndex,
        columnIndex: header.valueColumn,
        column: header.valueHeader,
        field: param.key,
        cell: valueCell,
      };
      read.findings.push(
        configFinding(place, result.rule, withRowAndSubject(row, param.label, result.detail)),
      );
    }
  }
  return read;
}

/** A config issue pinned to the first of its parameters that has a row in the sheet. */
function issueFinding(
  found: ConfigIssue,
  read: SheetRead,
  rows: Grid,
  sheet: string,
  header: RulesHeader,
): Finding {
  const key = found.keys.find((candidate) => read.rowOf.has(candidate)) ?? found.keys[0];
  const param = key === undefined ? undefined : parameterByKey(key);
  const rowIndex = key === undefined ? undefined : read.rowOf.get(key);
  const place = {
    sheet,
    rowIndex: rowIndex ?? null,
    columnIndex: rowIndex === undefined ? null : header.valueColumn,
    column: header.valueHeader,
    field: param?.key ?? null,
    // Outside the sheet there is nothing "as typed" to quote.
    cell: rowIndex === undefined ? null : cellAt(rows, rowIndex, header.valueColumn),
  };
  const message =
    param === undefined
      ? found.detail
      : withRowAndSubject(
          place.rowIndex === null ? null : excelRow(place.rowIndex),
          param.label,
          found.detail,
        );
  return configFinding(place, found.rule, message);
}

/**
 * The config a `评分规则` sheet describes, on top of `base`: blank values and missing rows keep
 * the base. Any finding is an error that must stop the refresh; the config returned alongside is
 * then only a best effort, for display.
 */
export function configFromRulesSheet(
  rows: readonly (readonly RawCell[])[],
  sheetName: string,
  base: EngineConfig,
): { config: EngineConfig; findings: Finding[] } {
  if (isBlankGrid(rows)) return { config: base, findings: [] };
  const header = locateHeader(rows);
  if (header === null) {
    const place = {
      sheet: sheetName,
      rowIndex: null,
      columnIndex: null,
      column: "",
      field: null,
      cell: null,
    };
    const names = COLUMNS.filter(({ column }) => column === "key" || column === "value").map(
      ({ header: h }) => h,
    );
    return {
      config: base,
      findings: [
        configFinding(place, "rules.no-header", {
          zh: `前 ${HEADER_SCAN_ROWS} 行中找不到含「${names.map((n) => n.zh).join("」「")}」的表头行`,
          en: `No header row with "${names.map((n) => n.en).join('" and "')}" in the first ${HEADER_SCAN_ROWS} rows`,
        }),
      ],
    };
  }
  const read = readRows(rows, sheetName, header, base);
  // The codes come from the 代码表 sheet, which reports its own problems.
  const issues = checkConfig(read.config).filter(
    (found) => found.path[0] !== "codes" && !found.keys.some((key) => read.unreadable.has(key)),
  );
  return {
    config: read.config,
    findings: [
      ...read.findings,
      ...issues.map((found) => issueFinding(found, read, rows, sheetName, header)),
    ],
  };
}
