import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Sparkle12Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { RawCell } from "../../engine/cells/types";
import { columnLetters } from "../../workbook/cellRef";
import type { CellMarks, GridSelection } from "../gridStore";
import { cellText, formatOfNumberFormat, textWidth, type ColumnFormat } from "./cellDisplay";
import { columnStarts, columnWidths, ROW_HEADER_WIDTH, ROW_HEIGHT, visibleRows } from "./gridLayout";

const useStyles = makeStyles({
  scroller: {
    position: "relative",
    overflow: "auto",
    flexGrow: 1,
    flexShrink: 1,
    flexBasis: 0,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  canvas: { position: "relative" },
  row: { position: "absolute", left: 0, display: "flex", height: `${ROW_HEIGHT}px` },
  headerRow: { position: "sticky", top: 0, zIndex: 3, display: "flex", height: `${ROW_HEIGHT}px` },
  cell: {
    boxSizing: "border-box",
    flexShrink: 0,
    height: "100%",
    padding: "0 6px",
    lineHeight: `${ROW_HEIGHT - 1}px`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: "cell",
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  heading: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    textAlign: "center",
    fontWeight: tokens.fontWeightSemibold,
    cursor: "default",
  },
  rowHeading: { position: "sticky", left: 0, zIndex: 2, width: `${ROW_HEADER_WIDTH}px` },
  corner: { position: "sticky", left: 0, zIndex: 4, width: `${ROW_HEADER_WIDTH}px` },
  owned: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1 },
  mark: { marginRight: "2px", verticalAlign: "-1px" },
  ownedHeading: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  ownedHeader: { fontWeight: tokens.fontWeightSemibold },
  link: { color: tokens.colorBrandForegroundLink, textDecorationLine: "underline", cursor: "pointer" },
  // Excel's Bad and Neutral fills, the colours the add-in's highlights use in Excel.
  markError: { backgroundColor: "#FFC7CE", color: "#9C0006" },
  markWarning: { backgroundColor: "#FFEB9C", color: "#9C5700" },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    backgroundColor: tokens.colorBrandBackground2Hover,
  },
});

export interface OwnedBlock {
  readonly headerRow: number;
  readonly first: number;
  readonly count: number;
}

export interface SheetGridProps {
  readonly sheet: string;
  readonly cells: readonly (readonly RawCell[])[];
  /** Number formats and links the add-in wrote, keyed `row:column`. */
  readonly formats: ReadonlyMap<string, string>;
  readonly links: ReadonlyMap<string, string>;
  readonly columnFormats: ReadonlyMap<number, ColumnFormat>;
  readonly date1904: boolean;
  /** The add-in's columns on this sheet; `wholeSheet` when the add-in wrote all of it. */
  readonly owned: OwnedBlock | null;
  readonly wholeSheet: boolean;
  readonly selection: GridSelection | null;
  /** Problem-cell highlights on this sheet. */
  readonly marks: CellMarks;
  /** Bumped to scroll the selection into view. */
  readonly reveal: number;
  readonly onSelect: (row: number, column: number) => void;
  readonly onFollowLink: (link: string) => void;
}

