import fc from "fast-check";
import type { RawCell } from "../../../src/engine/cells/types";
import { FOLLOWUP_FIELDS, LEDGER_FIELDS } from "../../../src/engine/schema/fields";
import type { FieldDef, Severity } from "../../../src/engine/schema/fields";
import { tableFromGrid } from "../../../src/engine/schema/table";
import { validateFollowUps } from "../../../src/engine/validation/followups";
import { validateLedger } from "../../../src/engine/validation/ledger";
import { context } from "./fixtures";

/** A cell whose verdict is known: the one rule it must trigger, or null for none. */
interface Sample {
  readonly cell: RawCell;
  readonly rule: string | null;
  /** For industry and size: the code an ID must carry to agree with this value. */
  readonly code?: string;
}

const fine = (...cells: RawCell[]): Sample[] => cells.map((cell) => ({ cell, rule: null }));
const bad = (rule: string, ...cells: RawCell[]): Sample[] => cells.map((cell) => ({ cell, rule }));
const ERRORS = bad("cell.excel-error", { error: "#VALUE!" }, { error: "#N/A" });

function blanks(field: FieldDef): Sample[] {
  const cells: RawCell[] = [null, "", "  ", "待确认", "TBD"];
  return field.required === undefined ? fine(...cells) : bad("required.missing", ...cells);
}

const BY_TYPE: Partial<Record<FieldDef["type"], Sample[]>> = {
  text: fine("文本", "A 公司", 42),
  integer: [
    ...fine(0, 5, "12人"),
    ...bad("cell.negative", -1),
    ...bad("cell.not-an-integer", 1.5),
    ...bad("cell.not-a-number", "很多"),
  ],
  amount: [...fine(0, "50万", "1.2亿", 3), ...bad("cell.not-a-number", "五十"), ...bad("cell.negative", -2)],
  percent: [
    ...fine(0, "60%", 1),
    ...bad("cell.percent-out-of-range", "150%"),
    ...bad("cell.not-a-percent", "高"),
  ],
  date: [
    ...fine("2024-03-15", "2024/3/15", 45366),
    ...bad("cell.two-digit-year", "24-3-15"),
    ...bad("cell.day-first", "15/03/2024"),
    ...bad("cell.impossible-date", "2024-02-30"),
    ...bad("cell.not-a-date", "下周"),
  ],
  phone: [...fine("13812345678", "010-12345678"), ...bad("phone.invalid", "12345")],
  satisfaction: [...fine(1, 5), ...bad("cell.out-of-range", 0, 6), ...bad("cell.not-a-number", "好")],
};

/** Values with a meaning for other rules get samples of their own; purchase dates stay in order. */
const BY_KEY: Record<string, Sample[]> = {
  industry: [
    { cell: "医疗-器械", rule: null, code: "YL" },
    { cell: "制造业-汽车零部件", rule: null, code: "ZZ" },
    { cell: "零售业", rule: null, code: "LS" },
  ],
  size: [
    { cell: "大型", rule: null, code: "DX" },
    { cell: "中型", rule: null, code: "ZY" },
    ...bad("cell.not-an-option", "超大"),
  ],
  stage: [...fine("潜在客户", "潜在", "lead"), ...bad("cell.not-an-option", "初步接洽")],
  stageBeforeLoss: [
    ...fine("谈判阶段"),
    ...bad("cell.not-an-option", "乱写"),
    ...bad("stage.before-loss-is-lost", "流失客户"),
  ],
  firstPurchase: [...fine("2020-01-01"), ...bad("cell.not-a-date", "去年")],
  lastPurchase: [...fine("2023-06-30"), ...bad("cell.two-digit-year", "23-6-30")],
  wonOn: fine("2024-05-01"),
};

function samplesFor(field: FieldDef): Sample[] {
  const own = BY_KEY[field.key] ?? (field.type === "enum" ? enumSamples(field) : BY_TYPE[field.type]) ?? [];
  return [...own, ...blanks(field), ...ERRORS];
}

function enumSamples(field: FieldDef): Sample[] {
  const options = context().config.codes.lists[field.list ?? ""] ?? [];
  return [...fine(...options), ...bad("cell.not-an-option", "不存在的选项")];
}

const OTHER_FIELDS = LEDGER_FIELDS.filter((field) => field.key !== "id" && field.key !== "name");
const ID_KINDS = ["good", "good", "good", "pattern", "blank", "error"] as const;
const NAME_KINDS = ["good", "good", "blank", "placeholder", "error"] as const;

const rowArbitrary = fc.record({
  // About one row in five is left entirely blank.
  blankRow: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  id: fc.constantFrom(...ID_KINDS),
  name: fc.constantFrom(...NAME_KINDS),
  cells: fc.tuple(...OTHER_FIELDS.map((field) => fc.constantFrom(...samplesFor(field)))),
});

type GeneratedRow = typeof rowArbitrary extends fc.Arbitrary<infer T> ? T : never;

function idSample(row: GeneratedRow, n: number, byKey: Map<string, Sample>): Sample {
  const seq = String(n).padStart(3, "0");
  const industry = byKey.get("industry")?.code ?? "YL";
  const size = byKey.get("size")?.code ?? "ZY";
  switch (row.id) {
    case "good":
      return { cell: `${industry}-${size}-QZ-${seq}`, rule: null };
    case "pattern":
      return { cell: `坏编号${seq}`, rule: "id.pattern" };
    case "blank":
      return { cell: null, rule: "required.missing" };
    case "error":
      return ERRORS[0];
  }
}

