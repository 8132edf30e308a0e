import { dayFromYmd } from "../../../src/engine/cells/calendar";
import { LEDGER_FIELDS } from "../../../src/engine/schema/fields";
import { tableFromGrid } from "../../../src/engine/schema/table";
import { validateLedger } from "../../../src/engine/validation/ledger";
import { context, excelRow, grid, goodCustomer, ledgerTable, rules, without } from "./fixtures";

describe("validateLedger: a clean ledger", () => {
  const { records, findings } = validateLedger(
    ledgerTable([{}, { stage: "成交客户", wonOn: "2025-01-02", id: "YL-ZY-CJ-002" }]),
    context(),
  );

  it("has no findings and one valid, complete record per row", () => {
    expect(findings).toEqual([]);
    expect(records.map((record) => [record.index, record.sheetRow, record.valid, record.incomplete])).toEqual(
      [
        [0, 2, true, false],
        [1, 3, true, false],
      ],
    );
  });

  it("holds every field as read by its parser", () => {
    expect(records[0]).toMatchObject({
      id: "YL-ZY-QZ-001",
      name: "华康医疗1号",
      industry: "医疗-器械",
      size: "中型",
      employees: 120,
      revenue: 5000,
      stage: "lead",
      stageBeforeLoss: null,
      estimatedAmount: 30,
      winProbability: null,
      paymentDays: 30,
      owner: "张三",
      createdOn: dayFromYmd(2024, 3, 15),
    });
    expect(records[1].stage).toBe("won");
    expect(records[1].wonOn).toBe(dayFromYmd(2025, 1, 2));
  });

  it("keeps the other fields as text by field key", () => {
    expect(records[0].text).toMatchObject({
      source: "展会",
      phone: "13812345678",
      urgency: "高",
      lifecycle: null,
    });
    expect(Object.keys(records[0].text)).not.toContain("stage");
  });
});

describe("validateLedger: blank rows", () => {
  it("skips rows blank in every column read, silently", () => {
    const blankRow = Object.fromEntries(
      LEDGER_FIELDS.map((field) => [field.key, field.key === "name" ? "  　" : null]),
    );
    const { records, findings } = validateLedger(
      ledgerTable([{}, blankRow, {}].map((row, i) => (i === 2 ? { id: "YL-ZY-QZ-003" } : row))),
      context(),
    );
    expect(findings).toEqual([]);
    expect(records.map((record) => record.sheetRow)).toEqual([2, 4]);
    expect(records.map((record) => record.index)).toEqual([0, 2]);
  });

  it("ignores content in unknown columns when deciding whether a row is blank", () => {
    const sheet = grid(LEDGER_FIELDS, [goodCustomer(1), {}]);
    sheet[0].push("备注");
    sheet[2].push("只有备注");
    const { records } = validateLedger(tableFromGrid("客户台账", sheet, LEDGER_FIELDS)!, context());
    expect(records).toHaveLength(1);
  });

  it("keeps a row that holds only a placeholder", () => {
    const onlyPlaceholder = Object.fromEntries(
      LEDGER_FIELDS.map((field) => [field.key, field.key === "region" ? "待定" : null]),
    );
    const { records } = validateLedger(ledgerTable([onlyPlaceholder]), context());
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ valid: false, incomplete: true });
  });
});

describe("validateLedger: required fields", () => {
  it.each(["id", "name", "industry", "stage", "owner", "createdOn"])("a blank %s is an error", (key) => {
    const { records, findings } = validateLedger(ledgerTable([{ [key]: null }]), context());
    expect(findings.map((finding) => [finding.field, finding.rule, finding.severity])).toEqual([
      [key, "required.missing", "error"],
    ]);
    expect(records[0]).toMatchObject({ valid: false, incomplete: true });
  });

  it.each([
    "region",
    "size",
    "estimatedAmount",
    "decisionMaker",
    "title",
    "phone",
    "coreNeed",
    "urgency",
    "budget",
  ])("a blank %s is a warning and the row stays valid", (key) => {
    const { records, findings } = validateLedger(ledgerTable([{ [key]: "" }]), context());
    expect(findings.map((finding) => [finding.field, finding.rule, finding.severity])).toEqual([
      [key, "required.missing", "warning"],
    ]);
    expect(records[0]).toMatchObject({ valid: true, incomplete: true });
  });

  it("treats a placeholder in a required field as blank and says so", () => {
    const { records, findings } = validateLedger(ledgerTable([{ owner: "TBD" }]), context());
    expect(rules(findings)).toEqual(["required.missing"]);
    expect(findings[0].value).toBe("TBD");
    expect(findings[0].message.zh).toContain("占位内容「TBD」");
    expect(records[0]).toMatchObject({ valid: false, incomplete: true, owner: null });
  });

  it("marks a placeholder in an optional field incomplete without a finding", () => {
    const { records, findings } = validateLedger(ledgerTable([{ lifecycle: "未知" }]), context());
    expect(findings).toEqual([]);
    expect(records[0]).toMatchObject({ valid: true, incomplete: true });
  });

  it("leaves a blank optional field alone", () => {
    const { records, findings } = validateLedger(
      ledgerTable([{ employees: null, satisfaction: "" }]),
      context(),
    );
    expect(findings).toEqual([]);
    expect(records[0].incomplete).toBe(false);
  });

  it("uses the configured placeholders", () => {
    const config = { ...context().config, placeholders: ["暂无"] };
    const { findings } = validateLedger(
      ledgerTable([{ region: "暂无", lifecycle: "待确认" }]),
      context(config),
    );
    expect(rules(findings)).toEqual(["required.missing", "cell.not-an-option"]);
  });
});

