import { Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Filled, ErrorCircle20Filled } from "@fluentui/react-icons";
import { plainDecimal } from "../../engine/cells/decimal";
import { useText } from "../i18n/language";

const useStyles = makeStyles({
  total: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  lines: { display: "flex", flexDirection: "column" },
  icon: { flexShrink: 0, marginTop: "1px" },
  ok: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1 },
  bad: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 },
});

/** The opportunity weights' running total, said in words as well as colour. */
export function WeightsTotal({ total }: { readonly total: number | null }) {
  const styles = useStyles();
  const text = useText().rules;
  const ok = total === 100;
  const shown = total === null ? "–" : `${plainDecimal(total)}%`;
  const Icon = ok ? CheckmarkCircle20Filled : ErrorCircle20Filled;
  return (
    <div
      className={mergeClasses(styles.total, ok ? styles.ok : styles.bad)}
      role="status"
      aria-live="polite"
      data-weights-total={shown}
    >
      <Icon className={styles.icon} aria-hidden="true" />
      <div className={styles.lines}>
        <Text weight="semibold">{text.weightsTotal(shown)}</Text>
        {!ok && <Caption1>{text.weightsMustBe100}</Caption1>}
      </div>
    </div>
  );
}
