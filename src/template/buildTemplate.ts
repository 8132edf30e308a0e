import { Workbook } from "exceljs";
import { parseIsoDay, ymdFromDay } from "../engine/cells/calendar";
import { codesSheetRows, DEFAULT_CONFIG, rulesSheetRows, type EngineConfig } from "../engine/config";
import { FOLLOWUP_FIELDS, LEDGER_FIELDS, SHEETS } from "../engine/schema/fields";
import { columnSpec } from "./columns";
import type { TemplateLang } from "./lang";
import { listRanges } from "./listRanges";
import { pinZipTimes } from "./pinnedZip";
import { generateSample, SAMPLE_AS_OF } from "./sample";
import type { SampleData } from "./sample/types";
import { addCodesSheet } from "./sheets/codesSheet";
import { addDataSheet } from "./sheets/dataSheet";
import { addReadMeSheet } from "./sheets/readMeSheet";
import { addRulesSheet } from "./sheets/rulesSheet";

export interface TemplateOptions {
  readonly lang: TemplateLang;
  /** Fill the ledger and the follow-up log with the bundled sample. */
  readonly sample: boolean;
  /** Seed of the sample; the default gives the committed sample workbook. */
  readonly seed?: number;
  /** The rules and code tables to write; defaults to DEFAULT_CONFIG. */
  readonly config?: EngineConfig;
}

export const LEDGER_TABLE = "tblCustomers";
export const FOLLOWUP_TABLE = "tblFollowUps";
/** The ledger keeps 客户编号 and 客户名称 in view when scrolling right. */
const LEDGER_FROZEN_COLUMNS = 2;
const FOLLOWUP_FROZEN_COLUMNS = 1;

const EMPTY_SAMPLE: SampleData = { customers: [], followUps: [], mess: [] };

/**
 * The workbook a team lead hands to a new team: read-me, ledger, follow-ups, codes and rules,
 * optionally with the sample data. The same options always give the same bytes: document
 * and zip dates are pinned to the sample's as-of day.
 */
export async function buildTemplate(options: TemplateOptions): Promise<Uint8Array> {
  const { lang } = options;
  const config = options.config ?? DEFAULT_CONFIG;
  const data = options.sample ? generateSample({ codes: config.codes, seed: options.seed }) : EMPTY_SAMPLE;
  const pinned = pinnedDate();

  const workbook = new Workbook();
  workbook.creator = "Sales Radar";
  workbook.lastModifiedBy = "Sales Radar";
  workbook.created = pinned.date;
  workbook.modified = pinned.date;

  const codesName = SHEETS.codes[lang];
  const codesRows = codesSheetRows(config.codes, lang);
  const ranges = listRanges(codesRows, config.codes, lang, codesName);

  addReadMeSheet(workbook, lang);
  addDataSheet(workbook, {
    name: SHEETS.ledger[lang],
    tableName: LEDGER_TABLE,
    columns: LEDGER_FIELDS.map((field) => columnSpec(field, lang)),
    rows: data.customers,
    listRanges: ranges,
    frozenColumns: LEDGER_FROZEN_COLUMNS,
    lang,
  });
  addDataSheet(workbook, {
    name: SHEETS.followups[lang],
    tableName: FOLLOWUP_TABLE,
    columns: FOLLOWUP_FIELDS.map((field) => columnSpec(field, lang)),
    rows: data.followUps,
    listRanges: ranges,
    frozenColumns: FOLLOWUP_FROZEN_COLUMNS,
    lang,
  });
  addCodesSheet(workbook, codesName, codesRows, lang);
  addRulesSheet(workbook, SHEETS.rules[lang], rulesSheetRows(config, lang), lang);

  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return pinZipTimes(bytes, pinned.ymd);
}

function pinnedDate(): { date: Date; ymd: { year: number; month: number; day: number } } {
  const day = parseIsoDay(SAMPLE_AS_OF);
  if (day === null) throw new Error(`SAMPLE_AS_OF is not a date: ${SAMPLE_AS_OF}`);
  const ymd = ymdFromDay(day);
  return { date: new Date(Date.UTC(ymd.year, ymd.month - 1, ymd.day)), ymd };
}
