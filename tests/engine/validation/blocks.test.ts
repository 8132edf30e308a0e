import fc from "fast-check";
import type { RawCell } from "../../../src/engine/cells/types";
import { FOLLOWUP_FIELDS, LEDGER_FIELDS, type FieldDef } from "../../../src/engine/schema/fields";
import { tableFromGrid, type SheetTable } from "../../../src/engine/schema/table";
import { validateFollowUps } from "../../../src/engine/validation/followups";
import { validateLedger } from "../../../src/engine/validation/ledger";
import { context, goodCustomer, goodFollowUp, grid, type Row } from "./fixtures";

/**
 * Sheets are read in blocks of rows (validation/block-column.ts): rules within a row run per
 * block, rules across rows once all blocks are read. Wherever the blocks end, the result must be
 * the same: the findings, their order, the records and the follow-ups' joins.
 */

const IDS = ["YL-ZY-QZ-001", "YL-ZY-QZ-002", "ZZ-DX-YX-003", "yl-zy-qz-004", "YL-ZY-QZ-005"];
const NAMES = ["华康医疗", "华康 医疗", "远航物流", "远航物流"];
const ODD: RawCell[] = [null, "", " ", "待确认", "TBD", { error: "#N/A" }, "乱写", -1, 0, "2024-02-30"];

const cellOf = (good: RawCell): fc.Arbitrary<RawCell> =>
  fc.oneof({ arbitrary: fc.constant(good), weight: 4 }, fc.constantFrom(...ODD));

const ledgerRow: fc.Arbitrary<Row> = fc
  .record({
    id: fc.constantFrom(...IDS, null),
    name: fc.constantFrom(...NAMES),
    stage: fc.constantFrom("潜在客户", "意向客户", "成交客户", "流失客户", "流失", "乱写", null),
    stageBeforeLoss: fc.constantFrom("谈判阶段", "流失客户", null, "待确认"),
    winProbability: cellOf("60%"),
    estimatedAmount: cellOf("50万"),
    firstPurchase: cellOf("2024-01-05"),
    lastPurchase: fc.constantFrom("2023-06-30", "2024-06-30", null),
    coreNeed: cellOf("降本"),
    phone: fc.constantFrom("13812345678", "+86 138 1234 5678", "010-12345678", "12345", null),
    blank: fc.boolean(),
  })
  .map(({ blank, ...row }) => (blank ? {} : { ...goodCustomer(1), ...row }));

const followUpRow: fc.Arbitrary<Row> = fc
  .record({
    customerId: fc.constantFrom(...IDS, "XX-XX-XX-999", null),
    contactedAt: cellOf("2026-05-10 14:30"),
    nextAction: fc.constantFrom("发报价", null),
    nextActionDue: cellOf("2026-05-20"),
    status: fc.constantFrom("进行中", "已延期", null),
    delayReason: fc.constantFrom("客户出差", null),
  })
  .map((row) => ({ ...goodFollowUp(1), ...row }));

/** Some sheets lack a column a rule needs now and then. */
const shown = (fields: readonly FieldDef[], dropped: readonly string[]) =>
  fields.filter((field) => !dropped.includes(field.key));

function table(
  sheet: string,
  fields: readonly FieldDef[],
  known: readonly FieldDef[],
  rows: Row[],
): SheetTable {
  const result = tableFromGrid(sheet, grid(fields, rows), known);
  if (result === null) throw new Error("no header");
  return result;
}

describe("validation in blocks", () => {
  it("gives the same ledger and follow-up results whatever the block size", () => {
    fc.assert(
      fc.property(
        fc.array(ledgerRow, { minLength: 1, maxLength: 40 }),
        fc.array(followUpRow, { maxLength: 40 }),
        fc.subarray(["stageBeforeLoss", "wonOn", "lossReason"]),
        fc.subarray(["delayReason", "nextActionDue"]),
        fc.integer({ min: 1, max: 9 }),
        (customers, followups, droppedLedger, droppedFollowUps, blockRows) => {
          const ctx = context();
          const ledger = table("客户台账", shown(LEDGER_FIELDS, droppedLedger), LEDGER_FIELDS, customers);
          const log = table("跟进记录", shown(FOLLOWUP_FIELDS, droppedFollowUps), FOLLOWUP_FIELDS, followups);
          const whole = validateLedger(ledger, ctx);
          const inBlocks = validateLedger(ledger, ctx, blockRows);
          expect(inBlocks.records).toEqual(whole.records);
          expect(inBlocks.findings).toEqual(whole.findings);
          for (const id of IDS) expect(inBlocks.rowOfId.get(id)).toBe(whole.rowOfId.get(id));
          const joined = validateFollowUps(log, ctx, whole.records, whole.rowOfId);
          expect(validateFollowUps(log, ctx, whole.records, whole.rowOfId, blockRows)).toEqual(joined);
          // Without the index from the ledger, follow-ups are joined through a map of their own.
          expect(validateFollowUps(log, ctx, whole.records, undefined, blockRows)).toEqual(joined);
        },
      ),
      { numRuns: 300 },
    );
  });
});
