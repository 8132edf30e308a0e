/**
 * The Funnel sheet's own sections: key figures, the stage table, tier and segment counts with the
 * cut-points in force, and how long winning takes. Each returns a Section for `layoutSections`.
 */
import type { FunnelRow, StatusCounts, WinCycle } from "../../engine/funnel";
import {
  groupKeyLabel,
  SEGMENT_ORDER,
  segmentLabel,
  stageLabel,
  tierLabel,
  type Lang,
} from "../../engine/labels";
import type { SegmentRule } from "../../engine/config/types";
import { shadowedSegments } from "../../engine/scoring/segmentRules";
import type { SegmentCutPoints, Tier } from "../../engine/scoring/types";
import type { OutCell } from "../../workbook/port";
import { decimalCell, percentCell } from "./cells";
import { heading, headerRow, quintileText, shadowedText, text, type FunnelTextKey } from "./funnelText";
import type { Section } from "./sheetLayout";

/** Rows above a table's data: its heading and its header row. */
export const DATA_OFFSET = 2;

const TIERS: readonly Tier[] = ["high", "medium", "low"];

export function keyFiguresSection(counts: StatusCounts, lang: Lang): Section {
  const figures: [FunnelTextKey, number][] = [
    ["churnHigh", counts.churn.high],
    ["churnMedium", counts.churn.medium],
    ["overdueFollowUps", counts.overdueFollowUps],
    ["dueSoonFollowUps", counts.dueSoonFollowUps],
    ["staleProfiles", counts.staleProfiles],
    ["overdueActions", counts.overdueActions],
  ];
  return {
    rows: [
      heading(text("keyFigures", lang)),
      headerRow([text("figure", lang), text("count", lang)]),
      ...figures.map(([key, count]) => [text(key, lang), count]),
    ],
  };
}

function lossReasonsText(row: FunnelRow, lang: Lang): string | null {
  if (row.lossReasons.length === 0) return null;
  const separator = lang === "zh" ? "、" : ", ";
  return row.lossReasons
    .map(({ reason, count }) => `${groupKeyLabel(reason, lang)} (${count})`)
    .join(separator);
}

/** Stage, reached, current, step conversion, cumulative conversion, dropped, top loss reasons. */
export function stageSection(funnel: readonly FunnelRow[], lang: Lang): Section {
  const headers: FunnelTextKey[] = [
    "stage",
    "reached",
    "current",
    "stepConversion",
    "cumulativeConversion",
    "dropped",
    "topLossReasons",
  ];
  return {
    rows: [
      heading(text("stages", lang)),
      headerRow(headers.map((key) => text(key, lang))),
      ...funnel.map((row): OutCell[] => [
        stageLabel(row.stage, lang),
        row.reached,
        row.current,
        percentCell(row.conversionToNext),
        percentCell(row.cumulative),
        row.dropped,
        lossReasonsText(row, lang),
      ]),
    ],
    chart: {
      kind: "funnel",
      title: text("funnelChart", lang),
      firstRow: DATA_OFFSET,
      lastRow: DATA_OFFSET + funnel.length - 1,
      categoryColumn: 0,
      series: [{ name: text("reached", lang), column: 1 }],
    },
  };
}

/** Priority and opportunity tiers side by side; lost customers get no priority score. */
export function tierSection(counts: StatusCounts, lang: Lang): Section {
  return {
    rows: [
      heading(text("tiers", lang)),
      headerRow([text("tier", lang), text("priorityCount", lang), text("opportunityCount", lang)]),
      ...TIERS.map((tier) => [tierLabel(tier, lang), counts.priority[tier], counts.opportunity[tier]]),
      [text("notScored", lang), counts.priority.lost, null],
    ],
    chart: {
      kind: "column",
      title: text("tiers", lang),
      firstRow: DATA_OFFSET,
      lastRow: DATA_OFFSET + TIERS.length - 1,
      categoryColumn: 0,
      series: [
        { name: text("priorityCount", lang), column: 1 },
        { name: text("opportunityCount", lang), column: 2 },
      ],
    },
  };
}

/** Cut-points as numbers a reader can check against the ledger (at most two decimals). */
function formatCut(value: number): string {
  // A quintile no customer reaches has an infinite cut-point: nobody earns that score.
  return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : "—";
}

/**
 * The thresholds for 5, 4, 3, 2 and 1 points. F and M: a value ≥ cut[i] earns i + 2 points;
 * R (days, fewer is better): a value ≤ cut[i] earns 5 − i points (see SegmentConfig).
 */
function cutPointCells(cuts: readonly number[], lowerIsBetter: boolean): OutCell[] {
  if (cuts.length === 0) return [null, null, null, null, null];
  const last = cuts.length - 1;
  if (lowerIsBetter) {
    return [...cuts.map((cut) => `≤ ${formatCut(cut)}`), `> ${formatCut(cuts[last])}`];
  }
  return [...[...cuts].reverse().map((cut) => `≥ ${formatCut(cut)}`), `< ${formatCut(cuts[0])}`];
}

function methodText(cutPoints: SegmentCutPoints, lang: Lang): string {
  return cutPoints.method === "fixed" ? text("fixed", lang) : quintileText(cutPoints.population, lang);
}

/** Segment counts, then the cut-points that produced them. */
export function segmentSection(
  counts: StatusCounts,
  cutPoints: SegmentCutPoints,
  rules: readonly SegmentRule[],
  lang: Lang,
): Section {
  const points = text("scorePoints", lang);
  const shadowed = shadowedSegments(rules);
  return {
    rows: [
      heading(text("segments", lang)),
      headerRow([text("segment", lang), text("customers", lang)]),
      ...SEGMENT_ORDER.map((segment) => [segmentLabel(segment, lang), counts.segments[segment]]),
      [],
      heading(text("cutPoints", lang)),
      [text("method", lang), methodText(cutPoints, lang)],
      headerRow([text("measure", lang), ...[5, 4, 3, 2, 1].map((score) => `${score}${points}`)]),
      [text("recencyDays", lang), ...cutPointCells(cutPoints.r, true)],
      [text("purchaseCount", lang), ...cutPointCells(cutPoints.f, false)],
      [text("revenue", lang), ...cutPointCells(cutPoints.m, false)],
      // First match wins (SPEC 7): say which segments earlier rules leave no room for.
      ...(shadowed.length === 0
        ? []
        : [
            [
              {
                value: shadowedText(
                  shadowed.map((key) => segmentLabel(key, lang)),
                  lang,
                ),
                style: "note" as const,
              },
            ],
          ]),
    ],
  };
}

export function winCycleSection(cycle: WinCycle, lang: Lang): Section {
  return {
    rows: [
      heading(text("winCycle", lang)),
      headerRow([text("measure", lang), text("value", lang), text("basedOn", lang)]),
      [text("averageDaysToWin", lang), decimalCell(cycle.averageDaysToWin), cycle.wonWithBothDates],
      [
        text("averageFollowUpsBeforeWon", lang),
        decimalCell(cycle.averageFollowUpsBeforeWon),
        cycle.wonWithWonOn,
      ],
    ],
  };
}
