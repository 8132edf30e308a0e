import type { WorkbookPort } from "../../src/workbook/port";
import type { WorkbookModel } from "./model/workbookModel";

/**
 * Copies every sheet of another workbook adapter (e.g. `openXlsx` of a file) into the double's
 * model: values and error cells as the adapter reads them, and the date system.
 */
export async function seedFromPort(model: WorkbookModel, port: WorkbookPort): Promise<void> {
  model.date1904 = await port.uses1904Dates();
  for (const name of await port.listSheets()) {
    const size = await port.usedSize(name);
    const rows = size.rows === 0 ? [] : await port.readTop(name, size.rows);
    model.addSheet(name, rows);
  }
}
