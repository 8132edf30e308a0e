import {
  Caption1,
  FluentProvider,
  makeStyles,
  Subtitle2,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { SHEETS } from "../engine/schema/fields";
import { findSheet } from "../engine/schema/headers";
import { App } from "../taskpane/components/App";
import { SAMPLE_AS_OF } from "../template/sample";
import { createDemoHost } from "./demoHost";
import type { DemoWorkbook } from "./demoWorkbook";
import { WorkbookView } from "./grid/WorkbookView";
import { GridStore } from "./gridStore";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  top: {
    display: "flex",
    alignItems: "baseline",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  main: { display: "flex", flexGrow: 1, minHeight: 0, overflow: "hidden" },
  pane: {
    width: "360px",
    flexShrink: 0,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow8,
    minHeight: 0,
  },
});

/** The whole job without Excel: the sample workbook on the left, the real task pane on the right. */
export function DemoApp({ workbook }: { readonly workbook: DemoWorkbook }) {
  const styles = useStyles();
  // Opens on the ledger: the sheet a refresh writes its scores beside.
  const grid = useMemo(() => {
    const names = workbook.sheetNames();
    return new GridStore(findSheet(names, SHEETS.ledger) ?? names[0] ?? "");
  }, [workbook]);
  const host = useMemo(() => createDemoHost(workbook, grid), [workbook, grid]);
  return (
    <FluentProvider theme={host.theme === "dark" ? webDarkTheme : webLightTheme} className={styles.page}>
      <header className={styles.top}>
        <Subtitle2 as="h1">销售雷达 · 浏览器演示 Sales Radar browser demo</Subtitle2>
        <Caption1>
          示例工作簿,截至 {SAMPLE_AS_OF};数据只在本页内存中,重新加载即恢复 · Sample workbook as of{" "}
          {SAMPLE_AS_OF}; kept in this page only, reload to start over
        </Caption1>
      </header>
      <div className={styles.main}>
        <WorkbookView workbook={workbook} grid={grid} />
        <aside className={styles.pane} aria-label="任务窗格 Task pane">
          <App host={host} />
        </aside>
      </div>
    </FluentProvider>
  );
}
