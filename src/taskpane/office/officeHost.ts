import { withExcelWorkbook } from "../../commands/excelWorkbook";
import { sharedRefreshStatus } from "../../commands/refreshStatus";
import { localToday } from "../../engine/cells/calendar";
import { capabilities } from "../../workbook/office/capabilities";
import { insertSheetsThroughPort, type PaneHost } from "../host";
import { insertSheetsFromFile, selectExcelCell } from "./officeActions";
import { officeDisplayLanguage, officeTheme } from "./officeEnvironment";

/** The pane's host inside Excel: the office-js adapter, Excel's selection, Office's language and theme. */
export function createOfficeHost(): PaneHost {
  const found = capabilities();
  return {
    withWorkbook: withExcelWorkbook,
    refreshStatus: sharedRefreshStatus(),
    locale: officeDisplayLanguage(),
    theme: officeTheme(),
    today: () => localToday(),
    selectCell: selectExcelCell,
    insertSheets: (template, names) =>
      found.insertWorksheets
        ? insertSheetsFromFile(template, names)
        : withExcelWorkbook((port) => insertSheetsThroughPort(port, template, names)),
    // Without ExcelApi 1.13 the template's sheets still arrive, built through the port: not a
    // limitation worth a notice.
    limitations: async () =>
      found.notices
        .filter((notice) => notice.feature !== "insertWorksheets")
        .map(({ zh, en }) => ({ zh, en })),
  };
}