/** Excel-like rows and columns, rendering only the rows in view: big sheets stay quick. */
export function SheetGrid(props: SheetGridProps) {
  const { cells, owned, selection } = props;
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  const usedRows = cells.length;
  const usedColumns = cells.reduce((max, row) => Math.max(max, row.length), 0);
  // A little blank space past the data, as a spreadsheet shows.
  const rowCount = Math.max(usedRows + 5, 30);
  const columnCount = Math.max(usedColumns + 2, 8);
  const widths = useMemo(() => columnWidths(cells, columnCount, textWidth), [cells, columnCount]);
  const starts = useMemo(() => columnStarts(widths), [widths]);
  const totalWidth = starts[starts.length - 1];
  const active = selection?.sheet === props.sheet ? selection : null;

  useEffect(() => {
    const element = scroller.current;
    if (element === null) return;
    const measure = () => setView({ top: element.scrollTop, height: element.clientHeight });
    measure();
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(measure);
    observer?.observe(element);
    return () => observer?.disconnect();
  }, []);

  // A jump from the pane (or a link) brings the cell into the middle of the view.
  useEffect(() => {
    const element = scroller.current;
    if (element === null || active === null || props.reveal === 0) return;
    const top = active.row * ROW_HEIGHT;
    const left = (starts[active.column] ?? ROW_HEADER_WIDTH) - ROW_HEADER_WIDTH;
    element.scrollTop = Math.max(0, top - element.clientHeight / 2);
    element.scrollLeft = Math.max(0, left - element.clientWidth / 3);
  }, [props.reveal]);

  const ownsColumn = (column: number) =>
    owned !== null && column >= owned.first && column < owned.first + owned.count;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (active === null) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const link = props.links.get(`${active.row}:${active.column}`);
    if (event.key === "Enter" && link !== undefined) {
      event.preventDefault();
      props.onFollowLink(link);
      return;
    }
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    props.onSelect(
      Math.min(rowCount, Math.max(1, active.row + move[0])),
      Math.min(columnCount - 1, Math.max(0, active.column + move[1])),
    );
  };

  const [first, last] = visibleRows(view.top, view.height, rowCount);
  const rows = [];
  for (let row = first; row <= last; row++) {
    const line = cells[row - 1] ?? [];
    rows.push(
      <div
        key={row}
        role="row"
        aria-rowindex={row + 1}
        className={styles.row}
        style={{ top: row * ROW_HEIGHT, width: totalWidth }}
      >
        <div role="rowheader" className={mergeClasses(styles.cell, styles.heading, styles.rowHeading)}>
          {row}
        </div>
        {widths.map((width, column) => {
          const key = `${row}:${column}`;
          const cell = line[column];
          const format =
            formatOfNumberFormat(props.formats.get(key)) ?? props.columnFormats.get(column) ?? null;
          const link = props.links.get(key);
          const isOwned = props.wholeSheet || ownsColumn(column);
          const isSelected = active !== null && active.row === row && active.column === column;
          const mark = props.marks.get(key);
          return (
            <div
              key={column}
              role="gridcell"
              aria-colindex={column + 2}
              aria-selected={isSelected}
              data-cell={`${columnLetters(column)}${row}`}
              data-mark={mark}
              className={mergeClasses(
                styles.cell,
                typeof cell === "number" && styles.number,
                isOwned && styles.owned,
                owned !== null && ownsColumn(column) && row === owned.headerRow && styles.ownedHeader,
                link !== undefined && styles.link,
                mark === "error" && styles.markError,
                mark === "warning" && styles.markWarning,
                isSelected && styles.selected,
              )}
              style={{ width }}
              onClick={() => (link !== undefined ? props.onFollowLink(link) : props.onSelect(row, column))}
            >
              {cellText(cell, format, props.date1904)}
            </div>
          );
        })}
      </div>,
    );
  }

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      role="grid"
      aria-label={props.sheet}
      aria-rowcount={rowCount + 1}
      aria-colcount={columnCount + 1}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={(event) =>
        setView({ top: event.currentTarget.scrollTop, height: event.currentTarget.clientHeight })
      }
    >
      <div className={styles.canvas} style={{ width: totalWidth, height: (rowCount + 1) * ROW_HEIGHT }}>
        <div role="row" aria-rowindex={1} className={styles.headerRow} style={{ width: totalWidth }}>
          <div className={mergeClasses(styles.cell, styles.heading, styles.corner)} />
          {widths.map((width, column) => (
            <div
              key={column}
              role="columnheader"
              className={mergeClasses(styles.cell, styles.heading, ownsColumn(column) && styles.ownedHeading)}
              style={{ width }}
            >
              {ownsColumn(column) && <Sparkle12Regular aria-hidden="true" className={styles.mark} />}
              {columnLetters(column)}
            </div>
          ))}
        </div>
        {rows}
      </div>
    </div>
  );
}
