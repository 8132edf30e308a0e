/**
 * Entry of commands.html, the ribbon commands' stand-alone function file: registers them with
 * Office once it is ready. Under the manifest's shared runtime Office loads taskpane.html
 * instead, whose entry registers the same commands through the same `registerRibbonCommands`.
 */
import { withExcelWorkbook } from "./excelWorkbook";
import { registerRibbonCommands } from "./register";

void Office.onReady(() => registerRibbonCommands(Office, withExcelWorkbook));
