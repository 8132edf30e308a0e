import type { DayNumber } from "./cells/calendar";
import type { EngineConfig } from "./config/types";
import { buildFunnel, type FunnelRow } from "./funnel/funnel";
import { summarize, type Summaries } from "./funnel/summaries";
import type { CustomerRecord, FollowUpRecord } from "./schema/records";
import type { SheetTable } from "./schema/table";
import { computeCutPoints } from "./scoring/segments";
import { scoreCustomers } from "./scoring/scoreCustomers";
import type { ScoredCustomer, SegmentCutPoints } from "./scoring/types";
import type { ValidationContext } from "./validation/context";
import type { Finding } from "./validation/finding";
import { validateFollowUps } from "./validation/followups";
import { validateLedger } from "./validation/ledger";

export interface AnalysisInput {
  readonly ledger: SheetTable;
  readonly followups: SheetTable | null;
  readonly context: ValidationContext;
}

/** Everything one refresh knows, before anything is rendered or written. */
export interface Analysis {
  readonly asOf: DayNumber;
  readonly config: EngineConfig;
  /** The workbook counts date serials from 1904 (dates written back must do the same). */
  readonly date1904: boolean;
  /** Every non-blank ledger row, valid or not, in sheet order. */
  readonly records: readonly CustomerRecord[];
  /** Valid rows only, in sheet order. */
  readonly scored: readonly ScoredCustomer[];
  /** Every non-blank follow-up row. */
  readonly followups: readonly FollowUpRecord[];
  readonly findings: readonly Finding[];
  readonly funnel: readonly FunnelRow[];
  readonly summaries: Summaries;
  readonly cutPoints: SegmentCutPoints;
}

/** The valid rows, in order: counted first, so the list is allocated once at its size. */
function validOnly<T extends { readonly valid: boolean }>(rows: readonly T[]): T[] {
  let count = 0;
  for (let i = 0; i < rows.length; i++) if (rows[i].valid) count++;
  const valid = new Array<T>(count);
  for (let i = 0, n = 0; i < rows.length; i++) if (rows[i].valid) valid[n++] = rows[i];
  return valid;
}

/** Validate → score → funnel and summaries. Pure: plain tables in, plain results out. */
export function analyze(input: AnalysisInput): Analysis {
  const { context } = input;
  const { config, asOf } = context;
  const ledger = validateLedger(input.ledger, context);
  const followups = input.followups
    ? validateFollowUps(input.followups, context, ledger.records, ledger.rowOfId)
    : { records: [], findings: [] };

  const validCustomers = validOnly(ledger.records);
  const validFollowUps = validOnly(followups.records);
  const cutPoints = computeCutPoints(validCustomers, asOf, config.segments);
  const scored = scoreCustomers(validCustomers, validFollowUps, asOf, config, cutPoints);

  return {
    asOf,
    config,
    date1904: context.parse.date1904,
    records: ledger.records,
    scored,
    followups: followups.records,
    findings: [...ledger.findings, ...followups.findings],
    funnel: buildFunnel(validCustomers, asOf, config.funnel),
    summaries: summarize(scored, validFollowUps, asOf, config),
    cutPoints,
  };
}