function nameSample(row: GeneratedRow, n: number): Sample {
  switch (row.name) {
    case "good":
      return { cell: `客户${n}`, rule: null };
    case "blank":
      return { cell: "", rule: "required.missing" };
    case "placeholder":
      return { cell: "待定", rule: "required.missing" };
    case "error":
      return ERRORS[1];
  }
}

/** The row's samples in LEDGER_FIELDS order, or null for a row left entirely blank. */
function rowSamples(row: GeneratedRow, n: number): Sample[] | null {
  if (row.blankRow) return null;
  const byKey = new Map(OTHER_FIELDS.map((field, i) => [field.key, row.cells[i]]));
  byKey.set("id", idSample(row, n, byKey));
  byKey.set("name", nameSample(row, n));
  return LEDGER_FIELDS.map((field) => byKey.get(field.key)!);
}

const isEmpty = (cell: RawCell) => cell === null || (typeof cell === "string" && cell.trim() === "");

function severityOf(rule: string, field: FieldDef): Severity {
  if (rule === "required.missing") return field.required ?? "warning";
  return rule === "phone.invalid" ? "warning" : "error";
}

describe("validateLedger on generated ledgers", () => {
  it("reports every bad cell exactly once and nothing else", () => {
    fc.assert(
      fc.property(fc.array(rowArbitrary, { minLength: 1, maxLength: 8 }), (rows) => {
        const samples = rows.map((row, i) => rowSamples(row, i + 1));
        const grid: RawCell[][] = [
          LEDGER_FIELDS.map((field) => field.zh),
          ...samples.map((row) =>
            row === null ? LEDGER_FIELDS.map(() => null) : row.map((sample) => sample.cell),
          ),
        ];
        const { records, findings } = validateLedger(
          tableFromGrid("客户台账", grid, LEDGER_FIELDS)!,
          context(),
        );

        const expected = new Map<string, string>();
        const expectedRecords: { sheetRow: number; valid: boolean }[] = [];
        samples.forEach((row, i) => {
          if (row === null || row.every((sample) => isEmpty(sample.cell))) return;
          let valid = true;
          row.forEach((sample, column) => {
            if (sample.rule === null) return;
            expected.set(`${i + 2}:${column}`, sample.rule);
            if (severityOf(sample.rule, LEDGER_FIELDS[column]) === "error") valid = false;
          });
          expectedRecords.push({ sheetRow: i + 2, valid });
        });

        // Plain checks inside the loop: a jest `expect` per finding would dominate the run time.
        const found = new Map<string, string>();
        const problems: string[] = [];
        for (const finding of findings) {
          const key = `${finding.row}:${finding.columnIndex}`;
          if (found.has(key)) problems.push(`two findings on ${key}`);
          found.set(key, finding.rule);
          const field = LEDGER_FIELDS[finding.columnIndex ?? -1];
          if (field === undefined || finding.severity !== severityOf(finding.rule, field))
            problems.push(`severity of ${key}`);
        }
        expect(problems).toEqual([]);
        expect(found).toEqual(expected);
        expect(records.map(({ sheetRow, valid }) => ({ sheetRow, valid }))).toEqual(expectedRecords);
      }),
      { numRuns: 100 },
    );
  });
});

const anyCell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("待确认", "2024-03-15", "24/3/15", "YL-ZY-YX-001", "流失客户", "已延期", "60%", "１２３"),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 60000 }),
  fc.boolean(),
  fc.constantFrom<RawCell>({ error: "#N/A" }, { error: "#DIV/0!" }),
);

/** Every error-required header, any of the others plus unknown ones, in any order; rows of anything. */
function messyGrid(fields: readonly FieldDef[]) {
  const anchors = fields.filter((field) => field.required === "error").map((field) => field.zh);
  const others = [
    ...fields.filter((field) => field.required !== "error").map((field) => field.zh),
    "备注",
    "Extra",
  ];
  const headers = fc
    .subarray(others)
    .chain((chosen) =>
      fc.shuffledSubarray([...anchors, ...chosen], { minLength: anchors.length + chosen.length }),
    );
  const rows = fc.array(fc.array(anyCell, { maxLength: fields.length + 2 }), { maxLength: 8 });
  return fc.tuple(headers, rows).map(([header, body]) => [header as RawCell[], ...body]);
}

describe("validation never throws", () => {
  it("on messy ledgers and follow-up logs, and every finding points inside the sheet", () => {
    fc.assert(
      fc.property(messyGrid(LEDGER_FIELDS), messyGrid(FOLLOWUP_FIELDS), (ledgerGrid, followUpGrid) => {
        const ledger = validateLedger(tableFromGrid("客户台账", ledgerGrid, LEDGER_FIELDS)!, context());
        const followups = validateFollowUps(
          tableFromGrid("跟进记录", followUpGrid, FOLLOWUP_FIELDS)!,
          context(),
          ledger.records,
        );
        const problems: string[] = [];
        for (const [result, grid] of [
          [ledger, ledgerGrid],
          [followups, followUpGrid],
        ] as const) {
          for (const finding of result.findings) {
            if (finding.row !== null && finding.row > grid.length)
              problems.push(`row ${finding.row} outside the sheet`);
            if (finding.message.zh === "" || finding.message.en === "")
              problems.push(`no message for ${finding.rule}`);
          }
          if (result.records.length > grid.length - 1) problems.push("more records than rows");
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
