import { analyze, type Analysis } from "../engine/analyze";
import { localToday, type DayNumber } from "../engine/cells/calendar";
import { makeParseContext } from "../engine/cells";
import { FOLLOWUP_FIELDS, LEDGER_FIELDS, SHEETS } from "../engine/schema/fields";
import { findSheet } from "../engine/schema/headers";
import type { Lang } from "../engine/labels";
import type { ProgressSink, WorkbookPort, WritePlan } from "../workbook/port";
import { RefreshError } from "./errors";
import { assertLedgerUnchanged, fingerprintOf } from "./fingerprint";
import { loadConfig } from "./loadConfig";
import { placeBlock } from "./placeBlock";
import { readLocatedTable, type LocatedSheet, type LocatedTable } from "./readTables";
import { renderFunnelSheet } from "./render/funnelSheet";
import { OWNED_COLUMNS, renderOwnedRows } from "./render/ownedColumns";
import { renderReportSheet } from "./render/reportSheet";

export interface RefreshOptions {
  /** The as-of date T; default today. */
  readonly asOf?: DayNumber;
  /** The real today (follow-ups after it are errors); default the clock's. */
  readonly today?: DayNumber;
  /** Language of sheets and messages; default: the ledger's own language. */
  readonly lang?: Lang;
  /** "validate" reads and checks but writes nothing. */
  readonly mode?: "refresh" | "validate";
  readonly onProgress?: ProgressSink;
  /** Honoured until writing starts; after that a refresh always finishes its write. */
  readonly signal?: AbortSignal;
}

export interface RefreshOutcome {
  readonly analysis: Analysis;
  readonly lang: Lang;
  readonly ledgerSheet: string;
  /** What was (or, in validate mode, would have been) written. */
  readonly plan: WritePlan;
  readonly written: boolean;
}

/**
 * The one refresh used by the task pane, the ribbon command and the command line:
 * read ledger, follow-ups, codes and rules → validate → score → write owned columns and sheets.
 * Everything is read and computed before the first write.
 */
export async function runRefresh(port: WorkbookPort, options: RefreshOptions = {}): Promise<RefreshOutcome> {
  const progress = options.onProgress ?? (() => undefined);
  const checkCancelled = () => {
    if (options.signal?.aborted) {
      throw new RefreshError("cancelled", {
        zh: "已取消,工作簿未做任何更改。",
        en: "Cancelled; the workbook was not changed.",
      });
    }
  };

  progress({ step: "reading", fraction: 0 });
  const sheetNames = await port.listSheets();
  const { sheet: ledgerSheet, table: ledger } = await requireLedger(port, sheetNames);
  const lang = options.lang ?? languageOf(ledgerSheet.name);
  const placement = placeBlock(ledgerSheet.headerCells, ledgerSheet.usedColumns);
  const { config, findings: configFindings } = await loadConfig(port, sheetNames, lang);
  if (configFindings.some((f) => f.severity === "error")) {
    throw new RefreshError(
      "bad-rules",
      {
        zh: "评分规则或代码表中有无法使用的设置,已停止刷新(未写入任何内容)。详见问题列表。",
        en: "The scoring rules or code tables hold settings that cannot be used; the refresh stopped before writing. See the issues list.",
      },
      configFindings,
    );
  }
  checkCancelled();
  const date1904 = await port.uses1904Dates();
  const fingerprint = fingerprintOf(ledgerSheet, ledger);
  progress({ step: "reading", fraction: 0.6 });
  const followUpRead = await readLocatedTable(port, sheetNames, SHEETS.followups, FOLLOWUP_FIELDS);
  const followups = typeof followUpRead === "string" ? null : followUpRead.table;
  progress({ step: "reading", fraction: 1 });
  checkCancelled();

  progress({ step: "validating", fraction: 0 });
  const today = options.today ?? localToday();
  const asOf = options.asOf ?? today;
  const analysis = analyze({
    ledger,
    followups,
    context: { config, parse: makeParseContext(config.placeholders, date1904), asOf, today },
  });
  const allFindings = [...configFindings, ...analysis.findings];
  const result: Analysis = { ...analysis, findings: allFindings };
  progress({ step: "scoring", fraction: 1 });
  checkCancelled();

  const plan = buildPlan(result, ledgerSheet, placement.firstColumn, sheetNames, lang, ledger.rowCount);
  if (options.mode === "validate")
    return { analysis: result, lang, ledgerSheet: ledgerSheet.name, plan, written: false };

  checkCancelled();
  // Rows inserted, deleted or sorted while we computed would put every result beside the wrong row.
  await assertLedgerUnchanged(port, ledgerSheet, fingerprint);
  await port.write(plan, progress);
  return { analysis: result, lang, ledgerSheet: ledgerSheet.name, plan, written: true };
}

async function requireLedger(port: WorkbookPort, sheetNames: readonly string[]): Promise<LocatedTable> {
  const located = await readLocatedTable(port, sheetNames, SHEETS.ledger, LEDGER_FIELDS);
  if (located === "no-sheet") {
    throw new RefreshError("no-ledger", {
      zh: `找不到「${SHEETS.ledger.zh}」工作表(也可命名为 ${SHEETS.ledger.en})。`,
      en: `No "${SHEETS.ledger.en}" sheet (also accepted: ${SHEETS.ledger.zh}).`,
    });
  }
  if (located === "no-header") {
    throw new RefreshError("no-header", {
      zh: `「${SHEETS.ledger.zh}」的前 10 行中找不到表头(至少需要 客户编号、客户名称、客户阶段 等一半的必填列)。`,
      en: `No header row in the first 10 rows of the ledger (it needs at least half of the required columns such as Customer ID, Customer Name, Stage).`,
    });
  }
  return located;
}

/** Sheets named in Latin letters only are English workbooks; anything with CJK is Chinese. */
export function languageOf(sheetName: string): Lang {
  return /[\u3400-\u9fff]/.test(sheetName) ? "zh" : "en";
}

function buildPlan(
  analysis: Analysis,
  ledger: LocatedSheet,
  firstColumn: number,
  sheetNames: readonly string[],
  lang: Lang,
  rowCount: number,
): WritePlan {
  const funnelName = findSheet(sheetNames, SHEETS.funnel) ?? SHEETS.funnel[lang];
  const reportName = findSheet(sheetNames, SHEETS.report) ?? SHEETS.report[lang];
  return {
    columns: {
      sheet: ledger.name,
      headerRow: ledger.location.rowOffset + 1,
      firstColumn,
      headers: OWNED_COLUMNS.map((c) => c[lang]),
      rows: renderOwnedRows(
        rowCount,
        analysis.records,
        analysis.scored,
        analysis.findings,
        ledger.name,
        lang,
        analysis.date1904,
      ),
      clearRowsBelow: 0,
    },
    sheets: [
      { ...renderFunnelSheet(analysis, lang), name: funnelName },
      { ...renderReportSheet(analysis.findings, lang, analysis.asOf), name: reportName },
    ],
  };
}
