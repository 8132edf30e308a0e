import { withExcelWorkbook } from "../../commands/excelWorkbook";
import { sharedRefreshStatus } from "../../commands/refreshStatus";
import { localToday } from "../../engine/cells/calendar";
import { capabilities, noticeFor } from "../../workbook/office/capabilities";
import { applyHighlightsInExcel, clearHighlightsInExcel } from "../../workbook/office/runInExcel";
import { insertSheetsThroughPort, type PaneHost } from "../host";
import { insertSheetsFromFile, selectExcelCell } from "./officeActions";
import { officeDisplayLanguage, officeTheme } from "./officeEnvironment";

/** The pane's host inside Excel: the office-js adapter, Excel's selection, Office's language and theme. */
export function createOfficeHost(): PaneHost {
  const found = capabilities();
  const { zh, en } = noticeFor("conditionalFormats");
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
    // Conditional formats (ExcelApi 1.6) carry the marks; without them the pane says why.
    highlights: {
      unavailable: found.conditionalFormats ? null : { zh, en },
      apply: async (findings) => {
        await applyHighlightsInExcel(findings);
      },
      clear: async () => {
        await clearHighlightsInExcel();
      },
    },
    // Without ExcelApi 1.13 the template's sheets still arrive, built through the port: not a
    // limitation worth a notice.
    limitations: async () =>
      found.notices
        .filter((notice) => notice.feature !== "insertWorksheets")
        .map(({ zh, en }) => ({ zh, en })),
  };
}
