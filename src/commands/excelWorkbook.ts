import { capabilities } from "../workbook/office/capabilities";
import { OfficeWorkbook } from "../workbook/office/officeWorkbook";

/**
 * Lends the open workbook to one refresh: the office adapter inside a single `Excel.run`, so the
 * whole refresh is one Undo step where Excel can group it (ExcelApi 1.20), and a click while the
 * user is typing in a cell waits for the edit to end instead of failing.
 */
export function withExcelWorkbook<T>(use: (workbook: OfficeWorkbook) => Promise<T>): Promise<T> {
  const host = capabilities();
  const options: Excel.RunOptions = { delayForCellEdit: true };
  if (host.undoGrouping) options.mergeUndoGroup = true;
  return Excel.run(options, (context) =>
    use(new OfficeWorkbook(context, { capabilities: host, undoGrouped: host.undoGrouping })),
  );
}
