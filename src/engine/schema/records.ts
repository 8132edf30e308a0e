import type { DayNumber } from "../cells/calendar";
import type { Stage } from "../config/stages";

/**
 * A ledger row after validation: every field read by its parser. `null` = blank, a placeholder
 * or a cell with an error (the finding says which). Scoring reads only these records.
 */
export interface CustomerRecord {
  /** Position in the ledger's data (0 = first row under the header). */
  readonly index: number;
  /** Row number as Excel shows it. */
  readonly sheetRow: number;
  /** Rows with an error-severity finding are excluded from scoring and every summary. */
  readonly valid: boolean;
  /** A required field is blank or holds a placeholder (待确认, TBD, …). */
  readonly incomplete: boolean;
  readonly id: string | null;
  readonly name: string | null;
  readonly industry: string | null;
  readonly region: string | null;
  readonly size: string | null;
  readonly employees: number | null;
  readonly revenue: number | null;
  readonly stage: Stage | null;
  readonly stageBeforeLoss: Stage | null;
  readonly lossReason: string | null;
  readonly priorityClass: string | null;
  readonly strategicValue: string | null;
  /** 万元. */
  readonly estimatedAmount: number | null;
  /** Fraction 0–1. */
  readonly winProbability: number | null;
  readonly followUpCost: string | null;
  readonly paymentDays: number | null;
  readonly owner: string | null;
  readonly createdOn: DayNumber | null;
  readonly profileUpdatedOn: DayNumber | null;
  readonly firstPurchase: DayNumber | null;
  readonly lastPurchase: DayNumber | null;
  readonly purchaseCount: number | null;
  /** 万元. */
  readonly totalRevenue: number | null;
  readonly wonOn: DayNumber | null;
  readonly satisfaction: number | null;
  readonly complaints: number | null;
  /** Other text fields (source, phone, lifecycle, …) by field key, for distributions and cross tables. */
  readonly text: Readonly<Record<string, string | null>>;
}

export interface FollowUpRecord {
  readonly index: number;
  readonly sheetRow: number;
  readonly valid: boolean;
  readonly customerId: string | null;
  /**
   * The ledger data row (`CustomerRecord.index`) whose ID this follow-up names, resolved once by
   * validation so scoring and summaries join without their own ID lookups; null when the ID is
   * blank or unknown. Absent on records built without validation, which are joined by ID.
   */
  readonly customerIndex?: number | null;
  /** Day number with the time of day as a fraction. */
  readonly contactedAt: DayNumber | null;
  readonly method: string | null;
  readonly nextAction: string | null;
  readonly nextActionDue: DayNumber | null;
  readonly status: string | null;
}
