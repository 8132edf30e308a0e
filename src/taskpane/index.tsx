/**
 * Entry of the task pane inside Excel. With the manifest's shared runtime this page also hosts
 * the ribbon commands, so they are registered here, once Office is ready.
 */
import { createRoot } from "react-dom/client";
import { withExcelWorkbook } from "../commands/excelWorkbook";
import { registerRibbonCommands } from "../commands/register";
import { App } from "./components/App";
import { createOfficeHost } from "./office/officeHost";

function registerCommands(): void {
  try {
    registerRibbonCommands(Office, withExcelWorkbook);
  } catch (error) {
    // Without the shared runtime Office runs the commands from commands.html instead.
    console.warn("Sales Radar: ribbon commands not registered from the pane", error);
  }
}

void Office.onReady(() => {
  const container = document.getElementById("root");
  if (container === null) return;
  registerCommands();
  createRoot(container).render(<App host={createOfficeHost()} />);
});
