import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, ErrorCircle16Filled } from "@fluentui/react-icons";
import { plainDecimal } from "../../engine/cells/decimal";
import { useText } from "../i18n/language";

const useStyles = makeStyles({
  total: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  ok: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1 },
  bad: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 },
});

/** The opportunity weights' running total, said in words as well as colour. */
export function WeightsTotal({ total }: { readonly total: number | null }) {
  const styles = useStyles();
  const text = useText().rules;
  const ok = total === 100;
  const shown = total === null ? "–" : `${plainDecimal(total)}%`;
  return (
    <div
      className={mergeClasses(styles.total, ok ? styles.ok : styles.bad)}
      role="status"
      aria-live="polite"
      data-weights-total={shown}
    >
      {ok ? <CheckmarkCircle16Filled aria-hidden="true" /> : <ErrorCircle16Filled aria-hidden="true" />}
      <Text weight="semibold">{text.weightsTotal(shown)}</Text>
      {!ok && <Text>· {text.weightsMustBe100}</Text>}
    </div>
  );
}
