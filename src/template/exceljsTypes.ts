import type { DataValidation } from "exceljs";

/**
 * exceljs 4 reads and writes validations by range (`worksheet.dataValidations`) and prompt-only
 * validations (type "any"), but its typings know neither; this declares what the runtime has.
 */
export type RangeValidation = Omit<DataValidation, "type"> & { type: DataValidation["type"] | "any" };

declare module "exceljs" {
  interface Worksheet {
    readonly dataValidations: {
      add(address: string, validation: RangeValidation): RangeValidation;
      find(address: string): RangeValidation | undefined;
      /** Keyed by address; a workbook read from disk has one entry per cell. */
      readonly model: Readonly<Record<string, RangeValidation | undefined>>;
    };
  }
}
