import { createRoot } from "react-dom/client";
import { DemoApp } from "./DemoApp";
import { loadSampleWorkbook } from "./loadSample";

const container = document.getElementById("root");
if (container === null) throw new Error("demo.html has no #root");
const root = createRoot(container);

loadSampleWorkbook().then(
  (workbook) => root.render(<DemoApp workbook={workbook} />),
  (error: unknown) => {
    // Shown as text: the page has nothing else to show without its sample.
    const message = error instanceof Error ? error.message : String(error);
    container.textContent = `无法加载示例工作簿 · Could not load the sample workbook: ${message}`;
  },
);
