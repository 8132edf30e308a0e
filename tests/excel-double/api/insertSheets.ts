import type { RawCell } from "../../../src/engine/cells/types";
import { openXlsx } from "../../../src/workbook/xlsx";
import type { DoubleRequestContext } from "../core/context";
import { DoubleOfficeError, invalidArgument } from "../core/errors";
import { DoubleClientResult } from "../core/proxy";
import type { WorkbookModel } from "../model/workbookModel";

/** `Excel.InsertWorksheetOptions` as the double understands it; `relativeTo` by name or ID. */
export interface InsertWorksheetOptions {
  readonly sheetNamesToInsert?: readonly string[];
  readonly positionType?: string;
  readonly relativeTo?: string;
}

interface TemplateSheet {
  readonly name: string;
  readonly rows: RawCell[][];
}

/** The file's sheets as values, in the file's tab order; the named ones only when names are given. */
async function readSheets(base64: string, names: readonly string[] | undefined): Promise<TemplateSheet[]> {
  const file = openXlsx(new Uint8Array(Buffer.from(base64, "base64")));
  const inFile = await file.listSheets();
  const missing = (names ?? []).filter((name) => !inFile.includes(name));
  if (missing.length > 0) throw invalidArgument(`The file has no sheet named ${missing.join(", ")}.`);
  const wanted = names === undefined || names.length === 0 ? inFile : inFile.filter((n) => names.includes(n));
  const sheets: TemplateSheet[] = [];
  for (const name of wanted) {
    const size = await file.usedSize(name);
    sheets.push({ name, rows: size.rows === 0 ? [] : await file.readTop(name, size.rows) });
  }
  return sheets;
}

/** Excel keeps both sheets when a name is taken: the inserted one becomes `Name (2)`. */
function freeName(model: WorkbookModel, name: string): string {
  if (!model.sheet(name)) return name;
  for (let n = 2; ; n++) if (!model.sheet(`${name} (${n})`)) return `${name} (${n})`;
}

/** Where the inserted sheets go in the tab order, as `positionType` and `relativeTo` say. */
function insertionIndex(model: WorkbookModel, options: InsertWorksheetOptions, before: number): number {
  const position = options.positionType ?? "None";
  if (position === "None" || position === "Beginning") return 0;
  if (position === "End") return before;
  if (position !== "Before" && position !== "After") throw invalidArgument(`positionType ${position}`);
  if (typeof options.relativeTo !== "string") throw invalidArgument("relativeTo must name a sheet");
  const key = options.relativeTo;
  const anchor = model.sheetById(key) ?? model.requireSheet(key);
  const at = model.sheets.indexOf(anchor);
  return position === "Before" ? at : at + 1;
}

/**
 * `Workbook.insertWorksheetsFromBase64` (ExcelApi 1.13): the file is parsed before the batch
 * runs (Excel parses it on the host), then its sheets' values join the workbook at sync. The
 * result holds the new sheets' IDs. Formatting and tables are not modelled: values only.
 */
export function insertWorksheetsFromBase64(
  context: DoubleRequestContext,
  base64: string,
  options: InsertWorksheetOptions = {},
): DoubleClientResult<string[]> {
  const result = new DoubleClientResult<string[]>();
  const names = options.sheetNamesToInsert;
  let parsed: TemplateSheet[] | null = null;
  let failure: unknown = null;
  context.prepare(
    readSheets(base64, names).then(
      (sheets) => {
        parsed = sheets;
      },
      (error: unknown) => {
        failure = error instanceof DoubleOfficeError ? error : invalidArgument(String(error));
      },
    ),
  );
  context.enqueue({
    statement: { action: "call", name: "insertWorksheetsFromBase64", args: [base64.length, options] },
    writes: true,
    undoable: true,
    run: () => {
      context.requireApi("1.13", "workbook.insertWorksheetsFromBase64");
      if (failure !== null) throw failure;
      if (parsed === null) throw invalidArgument("The file could not be read.");
      const model = context.model;
      const at = insertionIndex(model, options, model.sheets.length);
      const added = parsed.map((sheet) => model.addSheet(freeName(model, sheet.name), sheet.rows));
      // addSheet appends: move the new sheets to their place, in the file's order.
      model.sheets.splice(model.sheets.length - added.length, added.length);
      model.sheets.splice(at, 0, ...added);
      const ids = added.map((sheet) => sheet.id);
      return { data: ids, cells: 0, commit: () => result.resolve(ids) };
    },
  });
  return result;
}
