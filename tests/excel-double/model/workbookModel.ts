import { ErrorCodes, invalidArgument, itemNotFound, officeError } from "../core/errors";
import { SheetModel, type SeedCell } from "./sheetModel";

const FORBIDDEN_IN_NAME = /[[\]:*?/\\]/;

export interface NamedItemModel {
  formula: string;
  comment: string;
}

export interface DocumentPropertiesModel {
  title: string;
  subject: string;
  author: string;
  company: string;
  comments: string;
}

/**
 * The workbook behind the double: sheets in tab order, the add-in's settings, defined names,
 * document properties and the date system. Tests seed and inspect it directly; add-in code only
 * reaches it through the office-js proxies.
 */
export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly settings = new Map<string, unknown>();
  readonly names = new Map<string, NamedItemModel>();
  readonly properties: DocumentPropertiesModel = {
    title: "",
    subject: "",
    author: "",
    company: "",
    comments: "",
  };
  date1904 = false;
  /** The sheet the user is looking at; the first sheet when unset. */
  activeSheetId: string | null = null;
  private lastId = 0;

  newId(prefix: string): string {
    this.lastId += 1;
    return `{${prefix}-${this.lastId}}`;
  }

  sheet(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  requireSheet(name: string): SheetModel {
    const sheet = this.sheet(name);
    if (!sheet) throw itemNotFound(`worksheet "${name}"`);
    return sheet;
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Adds a sheet at the end, named as Excel would (`Sheet2`…) when no name is given. */
  addSheet(name?: string, rows?: readonly (readonly SeedCell[])[], id = this.newId("sheet")): SheetModel {
    const finalName = name ?? this.freeSheetName();
    checkSheetName(finalName);
    if (this.sheet(finalName))
      throw officeError(ErrorCodes.itemAlreadyExists, `A sheet named "${finalName}" already exists.`);
    const sheet = new SheetModel(id, finalName, () => this.date1904);
    if (rows) sheet.seed(rows);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Deletes a sheet; formulas elsewhere that pointed at it now say #REF!, as in Excel. */
  deleteSheet(name: string): void {
    const sheet = this.requireSheet(name);
    if (this.sheets.filter((s) => s.visibility === "Visible").length <= 1 && sheet.visibility === "Visible") {
      throw officeError(ErrorCodes.invalidOperation, "A workbook must keep at least one visible sheet.");
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheetId === sheet.id) this.activeSheetId = null;
    const reference = new RegExp(
      `(?:'${escape(sheet.name.replace(/'/g, "''"))}'|${escape(sheet.name)})!\\$?[A-Z]+\\$?\\d+(?::\\$?[A-Z]+\\$?\\d+)?`,
      "gi",
    );
    for (const other of this.sheets) {
      other.formulas.forEach((formula, r, c) => {
        const broken = formula.replace(reference, "#REF!");
        if (broken === formula) return;
        other.formulas.set(r, c, broken);
        other.values.set(r, c, { error: "#REF!" });
      });
    }
  }

  activeSheet(): SheetModel | undefined {
    return (
      this.sheets.find((s) => s.id === this.activeSheetId) ??
      this.sheets.find((s) => s.visibility === "Visible")
    );
  }

  renameSheet(sheet: SheetModel, name: string): void {
    checkSheetName(name);
    const other = this.sheet(name);
    if (other && other !== sheet)
      throw officeError(ErrorCodes.itemAlreadyExists, `A sheet named "${name}" already exists.`);
    sheet.name = name;
  }

  private freeSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) if (!this.sheet(`Sheet${n}`)) return `Sheet${n}`;
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function checkSheetName(name: string): void {
  if (
    name.trim() === "" ||
    name.length > 31 ||
    FORBIDDEN_IN_NAME.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    throw invalidArgument(`sheet name "${name}"`);
  }
}
