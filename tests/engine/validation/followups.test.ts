import { formatDay } from "../../../src/engine/cells/calendar";
import { FOLLOWUP_FIELDS } from "../../../src/engine/schema/fields";
import { validateFollowUps } from "../../../src/engine/validation/followups";
import { validateLedger } from "../../../src/engine/validation/ledger";
import type { Row } from "./fixtures";
import { AS_OF, TODAY, context, excelRow, followUpTable, ledgerTable, rules, without } from "./fixtures";

// Customer 1 is valid; customer 2's row has an error (no owner) but still exists.
const ledger = validateLedger(ledgerTable([{}, { owner: null }]), context()).records;

function check(rows: readonly Row[], fields = FOLLOWUP_FIELDS) {
  return validateFollowUps(followUpTable(rows, fields), context(), ledger);
}

const day = (offset: number) => formatDay(TODAY + offset);

describe("validateFollowUps: records", () => {
  it("gives one valid record per non-blank row, with every field read", () => {
    const rows: Row[] = [
      { nextAction: "发送报价", nextActionDue: "2026-06-03" },
      { customerId: null, contactedAt: null, method: null, by: null, summary: null, status: null },
      {},
    ];
    const { records, findings } = check(rows);
    expect(findings).toEqual([]);
    expect(records.map((record) => record.sheetRow)).toEqual([excelRow(0), excelRow(2)]);
    expect(records[0]).toMatchObject({
      index: 0,
      valid: true,
      customerId: "YL-ZY-QZ-001",
      method: "电话",
      nextAction: "发送报价",
      status: "进行中",
    });
    expect(records[0].contactedAt! - Math.floor(records[0].contactedAt!)).toBeCloseTo((14.5 * 60) / 1440, 6);
  });
});

describe("validateFollowUps: customer", () => {
  it("accepts a customer whose only ledger row is invalid", () => {
    expect(check([{ customerId: "YL-ZY-QZ-002" }]).findings).toEqual([]);
  });

  it("rejects a customer the ledger does not have", () => {
    const { records, findings } = check([{ customerId: "YL-ZY-QZ-003" }]);
    expect(findings.map((finding) => [finding.field, finding.rule, finding.severity, finding.value])).toEqual(
      [["customerId", "followup.unknown-customer", "error", "YL-ZY-QZ-003"]],
    );
    expect(records[0].valid).toBe(false);
  });

  it("matches IDs after width folding", () => {
    expect(check([{ customerId: " ＹＬ-ZY-QZ-001 " }]).findings).toEqual([]);
  });

  it("requires the customer ID, placeholders included", () => {
    expect(rules(check([{ customerId: null }]).findings)).toEqual(["required.missing"]);
    expect(rules(check([{ customerId: "待定" }]).findings)).toEqual(["required.missing"]);
  });
});

describe("validateFollowUps: 跟进时间", () => {
  it("is required", () => {
    const { records, findings } = check([{ contactedAt: null }]);
    expect(findings.map((finding) => [finding.rule, finding.severity])).toEqual([
      ["required.missing", "error"],
    ]);
    expect(records[0].valid).toBe(false);
  });

  it.each<[string, string[]]>([
    [day(0), []],
    [`${day(0)} 23:59`, []],
    [day(1), ["followup.future"]],
    [`${day(1)} 00:01`, ["followup.future"]],
  ])("%s (today %s) → %j", (when, expected) => {
    expect(rules(check([{ contactedAt: when }]).findings)).toEqual(expected);
  });

  it("accepts a contact after the as-of date that is not after today", () => {
    const { records, findings } = check([{ contactedAt: formatDay(AS_OF + 1) }]);
    expect(findings).toEqual([]);
    expect(records[0].valid).toBe(true);
  });

  it("rejects a contact in the future with today's date in the message", () => {
    const [finding] = check([{ contactedAt: day(1) }]).findings;
    expect(finding.severity).toBe("error");
    expect(finding.message.zh).toContain(day(0));
  });

  it("rejects an unreadable time", () => {
    expect(rules(check([{ contactedAt: "26-5-1 14:30" }]).findings)).toEqual(["cell.two-digit-year"]);
  });
});

describe("validateFollowUps: next action and status", () => {
  it.each<[string, Row, string[]]>([
    ["action with due date", { nextAction: "回访", nextActionDue: "2026-06-02" }, []],
    ["action without due date", { nextAction: "回访" }, ["followup.next-due-missing"]],
    [
      "action with placeholder due date",
      { nextAction: "回访", nextActionDue: "待定" },
      ["followup.next-due-missing"],
    ],
    ["placeholder action without due date", { nextAction: "待定" }, []],
    ["no action, no due date", {}, []],
    ["postponed with reason", { status: "已延期", delayReason: "客户出差" }, []],
    ["postponed without reason", { status: "已延期" }, ["followup.delay-reason-missing"]],
    ["done without reason", { status: "已完成" }, []],
    ["unknown status", { status: "搁置" }, ["cell.not-an-option"]],
  ])("%s → %j", (_case, row, expected) => {
    const { records, findings } = check([row]);
    expect(rules(findings)).toEqual(expected);
    expect(
      findings.every((finding) => finding.severity === "warning" || finding.rule.startsWith("cell.")),
    ).toBe(true);
    expect(records[0].valid).toBe(!expected.some((rule) => rule.startsWith("cell.")));
  });

  it("reports an absent due-date column once when an action needs it", () => {
    const { findings } = check(
      [{ nextAction: "回访" }, { nextAction: "报价" }],
      without(FOLLOWUP_FIELDS, "nextActionDue"),
    );
    expect(findings.map((finding) => [finding.rule, finding.field, finding.row])).toEqual([
      ["sheet.missing-column", "nextActionDue", null],
    ]);
  });
});

describe("validateFollowUps: missing columns", () => {
  it("invalidates every row when the customer ID column is missing", () => {
    const { records, findings } = check([{}, {}], without(FOLLOWUP_FIELDS, "customerId"));
    expect(rules(findings)).toEqual(["sheet.missing-column"]);
    expect(records.map((record) => record.valid)).toEqual([false, false]);
  });
});
