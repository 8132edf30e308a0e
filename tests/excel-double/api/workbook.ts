import type { DoubleRequestContext } from "../core/context";
import { invalidArgument } from "../core/errors";
import { BagProxy } from "../core/bag";
import { DoubleProxy } from "../core/proxy";
import { dateSerial } from "../model/cellInput";
import type { DocumentPropertiesModel, WorkbookModel } from "../model/workbookModel";
import { insertWorksheetsFromBase64, type InsertWorksheetOptions } from "./insertSheets";
import { NamedItemCollectionProxy, SettingCollectionProxy } from "./settings";
import { TableCollectionProxy } from "./tables";
import { WorksheetCollectionProxy } from "./worksheets";

/** `context.workbook`. `use1904DateSystem` is left out: it is a preview-only API (ExcelApi BETA). */
export class WorkbookProxy extends DoubleProxy<WorkbookModel> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly application: ApplicationProxy;
  readonly settings: SettingCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly functions: FunctionsProxy;
  readonly properties: BagProxy<DocumentPropertiesModel>;

  constructor(context: DoubleRequestContext) {
    super(context, {
      path: "workbook",
      typeName: "Workbook",
      scalars: { name: { get: () => "Book1.xlsx" }, readOnly: { get: () => false } },
      navigations: ["worksheets", "application", "settings", "names", "tables", "properties"],
    });
    this.worksheets = new WorksheetCollectionProxy(context, this);
    this.application = new ApplicationProxy(context, this);
    this.settings = new SettingCollectionProxy(context, this);
    this.names = new NamedItemCollectionProxy(context, this);
    this.tables = new TableCollectionProxy(context, this, null);
    this.functions = new FunctionsProxy(context, this);
    const text = (key: keyof DocumentPropertiesModel) => ({
      get: (p: DocumentPropertiesModel) => p[key],
      set: (p: DocumentPropertiesModel, value: unknown) => {
        p[key] = String(value);
      },
    });
    this.properties = new BagProxy(
      context,
      {
        path: "workbook.properties",
        typeName: "DocumentProperties",
        parent: this,
        scalars: {
          title: text("title"),
          subject: text("subject"),
          author: text("author"),
          company: text("company"),
          comments: text("comments"),
        },
      },
      () => context.model.properties,
    );
  }

  protected locate(): WorkbookModel {
    return this.context.model;
  }

  /** ExcelApi 1.13: adds the sheets of an .xlsx file given as base64; see `insertSheets.ts`. */
  insertWorksheetsFromBase64(base64: string, options?: InsertWorksheetOptions) {
    return insertWorksheetsFromBase64(this.context, base64, options);
  }
}

export class ApplicationProxy extends DoubleProxy<WorkbookModel> {
  constructor(context: DoubleRequestContext, parent: WorkbookProxy) {
    super(context, {
      path: "workbook.application",
      typeName: "Application",
      parent,
      scalars: { calculationMode: { get: () => "Automatic" } },
    });
  }

  protected locate(): WorkbookModel {
    return this.context.model;
  }

  /** ExcelApi 1.6: recalculation waits until the next sync (counted, since the double never calculates). */
  suspendApiCalculationUntilNextSync(): void {
    this.queueCall("suspendApiCalculationUntilNextSync", [], () => {
      this.context.host.metrics.calculationSuspensions += 1;
    });
  }
}

/** `workbook.functions` (ExcelApi 1.2): worksheet functions evaluated without touching a cell. */
export class FunctionsProxy extends DoubleProxy<WorkbookModel> {
  constructor(context: DoubleRequestContext, parent: WorkbookProxy) {
    super(context, { path: "workbook.functions", typeName: "Functions", parent });
  }

  protected locate(): WorkbookModel {
    return this.context.model;
  }

  /** DATE(year, month, day) as a serial of the workbook's own date system. */
  date(year: number, month: number, day: number): FunctionResultProxy {
    return new FunctionResultProxy(this.context, this, `date(${year},${month},${day})`, () => {
      if (year < (this.context.model.date1904 ? 1904 : 1900)) return { value: null, error: "#NUM!" };
      return { value: dateSerial(year, month, day, this.context.model.date1904), error: null };
    });
  }
}

interface FunctionOutcome {
  readonly value: number | null;
  readonly error: string | null;
}

/** A function's result: a proxy whose `value` and `error` must be loaded, as in office-js. */
export class FunctionResultProxy extends DoubleProxy<FunctionOutcome> {
  constructor(
    context: DoubleRequestContext,
    parent: FunctionsProxy,
    call: string,
    private readonly compute: () => FunctionOutcome,
  ) {
    super(context, {
      path: `workbook.functions.${call}`,
      typeName: "FunctionResult",
      parent,
      scalars: { value: { get: (o) => o.value }, error: { get: (o) => o.error } },
    });
  }

  protected locate(): FunctionOutcome {
    return this.compute();
  }
}

export function requireString(value: unknown, what: string): string {
  if (typeof value !== "string") throw invalidArgument(`${what} must be text`);
  return value;
}
