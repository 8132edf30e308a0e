import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Sparkle16Regular } from "@fluentui/react-icons";
import { useMemo, useSyncExternalStore } from "react";
import { sheetA1 } from "../../workbook/cellRef";
import type { DemoWorkbook } from "../demoWorkbook";
import type { GridStore } from "../gridStore";
import { cellText, columnFormats, formatOfNumberFormat } from "./cellDisplay";
import { SheetGrid } from "./SheetGrid";

const useStyles = makeStyles({
  view: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    minHeight: 0,
    flexGrow: 1,
    // Only the grid gives way to the window's height; bars and tabs keep theirs.
    "& > *": { flexShrink: 0 },
  },
  bar: {
    display: "flex",
    alignItems: "stretch",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  nameBox: {
    minWidth: "160px",
    padding: `2px ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
  valueBox: {
    flexGrow: 1,
    minWidth: 0,
    padding: `2px ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  notes: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground2,
  },
  swatch: {
    display: "inline-block",
    width: "12px",
    height: "12px",
    marginRight: tokens.spacingHorizontalXS,
    verticalAlign: "middle",
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
  },
  tabs: {
    display: "flex",
    overflowX: "auto",
    gap: "2px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  tab: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    border: "none",
    borderBottom: `${tokens.strokeWidthThick} solid transparent`,
    background: "none",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "nowrap",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground3Hover },
  },
  activeTab: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorBrandStroke1,
  },
});

/** `客户台账!F12`-style link target the memory adapter keeps for a link cell. */
function parseLink(link: string): { sheet: string; row: number; column: number } | null {
  const match = /^(.*)!(\d+):(\d+)$/.exec(link);
  return match === null ? null : { sheet: match[1], row: Number(match[2]), column: Number(match[3]) };
}

/** The demo's stand-in for Excel: name box, value bar, the grid and the sheet tabs. */
export function WorkbookView({
  workbook,
  grid,
}: {
  readonly workbook: DemoWorkbook;
  readonly grid: GridStore;
}) {
  const styles = useStyles();
  const version = useSyncExternalStore(workbook.subscribe, workbook.getVersion);
  const view = useSyncExternalStore(grid.subscribe, grid.getSnapshot);
  const names = workbook.sheetNames();
  const owned = workbook.ownedRegions();
  const sheet = workbook.memory.sheet(view.activeSheet);
  const cells = sheet?.cells ?? [];
  // Recomputed after each write: the ledger's header row does not move, but new sheets appear.
  const formats = useMemo(() => columnFormats(cells), [cells, version]);
  const date1904 = workbook.date1904;
  const selection = view.selection?.sheet === view.activeSheet ? view.selection : null;
  const selectedKey = selection === null ? "" : `${selection.row}:${selection.column}`;
  const selectedText =
    selection === null
      ? ""
      : cellText(
          cells[selection.row - 1]?.[selection.column] ?? null,
          formatOfNumberFormat(sheet?.formats.get(selectedKey)) ?? formats.get(selection.column) ?? null,
          date1904,
        );
  const block = owned.columns !== null && owned.columns.sheet === view.activeSheet ? owned.columns : null;
  const charts = sheet?.charts ?? [];

  return (
    <section className={styles.view} aria-label="工作簿 Workbook">
      <div className={styles.bar}>
        <output className={styles.nameBox} aria-label="名称框 Name box" data-testid="name-box">
          {selection === null ? view.activeSheet : sheetA1(selection.sheet, selection.row, selection.column)}
        </output>
        <output
          className={styles.valueBox}
          aria-label="单元格内容 Cell value"
          data-testid="value-box"
          title={selectedText}
        >
          {selectedText}
        </output>
      </div>
      <Caption1 as="p" className={styles.notes}>
        <span>
          <span className={styles.swatch} aria-hidden="true" />
          加载项写入的列和工作表 · Written by the add-in
        </span>
        {charts.length > 0 && (
          <span>
            图表(在 Excel 中绘制)Charts (drawn in Excel): {charts.map((chart) => chart.title).join(" · ")}
          </span>
        )}
      </Caption1>
      <SheetGrid
        key={view.activeSheet}
        sheet={view.activeSheet}
        cells={cells}
        formats={sheet?.formats ?? new Map()}
        links={sheet?.links ?? new Map()}
        columnFormats={formats}
        date1904={date1904}
        owned={block}
        wholeSheet={owned.sheets.has(view.activeSheet)}
        selection={view.selection}
        marks={grid.marksOf(view.activeSheet)}
        reveal={view.reveal}
        onSelect={(row, column) => grid.select({ sheet: view.activeSheet, row, column }, false)}
        onFollowLink={(link) => {
          const target = parseLink(link);
          if (target !== null) grid.select(target, true);
        }}
      />
      <div className={styles.tabs} role="tablist" aria-label="工作表 Sheets">
        {names.map((name) => {
          const written = owned.sheets.has(name);
          return (
            <button
              key={name}
              type="button"
              role="tab"
              aria-selected={name === view.activeSheet}
              className={mergeClasses(styles.tab, name === view.activeSheet && styles.activeTab)}
              title={written ? "由加载项生成 · Written by the add-in" : undefined}
              onClick={() => grid.showSheet(name)}
            >
              {written && <Sparkle16Regular aria-hidden="true" />}
              {name}
            </button>
          );
        })}
      </div>
    </section>
  );
}
