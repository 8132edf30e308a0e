/**
 * The 销售漏斗 / Funnel sheet (SPEC 8): a dashboard from A1 with the stage table, tier and segment
 * counts, the team tables, and native charts beside the tables they draw.
 */
import { formatDay, type DayNumber } from "../../engine/cells/calendar";
import type { EngineConfig } from "../../engine/config/types";
import { periodRange, type FunnelRow, type Summaries } from "../../engine/funnel";
import type { Lang } from "../../engine/labels";
import { SHEETS } from "../../engine/schema/fields";
import type { SegmentCutPoints } from "../../engine/scoring/types";
import type { OutCell, OwnedSheet } from "../../workbook/port";
import {
  keyFiguresSection,
  segmentSection,
  stageSection,
  tierSection,
  winCycleSection,
} from "./funnelSections";
import { text } from "./funnelText";
import { layoutSections, type Section } from "./sheetLayout";
import { crossSection, distributionSection, ownerSection, trendSection } from "./summarySections";

/** What the sheet shows; an engine `Analysis` has all of it. */
export interface FunnelSheetInput {
  readonly asOf: DayNumber;
  readonly config: Pick<EngineConfig, "funnel" | "segments">;
  readonly funnel: readonly FunnelRow[];
  readonly summaries: Summaries;
  readonly cutPoints: SegmentCutPoints;
}

/** The first column holds labels and keys, so it is the wide one. */
const LABEL_COLUMN_WIDTH = 26;
const COLUMN_WIDTH = 14;

function periodText(input: FunnelSheetInput, lang: Lang): string {
  const period = input.config.funnel.period;
  const range = periodRange(input.asOf, period);
  if (period === "all" || range === null) return text("periodAll", lang);
  const name = text(period === "month" ? "periodMonth" : "periodQuarter", lang);
  return `${name} ${formatDay(range.first)} ${text("periodTo", lang)} ${formatDay(range.last)} ${text("periodBasis", lang)}`;
}

function titleSection(input: FunnelSheetInput, lang: Lang): Section {
  const title = `${text("title", lang)} · ${text("asOf", lang)} ${formatDay(input.asOf)}`;
  return {
    rows: [
      [{ value: title, style: "title" }],
      [`${text("period", lang)}: ${periodText(input, lang)}`],
      [{ value: text("scopeNote", lang), style: "note" }],
    ],
  };
}

function columnWidths(rows: readonly (readonly OutCell[])[]): number[] {
  const columns = rows.reduce((width, row) => Math.max(width, row.length), 0);
  return Array.from({ length: columns }, (_, column) => (column === 0 ? LABEL_COLUMN_WIDTH : COLUMN_WIDTH));
}

export function renderFunnelSheet(input: FunnelSheetInput, lang: Lang): OwnedSheet {
  const { summaries } = input;
  const sections: Section[] = [
    titleSection(input, lang),
    keyFiguresSection(summaries.counts, lang),
    stageSection(input.funnel, lang),
    tierSection(summaries.counts, lang),
    segmentSection(summaries.counts, input.cutPoints, input.config.segments.rules, lang),
    ownerSection(summaries.owners, lang),
    distributionSection("industry", summaries.distributions.industry, lang),
    distributionSection("region", summaries.distributions.region, lang),
    distributionSection("size", summaries.distributions.size, lang),
    winCycleSection(summaries.winCycle, lang),
    crossSection(summaries.cross, lang),
    trendSection(summaries.trend, lang),
  ];
  const { rows, charts } = layoutSections(sections);
  return { name: SHEETS.funnel[lang], rows, columnWidths: columnWidths(rows), charts };
}
