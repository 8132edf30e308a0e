import { Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import { severityLabel } from "../../engine/labels";
import type { Finding } from "../../engine/validation/finding";
import { useLang, useText } from "../i18n/language";

const useStyles = makeStyles({
  button: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  static: { cursor: "default", ":hover": { backgroundColor: tokens.colorNeutralBackground1 } },
  where: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  value: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  message: { overflowWrap: "anywhere" },
});

/** One finding: where, what was typed, why. Cell text is rendered as text, never as markup. */
export function IssueItem({
  finding,
  onSelect,
}: {
  readonly finding: Finding;
  readonly onSelect: (f: Finding) => void;
}) {
  const styles = useStyles();
  const lang = useLang();
  const text = useText().issues;
  const where = [
    finding.sheet,
    finding.row === null ? text.sheetLevel : text.row(finding.row),
    finding.column,
  ]
    .filter((part) => part !== "")
    .join(" · ");
  const severity = severityLabel(finding.severity, lang);
  const Icon = finding.severity === "error" ? ErrorCircle16Filled : Warning16Filled;
  const content = (
    <>
      <Caption1 className={styles.where}>
        <Icon className={finding.severity === "error" ? styles.error : styles.warning} aria-hidden="true" />
        <span>{severity}</span>
        <span aria-hidden="true">·</span>
        <span>{where}</span>
      </Caption1>
      {finding.value !== "" && (
        <Caption1 className={styles.value}>
          {text.value}: {finding.value}
        </Caption1>
      )}
      <Text size={300} className={styles.message}>
        {finding.message[lang]}
      </Text>
    </>
  );
  // Sheet-level findings have no cell to go to.
  if (finding.row === null) {
    return (
      <li>
        <div className={mergeClasses(styles.button, styles.static)}>{content}</div>
      </li>
    );
  }
  return (
    <li>
      <button
        type="button"
        className={styles.button}
        title={text.goTo}
        data-sheet={finding.sheet}
        data-row={finding.row}
        data-column={finding.columnIndex ?? 0}
        onClick={() => onSelect(finding)}
      >
        {content}
      </button>
    </li>
  );
}