describe("validateLedger: missing and duplicated columns", () => {
  it("reports a missing error-required column once and invalidates every row without per-row findings", () => {
    const { records, findings } = validateLedger(
      ledgerTable([{}, {}], without(LEDGER_FIELDS, "owner")),
      context(),
    );
    expect(findings.map((finding) => [finding.rule, finding.field, finding.row, finding.severity])).toEqual([
      ["sheet.missing-column", "owner", null, "error"],
    ]);
    expect(records.map((record) => [record.valid, record.incomplete, record.owner])).toEqual([
      [false, true, null],
      [false, true, null],
    ]);
  });

  it("reports a missing warning-required column once and keeps the rows valid", () => {
    const { records, findings } = validateLedger(
      ledgerTable([{}, {}], without(LEDGER_FIELDS, "region")),
      context(),
    );
    expect(findings.map((finding) => [finding.rule, finding.field, finding.severity])).toEqual([
      ["sheet.missing-column", "region", "warning"],
    ]);
    expect(records.every((record) => record.valid && record.incomplete)).toBe(true);
  });

  it("says nothing about a missing optional column", () => {
    const { records, findings } = validateLedger(
      ledgerTable([{}], without(LEDGER_FIELDS, "lifecycle", "source")),
      context(),
    );
    expect(findings).toEqual([]);
    expect(records[0]).toMatchObject({ valid: true, incomplete: false });
    expect(records[0].text.source).toBeNull();
  });

  it("warns once per ignored duplicate column and reads the first", () => {
    const sheet = grid(LEDGER_FIELDS, [goodCustomer(1)]);
    sheet[0].push("负责人", "Owner");
    sheet[1].push("王五", "赵六");
    const { records, findings } = validateLedger(tableFromGrid("客户台账", sheet, LEDGER_FIELDS)!, context());
    const last = LEDGER_FIELDS.length;
    expect(
      findings.map((finding) => [
        finding.rule,
        finding.severity,
        finding.row,
        finding.columnIndex,
        finding.column,
      ]),
    ).toEqual([
      ["sheet.duplicate-column", "warning", 1, last, "负责人"],
      ["sheet.duplicate-column", "warning", 1, last + 1, "Owner"],
    ]);
    expect(records[0]).toMatchObject({ owner: "张三", valid: true });
  });
});

describe("validateLedger: findings", () => {
  it("lists sheet findings first, then by row and column", () => {
    const table = ledgerTable(
      [{ createdOn: "x", name: null }, { employees: -1 }],
      without(LEDGER_FIELDS, "region"),
    );
    const { findings } = validateLedger(table, context());
    expect(findings.map((finding) => [finding.row, finding.field])).toEqual([
      [null, "region"],
      [excelRow(0), "name"],
      [excelRow(0), "createdOn"],
      [excelRow(1), "employees"],
    ]);
  });

  it("numbers rows from the header's position", () => {
    const sheet = [
      ["客户清单"],
      [],
      ...grid(LEDGER_FIELDS, [goodCustomer(1), { ...goodCustomer(2), owner: null }]),
    ];
    const { records, findings } = validateLedger(tableFromGrid("台账", sheet, LEDGER_FIELDS)!, context());
    expect(records.map((record) => record.sheetRow)).toEqual([4, 5]);
    expect(findings.map((finding) => [finding.sheet, finding.row])).toEqual([["台账", 5]]);
  });

  it("reads English headers in any order", () => {
    const fields = [...LEDGER_FIELDS].reverse();
    const sheet = [fields.map((field) => field.en), ...grid(fields, [goodCustomer(1)]).slice(1)];
    const { records, findings } = validateLedger(
      tableFromGrid("Customers", sheet, LEDGER_FIELDS)!,
      context(),
    );
    expect(findings).toEqual([]);
    expect(records[0]).toMatchObject({ id: "YL-ZY-QZ-001", valid: true });
  });
});
