import type { FieldDef, SheetDef, Severity } from "../schema/fields";
import type { SheetTable } from "../schema/table";
import type { Finding } from "./finding";
import type { FindingLog } from "./finding-log";
import { message } from "./messages";
import type { Bilingual } from "./messages";
import { RULE_SEVERITY } from "./rules";
import { columnLetters as columnLetter } from "../cells/columnLetters";

export { columnLetter };

type Place = Pick<Finding, "row" | "columnIndex" | "column" | "field" | "value">;

const WHOLE_SHEET: Place = { row: null, columnIndex: null, column: "", field: null, value: "" };

function sheetFinding(
  sheet: string,
  rule: Finding["rule"],
  severity: Severity,
  text: Bilingual,
  place: Place,
): Finding {
  return { sheet, ...place, rule, severity, message: text };
}

/**
 * A column the rules need is absent. `conditional`: the field is only needed by some rows (e.g.
 * 流失前阶段 when a customer is lost), reported once when such a row exists.
 */
export function missingColumnFinding(
  sheet: string,
  field: FieldDef,
  severity: Severity,
  conditional: boolean,
): Finding {
  const text = message("sheet.missing-column", {
    field: { zh: field.zh, en: field.en },
    blocking: !conditional && severity === "error",
    conditional,
  });
  return sheetFinding(sheet, "sheet.missing-column", severity, text, { ...WHOLE_SHEET, field: field.key });
}

/** The sheet the pipeline looked for is not in the workbook; the caller knows how much that matters. */
export function sheetNotFoundFinding(def: SheetDef, severity: Severity): Finding {
  const text = message("sheet.not-found", { sheet: { zh: def.zh, en: def.en } });
  return sheetFinding(def.zh, "sheet.not-found", severity, text, WHOLE_SHEET);
}

/** No row within the first `rows` names enough of the fields whose blank is an error. */
export function noHeaderFinding(sheet: string, fields: readonly FieldDef[], rows: number): Finding {
  const anchors = fields.filter((field) => field.required === "error");
  const headers = {
    zh: anchors.map((field) => field.zh).join("、"),
    en: anchors.map((field) => field.en).join(", "),
  };
  const text = message("sheet.no-header", { rows, headers });
  return sheetFinding(sheet, "sheet.no-header", RULE_SEVERITY["sheet.no-header"], text, WHOLE_SHEET);
}

/**
 * Findings about the table's shape: each missing column once, each ignored duplicate column once.
 * A missing error-required column makes every row unusable; any missing required column leaves
 * every row incomplete.
 */
export function reportTableShape(table: SheetTable, log: FindingLog): void {
  for (const field of table.missing) {
    if (field.required === undefined) continue;
    log.addSheetFinding(missingColumnFinding(table.sheet, field, field.required, false));
    if (field.required === "error") log.everyRowInvalid = true;
    log.incomplete.fill(1);
  }
  for (const duplicate of table.duplicates) {
    for (const index of duplicate.indexes.slice(1)) {
      const header = table.headers[index] ?? duplicate.header;
      const text = message("sheet.duplicate-column", {
        header,
        column: columnLetter(index),
        usedColumn: columnLetter(duplicate.indexes[0]),
      });
      // Placed on the ignored header cell so the report can link to it.
      const place = {
        row: table.headerRow,
        columnIndex: index,
        column: header,
        field: duplicate.field,
        value: header,
      };
      const severity = RULE_SEVERITY["sheet.duplicate-column"];
      log.addSheetFinding(sheetFinding(table.sheet, "sheet.duplicate-column", severity, text, place));
    }
  }
}
