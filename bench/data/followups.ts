import type { DayNumber } from "../../src/engine/cells/calendar";
import { FOLLOWUP_FIELDS } from "../../src/engine/schema/fields";
import type { CellForms } from "./forms";
import type { GeneratedLedger } from "./ledger";
import * as pools from "./pools";
import { ColumnBuilder, type GeneratedSheet } from "./sheet";

const METHODS = ["电话", "拜访", "面谈", "邮件", "行业活动", "微信"];
const STATUSES = ["进行中", "已完成", "已延期"];
/** A follow-up quoting an ID the ledger does not have (a typo): an error. */
const UNKNOWN_CUSTOMER_RATE = 0.002;
/** A contact dated years ahead (a typo in the year): after the real today, an error. */
const FUTURE_RATE = 0.0005;
/** Contacts fall in the 18 months before the as-of date, more of them recently. */
const HISTORY_DAYS = 540;

/**
 * `rows` contacts about the ledger's customers: date-times in every accepted shape, next actions
 * with due dates and statuses, and the same few percent of unreadable cells as the ledger.
 */
export function generateFollowUps(
  forms: CellForms,
  rows: number,
  ledger: GeneratedLedger,
  asOf: DayNumber,
): GeneratedSheet {
  const builder = new ColumnBuilder(
    FOLLOWUP_FIELDS.map((field) => field.key),
    rows,
  );
  const [customerId, contactedAt, method, by, summary, feedback, objection] = [
    "customerId",
    "contactedAt",
    "method",
    "by",
    "summary",
    "feedback",
    "objection",
  ].map((key) => builder.column(key));
  const [nextAction, nextActionDue, nextActionOwner, status, delayReason] = [
    "nextAction",
    "nextActionDue",
    "nextActionOwner",
    "status",
    "delayReason",
  ].map((key) => builder.column(key));
  const customers = ledger.ids.length;

  for (let r = 0; r < rows; r++) {
    const c = forms.int(0, customers - 1);
    const id = ledger.ids[c];
    customerId[r] = id === "" || forms.chance(UNKNOWN_CUSTOMER_RATE) ? `ZZ-XX-QZ-${9_000_000 + r}` : id;
    // Squaring a uniform number puts more contacts near the as-of date, as in a live pipeline.
    const back = Math.floor((HISTORY_DAYS * forms.int(0, 999) ** 2) / 1_000_000);
    const day = Math.max(ledger.createdOn[c], asOf - back);
    const minute = forms.int(8 * 60, 19 * 60);
    const when = forms.chance(FUTURE_RATE) ? day + 1500 : day;
    contactedAt[r] = forms.chance(0.0002) ? null : forms.dateTime(when + minute / 1440);
    method[r] = forms.chance(0.05) ? null : forms.option(forms.pick(METHODS), "短信");
    by[r] = forms.pick(pools.OWNERS);
    summary[r] = forms.pick(pools.SUMMARIES);
    feedback[r] = forms.pick(pools.FEEDBACK) || null;
    objection[r] = forms.chance(0.8) ? null : "已解释价格构成";
    if (forms.chance(0.6)) {
      nextAction[r] = forms.pick(pools.NEXT_ACTIONS);
      nextActionDue[r] = forms.chance(0.03) ? null : forms.date(day + forms.int(1, 30));
      nextActionOwner[r] = forms.pick(pools.OWNERS);
      const state = forms.option(forms.pick(STATUSES), "暂停");
      status[r] = state;
      if (state === "已延期") delayReason[r] = forms.chance(0.05) ? null : "客户出差";
    }
  }
  return builder.build(
    "跟进记录",
    FOLLOWUP_FIELDS.map((field) => ({ key: field.key, header: field.zh })),
  );
}
